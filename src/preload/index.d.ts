import type { ApiClient } from '../shared/api/contract';
import type { AppCommandId } from '../shared/commands/declarations';

/** What the preload puts on `window.oneup`: the API's named methods, and the menu bar's commands. */
export type DesktopBridge = ApiClient & {
  /** Calls `listener` with the id of each command run from the menu bar; returns the unsubscribe. */
  onMenuCommand(listener: (id: AppCommandId) => void): () => void;
};

// What the preload puts on `window` in the desktop app. Absent in the browser, where
// src/renderer/src/lib/api.ts falls back to HTTP.
declare global {
  interface Window {
    oneup?: DesktopBridge;
  }
}
