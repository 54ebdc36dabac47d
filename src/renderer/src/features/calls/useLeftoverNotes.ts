import { useEffect, useMemo, useRef, useState } from 'react';
import type { CallDetail } from '../../../../shared/domain/call';
import type { UnsavedNote } from './NotesTimeline';
import { useAddNote } from './queries';
import { forgetNote, isOutboxKey, readUnsent, type OutboxNote } from './unsent-notes';

/** How often a note kept from the live screen is sent again while the record is open. */
const RESEND_MS = 2000;

/**
 * Notes this browser kept unsent for a call that has ended since (in another tab, or while this
 * one was closed): the record shows them as not saved yet and sends them until they land, with
 * the client id they were first sent with, so none is stored twice.
 */
export function useLeftoverNotes(call: Pick<CallDetail, 'id' | 'startedAt'>): UnsavedNote[] {
  const { id: callId, startedAt } = call;
  const kept = useMemo(() => ({ id: callId, startedAt }), [callId, startedAt]);
  const [left, setLeft] = useState<OutboxNote[]>(() => readUnsent(kept).notes);
  const leftRef = useRef(left);
  useEffect(() => {
    leftRef.current = left;
  });
  // The outbox is shared by this browser's tabs: a note another tab sent (and forgot) is no longer
  // left here, and one it could not send is shown and sent from here too.
  useEffect(() => {
    const reread = () => {
      const notes = readUnsent(kept).notes;
      const ids = (list: OutboxNote[]) => list.map((note) => note.clientId).join(' ');
      setLeft((list) => (ids(list) === ids(notes) ? list : notes));
    };
    const onStorage = (event: StorageEvent) => {
      if (
        event.storageArea === localStorage &&
        (event.key === null || isOutboxKey(event.key, kept))
      )
        reread();
    };
    window.addEventListener('storage', onStorage);
    // A change made between this screen's first read and now has no event left to come.
    reread();
    return () => window.removeEventListener('storage', onStorage);
  }, [kept]);
  const { mutateAsync: storeNote } = useAddNote();
  const anyLeft = left.length > 0;
  useEffect(() => {
    if (!anyLeft) return;
    const send = () => {
      for (const note of leftRef.current) {
        storeNote({ callId: kept.id, ...note }).then(
          () => {
            forgetNote(kept, note.clientId);
            setLeft((list) => list.filter((n) => n.clientId !== note.clientId));
          },
          () => undefined,
        );
      }
    };
    send();
    const timer = setInterval(send, RESEND_MS);
    return () => clearInterval(timer);
  }, [anyLeft, kept, storeNote]);
  return useMemo(() => left.map((note) => ({ ...note, status: 'failed' as const })), [left]);
}
