import type { CallDraft, CallNote, NoteTag } from '../../shared/domain/call';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import { insertNoteRevisionRow, insertNoteRow, toNote, type NoteViewRow } from './rows';

// Earlier revisions ride along as one JSON array, so a timeline is one query however many edits.
const SELECT_NOTE = `
  SELECT n.*,
    (SELECT coalesce(json_group_array(json_object('revision', r.revision, 'body', r.body,
        'tags', json(r.tags), 'saved_at', r.saved_at)), '[]')
     FROM (SELECT * FROM call_note_revisions WHERE note_id = n.id ORDER BY revision) r) AS history
  FROM call_notes n`;

export function getNote(db: Db, id: number): CallNote | undefined {
  const row = statement(db, `${SELECT_NOTE} WHERE n.id = @id AND n.archived_at IS NULL`).get({
    id,
  }) as NoteViewRow | undefined;
  return row && toNote(row);
}

/** A call's notes in the order they were said. */
export function listNotes(db: Db, callId: number): CallNote[] {
  return (
    statement(
      db,
      `${SELECT_NOTE} WHERE n.call_id = @callId AND n.archived_at IS NULL ORDER BY n.offset_ms, n.id`,
    ).all({ callId }) as NoteViewRow[]
  ).map(toNote);
}

export interface NewNote {
  callId: number;
  body: string;
  tags: NoteTag[];
  offsetMs: number;
  clientId: string | null;
}

/** The note a client id already wrote, with the call it belongs to. */
export function noteByClientId(db: Db, clientId: string): CallNote | undefined {
  const row = statement(db, `${SELECT_NOTE} WHERE n.client_id = @clientId`).get({ clientId }) as
    NoteViewRow | undefined;
  return row && toNote(row);
}

export function insertNote(db: Db, note: NewNote): CallNote {
  const now = nowIso();
  const id = insertNoteRow(db, {
    id: null,
    ...note,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
  });
  return getNote(db, id)!;
}

/**
 * Replaces a note's text, first copying the version being replaced into its history. Returns
 * 'stale' when the note is no longer at `expectedRevision`.
 */
export function reviseNote(
  db: Db,
  id: number,
  change: { body: string; tags?: NoteTag[]; expectedRevision: number },
): CallNote | 'stale' | undefined {
  const current = getNote(db, id);
  if (!current) return undefined;
  if (current.revision !== change.expectedRevision) return 'stale';
  const now = nowIso();
  insertNoteRevisionRow(db, id, {
    revision: current.revision,
    body: current.body,
    tags: current.tags,
    savedAt: current.updatedAt,
    createdAt: now,
  });
  statement(
    db,
    `UPDATE call_notes SET body = @body, tags = @tags, revision = revision + 1, updated_at = @now
     WHERE id = @id`,
  ).run({
    id,
    body: change.body,
    tags: JSON.stringify(change.tags ?? current.tags),
    now,
  });
  return getNote(db, id);
}

interface DraftRow {
  call_id: number;
  body: string;
  revision: number;
  saved_at: string;
}

const toDraft = (row: DraftRow): CallDraft => ({
  callId: row.call_id,
  body: row.body,
  revision: row.revision,
  savedAt: row.saved_at,
});

export function getDraft(db: Db, callId: number): CallDraft | null {
  const row = statement(
    db,
    'SELECT call_id, body, revision, saved_at FROM call_drafts WHERE call_id = @callId',
  ).get({ callId }) as DraftRow | undefined;
  return row ? toDraft(row) : null;
}

/**
 * Stores the draft unless a newer revision is already there. The same revision may be written
 * again (a retried save carries the same text), an older one never.
 */
export function saveDraft(
  db: Db,
  draft: { callId: number; body: string; revision: number },
): { applied: boolean; draft: CallDraft } {
  const now = nowIso();
  const written = statement(
    db,
    `INSERT INTO call_drafts (call_id, body, revision, created_at, saved_at)
     VALUES (@callId, @body, @revision, @now, @now)
     ON CONFLICT (call_id) DO UPDATE SET body = excluded.body, revision = excluded.revision,
       saved_at = excluded.saved_at
     WHERE excluded.revision >= call_drafts.revision`,
  ).run({ ...draft, now }).changes;
  return { applied: written > 0, draft: getDraft(db, draft.callId)! };
}
