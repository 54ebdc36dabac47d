import type { AppCommandId } from '../../../shared/commands/declarations';

/**
 * Calls `listener` with the id of each command the desktop app's menu bar runs; returns the
 * unsubscribe. In the browser there is no menu bar, so nothing ever arrives.
 */
export function onMenuCommand(listener: (id: AppCommandId) => void): () => void {
  return window.oneup?.onMenuCommand(listener) ?? (() => {});
}
