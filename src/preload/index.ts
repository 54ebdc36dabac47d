import { contextBridge, ipcRenderer } from 'electron';
import type { ApiClient } from '../shared/api/contract';
import { CHANNELS_ARGUMENT } from './channels-argument';

/**
 * The renderer's whole view of the main process: `window.oneup.<feature>.<verb>(input)`, one named
 * method per contract channel. ipcRenderer itself stays in this isolated world, so page script can
 * neither pick a channel outside the contract nor listen to anything.
 *
 * The channel names come from the main process (webPreferences.additionalArguments) rather than
 * from the contract: importing the contract here would pull in zod, which the build leaves as
 * `require('zod')`, and a sandboxed preload can load nothing but 'electron'.
 */

// Same shape as CHANNEL_PATTERN in the contract. Checked again here so that nothing odd (a
// `__proto__` key, say) can become a property of the bridge.
const CHANNEL_NAME = /^[a-z]+(?:-[a-z]+)*:[a-z]+(?:-[a-z]+)*$/;

function channelsFromArguments(argv: readonly string[]): string[] {
  const argument = argv.find((arg) => arg.startsWith(CHANNELS_ARGUMENT));
  if (!argument)
    throw new Error(
      `OneUp preload: ${CHANNELS_ARGUMENT} is missing; the API bridge is not available.`,
    );
  return argument
    .slice(CHANNELS_ARGUMENT.length)
    .split(',')
    .filter((name) => CHANNEL_NAME.test(name));
}

function buildBridge(channels: readonly string[]): ApiClient {
  const bridge: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [feature, verb] = channel.split(':') as [string, string];
    bridge[feature] ??= {};
    bridge[feature][verb] = (input?: unknown) => ipcRenderer.invoke(channel, input);
  }
  return bridge as unknown as ApiClient;
}

contextBridge.exposeInMainWorld('oneup', buildBridge(channelsFromArguments(process.argv)));
