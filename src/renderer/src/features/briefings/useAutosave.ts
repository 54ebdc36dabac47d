import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../../lib/api';

export type SaveState =
  | { status: 'saved'; at: Date | null }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; message: string; fields: { path: string; message: string }[] };

/**
 * Saves the whole editor state a moment after the last edit, with no Save button. Each save sends
 * the complete state, so only the newest matters; saves run one at a time so an older, slower one
 * can never land after a newer one. Pending edits are flushed when the screen goes away or the
 * window is hidden, and a failed save keeps the state so the next edit (or flush) retries it.
 */
export function useAutosave<State>(
  save: (state: State) => Promise<unknown>,
  delayMs = 500,
): { queue: (state: State) => void; flush: () => Promise<boolean>; state: SaveState } {
  const [state, setState] = useState<SaveState>({ status: 'saved', at: null });
  const pending = useRef<{ value: State } | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  /** Saves now; resolves to whether everything the rep typed is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const next = pending.current;
    if (!next) return true;
    pending.current = null;
    setState({ status: 'saving' });
    running.current = saveRef.current(next.value).then(
      () => {
        running.current = null;
        setState(pending.current ? { status: 'pending' } : { status: 'saved', at: new Date() });
      },
      (error: unknown) => {
        running.current = null;
        pending.current ??= next;
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
          fields: error instanceof ApiCallError ? error.fields : [],
        });
      },
    );
    await running.current;
    return pending.current === null;
  }, []);

  const queue = useCallback(
    (value: State) => {
      pending.current = { value };
      setState({ status: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      void flush(); // leaving the screen saves what is pending
    };
  }, [flush]);

  return { queue, flush, state };
}

export function describeSaveState(state: SaveState): string {
  switch (state.status) {
    case 'saved':
      return state.at
        ? `Saved ${state.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
        : 'All changes saved';
    case 'pending':
      return 'Unsaved changes…';
    case 'saving':
      return 'Saving…';
    case 'error':
      return state.fields.length > 0
        ? 'Not saved: fix the field marked below.'
        : `Not saved: ${state.message}`;
  }
}
