import { useSyncExternalStore } from 'react';

/**
 * Whether this tab can reach OneUp, as its last request found: one answer for the whole window, so
 * the shell says it once (instead of every screen repeating the same failure) and Dial can wait.
 * Only the browser host can go away under a tab; over Electron's bridge this stays `ok`.
 */
export type Connection =
  | { kind: 'ok' }
  /** The last request did not get through: the host stopped, or the machine is busy starting it. */
  | { kind: 'unreachable' }
  /** The host answered but refused this tab's token: it restarted with a new launch link. */
  | { kind: 'link-expired' };

let current: Connection = { kind: 'ok' };
const listeners = new Set<() => void>();

/** Records what a request just found; listeners hear only real changes. */
export function reportConnection(kind: Connection['kind']): void {
  if (current.kind === kind) return;
  current = { kind };
  for (const listener of listeners) listener();
}

export const currentConnection = (): Connection => current;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The connection as React state: re-renders when it changes. */
export const useConnection = (): Connection => useSyncExternalStore(subscribe, currentConnection);
