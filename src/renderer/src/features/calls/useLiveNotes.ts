import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallDetail, NoteTag } from '../../../../shared/domain/call';
import type { UnsavedNote } from './NotesTimeline';
import type { SaveError } from './SaveIndicator';
import { useAddNote, type CachedCall } from './queries';
import { useCallDraft } from './useCallDraft';
import { forgetNote, keepNote, readUnsent, type OutboxNote } from './unsent-notes';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOTE_ATTEMPTS = 3;
/**
 * How often a note that failed its attempts is sent again while the call is on screen: the host
 * that went away usually comes back, and the rep should not have to notice and press Retry.
 */
const NOTE_RESEND_MS = 2000;

function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

type PendingNote = UnsavedNote & OutboxNote;

export interface LiveNotes {
  /** The text in the notes box, saved as a draft as it is typed. */
  text: string;
  change: (text: string) => void;
  /** Writes the draft now (the box lost focus). */
  flush: () => void;
  tags: NoteTag[];
  toggleTag: (tag: NoteTag) => void;
  /** Notes added on this screen whose save is not confirmed yet. */
  unsaved: UnsavedNote[];
  retry: (clientId: string) => void;
  /** Turns the box's text into a note; resolves to whether the note is stored. */
  submitNote: () => Promise<boolean>;
  /**
   * Before the call ends: sends every note not saved yet, then the box's text as the last note;
   * resolves to whether all of them are stored.
   */
  saveAll: () => Promise<boolean>;
  /**
   * What the save indicator shows: only what the backend confirmed. While a note is not saved
   * it shows that, even after a later draft save succeeded.
   */
  saved: { at: Date | null; draft: string; error: SaveError | null };
}

/**
 * Owns the live call's notes: the draft being typed (saved as you type, see useCallDraft), the
 * notes added with Enter (each saved with its time into the call, retried with the same client
 * id so a save that landed but lost its reply is not doubled), and the tags for the next note.
 */
export function useLiveNotes(call: CachedCall): LiveNotes {
  // What this browser kept unsent for the call before a reload (or a crashed tab): shown as not
  // saved yet, and sent again at once by the resend below.
  const { id: callId, startedAt } = call;
  const kept = useMemo(() => ({ id: callId, startedAt }), [callId, startedAt]);
  const [unsentBefore] = useState(() => readUnsent(kept));
  const [saved, setSaved] = useState<LiveNotes['saved']>(() => ({
    at: latestSave(call),
    draft: call.draft?.body ?? '',
    error: null,
  }));
  // Any confirmed save clears the error and moves the time; any failure shows until then.
  const draft = useCallDraft(call, kept, unsentBefore, {
    onDurable: useCallback(
      ({ body, at }: { body: string; at: Date }) => setSaved({ at, draft: body, error: null }),
      [],
    ),
    onError: useCallback(
      (message: string, retrying: boolean) =>
        setSaved((s) => ({ ...s, error: { message, retrying } })),
      [],
    ),
  });
  const [tags, setTags] = useState<NoteTag[]>([]);
  const [unsaved, setUnsaved] = useState<PendingNote[]>(() =>
    unsentBefore.notes.map((note) => ({ ...note, status: 'failed' })),
  );
  const addNote = useAddNote();
  const { mutateAsync: storeNote } = addNote;
  const { confirmCleared } = draft;

  /** The backend confirmed the note: it leaves the outbox, the screen and the indicator's error. */
  const landed = useCallback(
    (note: PendingNote) => {
      const at = new Date();
      forgetNote(kept, note.clientId);
      setUnsaved((list) => list.filter((n) => n.clientId !== note.clientId));
      setSaved((s) => ({ ...s, at, error: null }));
      confirmCleared(note.draftRevision, at);
    },
    [kept, confirmCleared],
  );

  /** One attempt to store a note, under the id it was first sent with (stored once however often). */
  const storePending = useCallback(
    (note: PendingNote) =>
      storeNote({
        callId: call.id,
        body: note.body,
        tags: note.tags,
        offsetMs: note.offsetMs,
        clientId: note.clientId,
        draftRevision: note.draftRevision,
      }),
    [call.id, storeNote],
  );

  const sendNote = useCallback(
    async (note: PendingNote) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await storePending(note);
          landed(note);
          return true;
        } catch (error) {
          const message = (error as Error).message;
          if (attempt >= NOTE_ATTEMPTS) {
            setUnsaved((list) =>
              list.map((n) =>
                n.clientId === note.clientId ? { ...n, status: 'failed', error: message } : n,
              ),
            );
            setSaved((s) => ({ ...s, error: { message, retrying: false } }));
            return false;
          }
          await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
        }
      }
    },
    [landed, storePending],
  );

  const { text, takeForNote } = draft;
  const submitNote = useCallback((): Promise<boolean> => {
    const body = text.trim();
    if (!body) return Promise.resolve(true);
    const note: PendingNote = {
      clientId: newClientId(),
      body,
      tags,
      offsetMs: Math.min(DAY_MS, Math.max(0, Date.now() - Date.parse(call.startedAt))),
      status: 'saving',
      draftRevision: takeForNote(),
    };
    // Kept in this browser before it is sent: a reload while the host is down loses nothing.
    keepNote(kept, note);
    setUnsaved((list) => [...list, note]);
    setTags([]);
    return sendNote(note);
  }, [call.startedAt, kept, sendNote, tags, takeForNote, text]);

  const resend = (note: PendingNote): Promise<boolean> => {
    setUnsaved((list) =>
      list.map((n) =>
        n.clientId === note.clientId ? { ...n, status: 'saving', error: undefined } : n,
      ),
    );
    return sendNote(note);
  };
  const retry = (clientId: string) => {
    const note = unsaved.find((n) => n.clientId === clientId);
    if (note) void resend(note);
  };

  // A note that failed is sent again every few seconds, quietly (one attempt, no "saving" flash):
  // when the host is back it lands, and the timeline and the indicator say so.
  const failed = unsaved.filter((n) => n.status === 'failed');
  const failedRef = useRef(failed);
  useEffect(() => {
    failedRef.current = failed;
  });
  const hasFailed = failed.length > 0;
  useEffect(() => {
    if (!hasFailed) return;
    const resendFailed = () => {
      for (const note of failedRef.current) {
        void storePending(note).then(
          () => landed(note),
          () => undefined,
        );
      }
    };
    // At once too: notes kept from before a reload should not wait for the first tick.
    resendFailed();
    const timer = setInterval(resendFailed, NOTE_RESEND_MS);
    return () => clearInterval(timer);
  }, [hasFailed, landed, storePending]);

  const saveAll = async (): Promise<boolean> => {
    const earlier = await Promise.all(failed.map((note) => resend(note)));
    const last = await submitNote();
    return earlier.every(Boolean) && last;
  };

  const toggleTag = useCallback(
    (tag: NoteTag) =>
      setTags((current) =>
        current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag],
      ),
    [],
  );

  return {
    text,
    change: draft.change,
    flush: draft.flush,
    tags,
    toggleTag,
    unsaved,
    retry,
    submitNote,
    saveAll,
    saved:
      failed.length > 0
        ? {
            ...saved,
            error: {
              message:
                failed.length === 1
                  ? 'a note is not saved'
                  : `${failed.length} notes are not saved`,
              retrying: true,
            },
          }
        : saved,
  };
}

/** The newest moment something of this call was confirmed saved, as loaded. */
function latestSave(call: CallDetail): Date | null {
  const times = [call.draft?.savedAt, ...call.notes.map((note) => note.updatedAt)].filter(
    (time): time is string => !!time,
  );
  if (times.length === 0) return null;
  return new Date(times.reduce((a, b) => (a > b ? a : b)));
}
