import type Database from 'better-sqlite3';

/**
 * Takes the merging of the call-note index's segments off the note-add path.
 *
 * FTS5 writes each committed note as a new small segment and, with its default automerge (4),
 * every 64 leaf pages written it merges 64 × (number of levels) pages inside whichever commit
 * crossed the mark. On 1M notes that was one add in 64 writing ~320 pages: 16–25 ms of CPU,
 * which set the p99 of adding a note (bench `review`: 17.1 ms against a 5 ms target).
 *
 * With automerge 0 an add only writes its own segment. The merging is done instead by the
 * app's idle upkeep (calls/note-index.ts) in bounded 'merge' steps once the rep pauses.
 * 'crisismerge' keeps its default (16 segments on a level) as the backstop if upkeep never
 * gets to run: the level-0 crisis merges it triggers are of a few one-page segments.
 */
export function migration009NoteIndexMergeOffAdd(db: Database.Database): void {
  db.exec(`INSERT INTO call_notes_fts (call_notes_fts, rank) VALUES ('automerge', 0)`);
}
