import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { toFtsQuery } from '../search/fts-query';

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
  return statement(
    db,
    `SELECT n.id AS noteId, n.call_id AS callId, c.prospect_id AS prospectId, n.offset_ms AS offsetMs,
       hits.marked AS bodyMarked, n.created_at AS createdAt
     FROM (
       SELECT rowid, highlight(call_notes_fts, 0, char(2), char(3)) AS marked FROM call_notes_fts
       WHERE call_notes_fts MATCH @match ORDER BY rowid DESC LIMIT @window
     ) AS hits
     JOIN call_notes n ON n.id = hits.rowid
     JOIN calls c ON c.id = n.call_id
     WHERE n.archived_at IS NULL AND c.archived_at IS NULL
     ORDER BY n.id DESC LIMIT @limit`,
  ).all({ match, limit, window: limit * 4 }) as NoteSearchHit[];
}
