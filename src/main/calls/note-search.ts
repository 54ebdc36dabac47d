import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { toFtsQuery } from '../db/fts-query';

export interface NoteSearchHit {
  noteId: number;
  callId: number;
  prospectId: number;
  offsetMs: number;
  /** The note with matches wrapped in \u0002 … \u0003. */
  bodyMarked: string;
  createdAt: string;
}

/**
 * Full-text search over call notes, newest first. Notes are a log: the rep looks for what was said
 * recently, and FTS5 walks its index in rowid order and stops at the limit, so even a term found in
 * most of a million notes costs no more than a rare one.
 */
export function searchCallNotes(db: Db, query: string, limit: number): NoteSearchHit[] {
  const match = toFtsQuery(query);
  if (match === null) return [];
  // The FTS table drives the loop in descending rowid order and the joins are lookups by key, so
  // SQLite stops after `limit` live notes; archived ones are skipped without shrinking the page.
  return statement(
    db,
    `SELECT n.id AS noteId, n.call_id AS callId, c.prospect_id AS prospectId, n.offset_ms AS offsetMs,
       highlight(call_notes_fts, 0, char(2), char(3)) AS bodyMarked, n.created_at AS createdAt
     FROM call_notes_fts
     JOIN call_notes n ON n.id = call_notes_fts.rowid
     JOIN calls c ON c.id = n.call_id
     WHERE call_notes_fts MATCH @match AND n.archived_at IS NULL AND c.archived_at IS NULL
     ORDER BY call_notes_fts.rowid DESC LIMIT @limit`,
  ).all({ match, limit }) as NoteSearchHit[];
}
