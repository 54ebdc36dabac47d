import { contextBridge, ipcRenderer } from 'electron';
import { buildClient } from '../shared/api/contract';

/**
 * The renderer's whole view of the main process: `window.oneup.<feature>.<verb>(input)`, one named
 * method per contract channel. ipcRenderer itself stays in this isolated world, so page script can
 * neither pick a channel outside the contract nor listen to anything.
 */
contextBridge.exposeInMainWorld(
  'oneup',
  buildClient((channel, input) => ipcRenderer.invoke(channel, input)),
);
