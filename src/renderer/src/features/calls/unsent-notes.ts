import type { NoteTag } from '../../../../shared/domain/call';
import type { CachedCall } from './queries';

/**
 * A live call's words that the backend has not confirmed yet, kept in the browser so a reload or
 * a crashed tab while the host is down loses none of them; the screen opened again on the call
 * shows them as not saved yet and sends them again.
 *
 * - The notes added with Enter (the outbox) are kept in localStorage, shared by every tab of the
 *   app and kept when the window is closed. Each keeps the client id it was first sent with, and
 *   the backend stores one note per client id, so a note whose save landed but whose reply was
 *   lost is never stored twice, whichever tab sends it again.
 * - The text still in the box is kept in sessionStorage: it belongs to this tab (another tab on
 *   the same call has its own box), and survives a reload or a crash of the tab.
 *
 * Keyed by the call's id and checked against its start time: a host on the same port serving
 * another library (whose call 7 is another call) never receives this library's notes.
 */

/** A note added on the live screen, as it is sent (and sent again) to `calls:add-note`. */
export interface OutboxNote {
  clientId: string;
  body: string;
  tags: NoteTag[];
  offsetMs: number;
  /** The draft revision the note was taken at: its save clears the stored draft there. */
  draftRevision: number;
}

export interface UnsentWords {
  notes: OutboxNote[];
  /** The text in this tab's box when it was last changed, at its revision. */
  draft: { body: string; revision: number } | null;
}

interface Stored extends UnsentWords {
  startedAt: string;
}

/** The call the words belong to. */
export interface UnsentCall {
  id: number;
  startedAt: string;
}

const PREFIX = 'oneup.unsent-call-notes.';
const NOTHING: UnsentWords = { notes: [], draft: null };

/** Where each kind of word is kept; null where there is none (Node, storage disabled). */
export interface UnsentStores {
  notes: Storage | null;
  draft: Storage | null;
}

function browserStores(): UnsentStores {
  const get = (name: 'localStorage' | 'sessionStorage'): Storage | null => {
    try {
      return globalThis[name] ?? null;
    } catch {
      return null;
    }
  };
  return { notes: get('localStorage'), draft: get('sessionStorage') };
}

function isOutboxNote(value: unknown): value is OutboxNote {
  const note = value as OutboxNote;
  return (
    typeof note === 'object' &&
    note !== null &&
    typeof note.clientId === 'string' &&
    typeof note.body === 'string' &&
    Array.isArray(note.tags) &&
    typeof note.offsetMs === 'number' &&
    typeof note.draftRevision === 'number'
  );
}

function readEntry(store: Storage | null, call: UnsentCall): Partial<Stored> | null {
  try {
    const raw = store?.getItem(PREFIX + call.id);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Partial<Stored>;
    return stored.startedAt === call.startedAt ? stored : null;
  } catch {
    return null;
  }
}

/** Whether a storage key is where `call`'s words are kept (for another tab's `storage` event). */
export const isOutboxKey = (key: string, call: UnsentCall): boolean => key === PREFIX + call.id;

/** What is kept for `call`; nothing when an entry is missing, damaged or of another call. */
export function readUnsent(call: UnsentCall, stores = browserStores()): UnsentWords {
  const notes = readEntry(stores.notes, call)?.notes;
  const draft = readEntry(stores.draft, call)?.draft;
  return {
    notes: Array.isArray(notes) ? notes.filter(isOutboxNote) : NOTHING.notes,
    draft:
      draft && typeof draft.body === 'string' && typeof draft.revision === 'number'
        ? { body: draft.body, revision: draft.revision }
        : null,
  };
}

/**
 * Rewrites one kind of word kept for `call` (read fresh, so another tab's notes on the same call
 * stay). Returns false when the browser refused (storage full or disabled): the words are then
 * only on screen, as before this outbox existed.
 */
function update<K extends keyof UnsentWords>(
  store: Storage | null,
  call: UnsentCall,
  kind: K,
  change: (words: UnsentWords[K]) => UnsentWords[K],
): boolean {
  if (!store) return false;
  try {
    const kept = readUnsent(call, { notes: store, draft: store })[kind];
    const next = change(kept);
    const empty = next === null || (Array.isArray(next) && next.length === 0);
    if (empty) store.removeItem(PREFIX + call.id);
    else
      store.setItem(PREFIX + call.id, JSON.stringify({ startedAt: call.startedAt, [kind]: next }));
    return true;
  } catch {
    return false;
  }
}

/** Keeps a note until its save is confirmed. */
export const keepNote = (call: UnsentCall, note: OutboxNote, stores = browserStores()): boolean =>
  update(stores.notes, call, 'notes', (notes) => [
    ...notes.filter((n) => n.clientId !== note.clientId),
    // Only the fields it is sent with: a screen's own state (saving, failed) stays there.
    {
      clientId: note.clientId,
      body: note.body,
      tags: note.tags,
      offsetMs: note.offsetMs,
      draftRevision: note.draftRevision,
    },
  ]);

/** The note's save was confirmed: it is in the library now. */
export const forgetNote = (call: UnsentCall, clientId: string, stores = browserStores()): boolean =>
  update(stores.notes, call, 'notes', (notes) => notes.filter((n) => n.clientId !== clientId));

/**
 * Keeps the text in this tab's box as it is now, saved or not (an empty box keeps nothing). It is
 * what this tab shows again after a reload, even when another tab's text or a note added there
 * has replaced the call's stored draft meanwhile.
 */
export const keepDraft = (
  call: UnsentCall,
  draft: { body: string; revision: number },
  stores = browserStores(),
): boolean => update(stores.draft, call, 'draft', () => (draft.body === '' ? null : draft));

/**
 * The box starts from what this tab showed in it before a reload, if anything (sent again when
 * the backend does not hold it); else from the newest revision of its text: what the backend
 * holds, what was typed in this window, or empty at the revision of a kept note whose save will
 * clear the stored draft (the text went into that note). Counting on from the newest revision
 * means nothing typed next is taken as older than a save still to land.
 */
export function startingDraft(
  call: Pick<CachedCall, 'draft' | 'typedDraft'>,
  unsent: UnsentWords,
): { body: string; revision: number; unsentFromBefore: boolean } {
  const stored = { body: call.draft?.body ?? '', revision: call.draft?.revision ?? 0 };
  let start = { ...stored, unsentFromBefore: false };
  const consider = (body: string, revision: number) => {
    if (revision > start.revision) start = { body, revision, unsentFromBefore: false };
  };
  if (call.typedDraft) consider(call.typedDraft.body, call.typedDraft.revision);
  for (const note of unsent.notes) consider('', note.draftRevision);
  const shown = unsent.draft;
  if (!shown || shown.body === start.body) return start;
  return {
    body: shown.body,
    revision: Math.max(start.revision + 1, shown.revision),
    unsentFromBefore: true,
  };
}
