import { useCallback, useEffect, useState } from 'react';
import { useAutosave } from '../../ui/autosave';
import { CallDraftRevisions } from './draft-saver';
import { useRememberTypedDraft, useSaveDraft, type CachedCall } from './queries';
import { keepDraft, startingDraft, type UnsentCall, type UnsentWords } from './unsent-notes';

interface Callbacks {
  /** A save the backend confirmed as durable; `body` is the draft now stored. */
  onDurable: (confirmed: { body: string; at: Date }) => void;
  /** A save failed and is being retried, or was refused as it is (too long…). */
  onError: (message: string, retrying: boolean) => void;
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
 * The text still being typed in one call's notes box, saved as it is typed by the one autosave
 * (see draft-saver.ts for what is particular to drafts). Mounted once per call: everything typed
 * here is bound to this call, and leaving the screen writes what is pending.
 */
export function useCallDraft(
  call: CachedCall,
  kept: UnsentCall,
  unsent: UnsentWords,
  { onDurable, onError }: Callbacks,
): CallDraft {
  const { mutateAsync: saveDraft } = useSaveDraft();
  const rememberTyped = useRememberTypedDraft();
  const [start] = useState(() => startingDraft(call, unsent));
  const [revisions] = useState(
    () =>
      new CallDraftRevisions({
        callId: call.id,
        storedRevision: start.revision,
        storedBody: start.body,
        save: saveDraft,
        onDurable: (confirmed) => onDurable(confirmed),
        onOvertaken: (edit) => keepDraft(kept, edit),
      }),
  );
  const [text, setText] = useState(() => revisions.latest.body);
  const autosave = useAutosave(revisions.autosaveOptions());
  const { edit, flush, status } = autosave;
  // The autosave is made after the revisions it saves; text they hand back goes to it.
  useEffect(() => revisions.resaveWith(edit), [edit, revisions]);

  // Text kept in this browser from before a reload, newer than what the backend holds: it is
  // sent again, as if just typed.
  useEffect(() => {
    if (start.unsentFromBefore) edit({ body: start.body, revision: start.revision });
  }, [edit, start]);

  useEffect(() => {
    if (status.kind === 'retrying' || status.kind === 'refused') {
      onError(status.message, status.kind === 'retrying');
    }
  }, [onError, status]);

  useEffect(
    () => () => {
      // A call reopened in this window starts from the newest text typed here, saved or not.
      rememberTyped(revisions.callId, revisions.latest);
      revisions.leave();
    },
    [rememberTyped, revisions],
  );

  return {
    text,
    change: useCallback(
      (body: string) => {
        setText(body);
        const change = revisions.change(body);
        if (!change) return;
        keepDraft(kept, change);
        edit(change);
      },
      [edit, kept, revisions],
    ),
    flush: useCallback(() => void flush(), [flush]),
    takeForNote: useCallback(() => {
      setText('');
      const revision = revisions.takeForNote();
      keepDraft(kept, { body: '', revision });
      return revision;
    }, [kept, revisions]),
    confirmCleared: useCallback(
      (revision: number, at: Date) => revisions.confirmCleared(revision, at),
      [revisions],
    ),
  };
}
