import type Database from 'better-sqlite3';

/**
 * Meetings a rep books: when (UTC instant and its end, so "upcoming" is one range scan), how
 * long, who is invited and which briefing it is for. A call books at most one meeting at a time.
 */
export function migration007Meetings(db: Database.Database): void {
  db.exec(`
    CREATE TABLE meetings (
      id INTEGER PRIMARY KEY,
      prospect_id INTEGER NOT NULL REFERENCES prospects (id),
      call_id INTEGER REFERENCES calls (id),
      briefing_id INTEGER REFERENCES briefings (id),
      title TEXT NOT NULL DEFAULT '',
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
      duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
      attendees TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(attendees) AND json_type(attendees) = 'array'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      cancelled_at TEXT
    ) STRICT;
    CREATE INDEX meetings_by_end ON meetings (ends_at, id) WHERE cancelled_at IS NULL;
    CREATE INDEX meetings_by_prospect ON meetings (prospect_id, starts_at);
    CREATE INDEX meetings_by_briefing ON meetings (briefing_id, starts_at)
      WHERE briefing_id IS NOT NULL;
    CREATE UNIQUE INDEX meetings_by_call ON meetings (call_id)
      WHERE call_id IS NOT NULL AND cancelled_at IS NULL;
  `);
}
