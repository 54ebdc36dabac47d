import { useCallback, useEffect, useRef, useState } from 'react';
import { DraftSaver } from './draft-saver';
import { useRememberTypedDraft, useSaveDraft, type CachedCall } from './queries';

interface Callbacks {
  /** A save the backend confirmed as durable; `body` is the draft now stored. */
  onDurable: (confirmed: { body: string; at: Date }) => void;
  onError: (message: string) => void;
}

export interface CallDraft {
  text: string;
  change: (text: string) => void;
  flush: () => void;
  /** Empties the box for a note; returns the revision the note's save clears the draft at. */
  takeForNote: () => number;
  confirmCleared: (revision: number, at: Date) => void;
}

/**
 * The text still being typed in one call's notes box, saved as it is typed. Mounted once per
 * call: everything scheduled here is bound to this call, and leaving writes what is pending.
 */
export function useCallDraft(call: CachedCall, { onDurable, onError }: Callbacks): CallDraft {
  const [initialDraft] = useState(() => startingDraft(call));
  const [text, setText] = useState(initialDraft.body);
  const saver = useRef<DraftSaver | null>(null);
  const { mutateAsync: saveDraft } = useSaveDraft();
  const rememberTyped = useRememberTypedDraft();

  useEffect(() => {
    const draftSaver = new DraftSaver({
      callId: call.id,
      storedRevision: initialDraft.revision,
      storedBody: initialDraft.body,
      save: saveDraft,
      onDurable,
      onError,
    });
    saver.current = draftSaver;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void draftSaver.flush();
    };
    const onPageHide = () => void draftSaver.flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the screen writes what is pending, to this call.
      void draftSaver.dispose();
      rememberTyped(call.id, draftSaver.latest);
      if (saver.current === draftSaver) saver.current = null;
    };
  }, [call.id, initialDraft, onDurable, onError, rememberTyped, saveDraft]);

  return {
    text,
    change: useCallback((body: string) => {
      setText(body);
      saver.current?.change(body);
    }, []),
    flush: useCallback(() => void saver.current?.flush(), []),
    takeForNote: useCallback(() => {
      setText('');
      return saver.current?.takeForNote() ?? 0;
    }, []),
    confirmCleared: useCallback(
      (revision: number, at: Date) => saver.current?.confirmCleared(revision, at),
      [],
    ),
  };
}

/** The box starts from the newest text typed in this window, else from what the backend holds. */
function startingDraft(call: CachedCall): { body: string; revision: number } {
  const stored = { body: call.draft?.body ?? '', revision: call.draft?.revision ?? 0 };
  return call.typedDraft && call.typedDraft.revision >= stored.revision ? call.typedDraft : stored;
}
