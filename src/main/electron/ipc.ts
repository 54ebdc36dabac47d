import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames, type ChannelName } from '../../shared/api/contract';
import { fail, type ApiResult } from '../../shared/api/result';
import type { ApiRouter } from '../api/router';
import { isAppUrl, type AppLocation } from './app-location';

/** The parts of Electron's WebFrameMain the sender check reads; tests pass plain objects. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly routingId: number;
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Only our window's top-level document, showing our page, may call the API. A subframe, another
 * window, or our frame after it navigated somewhere else (which the navigation guards should
 * prevent, but this check must not depend on that) is refused.
 */
export function checkSender(
  sender: FrameLike | null,
  mainFrame: FrameLike | null,
  location: AppLocation,
): SenderVerdict {
  if (!sender) return { ok: false, reason: 'the sending frame no longer exists' };
  if (!mainFrame) return { ok: false, reason: 'the app window is not open' };
  if (sender.parent !== null) return { ok: false, reason: 'the sender is a subframe' };
  if (!isSameFrame(sender, mainFrame))
    return { ok: false, reason: "the sender is not the app window's main frame" };
  if (!isAppUrl(sender.url, location))
    return { ok: false, reason: 'the sender is not showing the app' };
  return { ok: true };
}

/** Electron usually hands out one object per frame, but the ids are what identify it for sure. */
function isSameFrame(a: FrameLike, b: FrameLike): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}

export interface IpcBridgeDeps {
  router: ApiRouter;
  location: AppLocation;
  /** Read at call time: the window can be closed and reopened (macOS) while handlers stay. */
  getMainFrame: () => FrameLike | null;
  onRefused?: (channel: ChannelName, reason: string) => void;
}

/** One IPC call: the sender check comes before anything looks at the input. */
export async function handleApiInvoke(
  channel: ChannelName,
  sender: FrameLike | null,
  input: unknown,
  deps: IpcBridgeDeps,
): Promise<ApiResult<unknown>> {
  const verdict = checkSender(sender, deps.getMainFrame(), deps.location);
  if (!verdict.ok) {
    deps.onRefused?.(channel, verdict.reason);
    return fail('unauthorized', `Refused "${channel}": ${verdict.reason}.`);
  }
  return deps.router.handle(channel, input);
}

/**
 * One `ipcMain.handle` per contract channel rather than one generic channel: the set of names the
 * renderer can reach is exactly the contract, and anything else has no listener at all.
 */
export function registerApiHandlers(ipcMain: Pick<IpcMain, 'handle'>, deps: IpcBridgeDeps): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) =>
      handleApiInvoke(channel, event.senderFrame, input, deps),
    );
  }
}
