import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState =
  | { status: 'saved'; at: Date | null }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; message: string };

/**
 * Saves edits without a Save button: changes are merged into one pending patch, written after a
 * short pause, and flushed at once when the screen goes away or the window is hidden. Saves run
 * one at a time, so a later edit can never be overwritten by an earlier, slower save.
 */
export function useAutosave<Patch extends object>(
  save: (patch: Patch) => Promise<unknown>,
  delayMs = 400,
): { queue: (patch: Patch) => void; flush: () => Promise<void>; state: SaveState } {
  const [state, setState] = useState<SaveState>({ status: 'saved', at: null });
  const pending = useRef<Patch | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failed = useRef(false);
  // Saves schedule the next flush through this ref, since a callback cannot name itself.
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    setState({ status: 'saving' });
    running.current = saveRef
      .current(patch)
      .then(
        () => {
          failed.current = false;
          setState(pending.current ? { status: 'pending' } : { status: 'saved', at: new Date() });
        },
        (error: Error) => {
          failed.current = true;
          // Keep the unsaved change so the next flush retries it; nothing typed is dropped.
          pending.current = { ...patch, ...(pending.current ?? {}) };
          setState({ status: 'error', message: error.message });
        },
      )
      .finally(() => {
        running.current = null;
      });
    await running.current;
    // Edits made while this save ran get their own save; a failed save waits for the next edit.
    if (pending.current && !failed.current)
      timer.current = setTimeout(() => void flushRef.current(), delayMs);
  }, [delayMs]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const queue = useCallback(
    (patch: Patch) => {
      pending.current = { ...(pending.current ?? {}), ...patch } as Patch;
      setState({ status: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, [flush]);

  // Leaving the screen saves what is pending.
  useEffect(() => () => void flush(), [flush]);

  return { queue, flush, state };
}

export function describeSaveState(state: SaveState): string {
  switch (state.status) {
    case 'saved':
      return state.at
        ? `Saved ${state.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`
        : 'All changes saved';
    case 'pending':
      return 'Unsaved changes…';
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Not saved: ${state.message}`;
  }
}
