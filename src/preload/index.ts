import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, CHANNEL_PATTERN } from '../shared/api/channel-names';
import { MENU_COMMAND_EVENT, isAppCommandId } from '../shared/commands/declarations';
import type { DesktopBridge } from './index.d';

/**
 * The renderer's whole view of the main process: `window.oneup.<feature>.<verb>(input)`, one named
 * method per contract channel, and `onMenuCommand` for the menu bar. ipcRenderer itself stays in
 * this isolated world, so page script can neither pick a channel outside the contract nor listen
 * to anything else.
 *
 * The names come from src/shared/api/channel-names.ts, which has no imports and is bundled into
 * this file: a sandboxed preload can load nothing but 'electron' (the contract would pull in zod).
 */
function buildBridge(channels: readonly string[]): DesktopBridge {
  const bridge: Record<string, unknown> = {};
  for (const channel of channels) {
    // Checked again here so that nothing odd (a `__proto__` key, say) becomes a property.
    if (!CHANNEL_PATTERN.test(channel)) continue;
    const [feature, verb] = channel.split(':') as [string, string];
    const methods = (bridge[feature] ??= {}) as Record<
      string,
      (input?: unknown) => Promise<unknown>
    >;
    methods[verb] = (input?: unknown) => ipcRenderer.invoke(channel, input);
  }
  bridge.onMenuCommand = (listener: (id: string) => void) => {
    // Only ids of declared commands reach the page, whatever the event carries.
    const forward = (_event: IpcRendererEvent, id: unknown) => {
      if (isAppCommandId(id)) listener(id);
    };
    ipcRenderer.on(MENU_COMMAND_EVENT, forward);
    return () => void ipcRenderer.removeListener(MENU_COMMAND_EVENT, forward);
  };
  // The loop above builds exactly the nested shape ApiClient describes, from the same names.
  return bridge as DesktopBridge;
}

contextBridge.exposeInMainWorld('oneup', buildBridge(CHANNEL_NAMES));
