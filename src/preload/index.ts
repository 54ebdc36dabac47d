import { contextBridge, ipcRenderer } from 'electron';
import type { ApiClient, ChannelName } from '../shared/api/contract';

/**
 * The renderer's whole view of the main process: `window.oneup.<feature>.<verb>(input)`, one named
 * method per contract channel. ipcRenderer itself stays in this isolated world, so page script can
 * neither pick a channel outside the contract nor listen to anything.
 *
 * Why the names are listed here instead of using `buildClient` from the contract: importing the
 * contract at runtime pulls in zod, which electron-vite leaves as `require('zod')`, and a
 * sandboxed preload can require nothing but 'electron'. The type checks below keep this list
 * equal to the contract: adding or removing a channel without updating it fails `tsc`.
 */
const CHANNELS = [
  'app:info',
  'sample:load',
  'settings:get',
  'settings:update',
  'prospects:create',
  'prospects:update',
  'prospects:get',
  'prospects:list',
  'prospects:archive',
  'prospects:restore',
  'insights:create',
  'insights:update',
  'insights:get',
  'insights:list',
  'insights:archive',
  'insights:restore',
  'insights:search',
] as const satisfies readonly ChannelName[];

type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelsMatchContract: Exactly<(typeof CHANNELS)[number], ChannelName> = true;
void channelsMatchContract;

function buildBridge(): ApiClient {
  const bridge: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [feature, verb] = channel.split(':') as [string, string];
    bridge[feature] ??= {};
    bridge[feature][verb] = (input?: unknown) => ipcRenderer.invoke(channel, input);
  }
  return bridge as unknown as ApiClient;
}

contextBridge.exposeInMainWorld('oneup', buildBridge());
