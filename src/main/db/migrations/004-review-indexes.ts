import type Database from 'better-sqlite3';

/**
 * What the review of past calls needs to stay fast at 100k calls:
 * - the list walks calls newest first as (started_at, id), both descending, which the existing
 *   calls_by_started (started_at DESC, id ASC) cannot give without sorting ties; the list's
 *   outcome and verdict filters get an index each so a rare filter is a range, not a scan;
 * - every analytics aggregate reads only counted calls with an outcome, and only these four
 *   columns: a partial covering index makes each one an index-only scan;
 * - the opener text gets a full-text index like the notes have, kept in sync by triggers;
 * - call_insights mirrors the three call columns a track record reads (start, outcome, whether
 *   the call counts), kept in sync by triggers whoever writes the rows. Meeting rate by insight
 *   then reads one index in insight order, instead of looking up 100k calls and sorting.
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

    ALTER TABLE call_insights ADD COLUMN started_at TEXT;
    ALTER TABLE call_insights ADD COLUMN outcome TEXT;
    ALTER TABLE call_insights ADD COLUMN counted INTEGER NOT NULL DEFAULT 1 CHECK (counted IN (0, 1));
    UPDATE call_insights SET (started_at, outcome, counted) =
      (SELECT c.started_at, c.outcome, c.archived_at IS NULL FROM calls c WHERE c.id = call_insights.call_id);
    CREATE INDEX call_insights_review ON call_insights (insight_id, started_at, outcome, counted)
      WHERE counted = 1 AND outcome IS NOT NULL;
    CREATE TRIGGER call_insights_mirror_call AFTER INSERT ON call_insights BEGIN
      UPDATE call_insights SET (started_at, outcome, counted) =
        (SELECT c.started_at, c.outcome, c.archived_at IS NULL FROM calls c WHERE c.id = NEW.call_id)
      WHERE call_id = NEW.call_id AND insight_id = NEW.insight_id;
    END;
    CREATE TRIGGER calls_mirror_into_call_insights AFTER UPDATE OF started_at, outcome, archived_at ON calls BEGIN
      UPDATE call_insights SET started_at = NEW.started_at, outcome = NEW.outcome,
        counted = NEW.archived_at IS NULL
      WHERE call_id = NEW.id;
    END;

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
