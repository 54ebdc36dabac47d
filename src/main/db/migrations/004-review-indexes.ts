import type Database from 'better-sqlite3';

/**
 * What the review of past calls needs to stay fast at 100k calls:
 * - the list walks calls newest first as (started_at, id), both descending, which the existing
 *   calls_by_started (started_at DESC, id ASC) cannot give without sorting ties; the list's
 *   outcome and verdict filters get an index each so a rare filter is a range, not a scan;
 * - every analytics aggregate reads only counted calls with an outcome, and only these four
 *   columns: a partial covering index makes each one an index-only scan;
 * - the opener text gets a full-text index like the notes have, kept in sync by triggers.
 */
export function migration004ReviewIndexes(db: Database.Database): void {
  db.exec(`
    CREATE INDEX calls_review_recent ON calls (started_at, id) WHERE archived_at IS NULL;
    CREATE INDEX calls_review_by_outcome ON calls (outcome, started_at, id) WHERE archived_at IS NULL;
    CREATE INDEX calls_review_by_verdict ON calls (verdict, started_at, id) WHERE archived_at IS NULL;
    -- archived_at is always NULL in here, but SQLite treats an index as covering only when it
    -- holds every column the query names, the partial-index condition included.
    CREATE INDEX calls_review_outcomes ON calls (started_at, outcome, verdict, score, archived_at)
      WHERE archived_at IS NULL AND outcome IS NOT NULL;

    CREATE VIRTUAL TABLE calls_fts USING fts5 (
      opener,
      content = 'calls', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
    INSERT INTO calls_fts (calls_fts) VALUES ('rebuild');
    CREATE TRIGGER calls_fts_insert AFTER INSERT ON calls BEGIN
      INSERT INTO calls_fts (rowid, opener) VALUES (NEW.id, NEW.opener);
    END;
    CREATE TRIGGER calls_fts_delete AFTER DELETE ON calls BEGIN
      INSERT INTO calls_fts (calls_fts, rowid, opener) VALUES ('delete', OLD.id, OLD.opener);
    END;
    CREATE TRIGGER calls_fts_update AFTER UPDATE OF opener ON calls BEGIN
      INSERT INTO calls_fts (calls_fts, rowid, opener) VALUES ('delete', OLD.id, OLD.opener);
      INSERT INTO calls_fts (rowid, opener) VALUES (NEW.id, NEW.opener);
    END;
  `);
}
