import type Database from 'better-sqlite3';

/**
 * Live call notes that survive anything:
 * - `call_notes.client_id` is the renderer's key for one note, so a save retried after a lost
 *   reply finds the note it already wrote instead of adding a copy;
 * - `call_note_revisions` keeps every version an edit replaced;
 * - `call_drafts` holds the text still being typed, one row per call, with the revision the
 *   renderer gave it so an older save arriving late never overwrites a newer one;
 * - `calls.briefing_id` links a booked meeting to the briefing it is for.
 */
export function migration003CallNotes(db: Database.Database): void {
  db.exec(`
    ALTER TABLE call_notes ADD COLUMN client_id TEXT;
    CREATE UNIQUE INDEX call_notes_by_client ON call_notes (client_id) WHERE client_id IS NOT NULL;

    CREATE TABLE call_note_revisions (
      note_id INTEGER NOT NULL REFERENCES call_notes (id) ON DELETE CASCADE,
      revision INTEGER NOT NULL CHECK (revision >= 1),
      body TEXT NOT NULL,
      tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
      -- When that version was saved; created_at is when an edit replaced it.
      saved_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (note_id, revision)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE call_drafts (
      call_id INTEGER PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,
      body TEXT NOT NULL,
      revision INTEGER NOT NULL CHECK (revision >= 0),
      created_at TEXT NOT NULL,
      saved_at TEXT NOT NULL
    ) STRICT;

    ALTER TABLE calls ADD COLUMN briefing_id INTEGER REFERENCES briefings (id);
    CREATE INDEX calls_by_briefing ON calls (briefing_id) WHERE briefing_id IS NOT NULL;
  `);
}
