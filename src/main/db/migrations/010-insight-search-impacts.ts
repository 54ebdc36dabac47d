import type Database from 'better-sqlite3';

/**
 * The impact index for exact insight search (issue #11 point 3; db/search-impacts.ts says how it
 * proves the top of a ranking, db/insight-search-index.ts how it is kept in step).
 *
 * - `insight_search_impacts`: per word or prefix (`pr*`), the insights where its impact reaches
 *   the stored minimum, with the weighted frequency and the row length bm25 needs. Read by key in
 *   falling impact; the index on insight_id serves the triggers' deletes.
 * - `insight_search_unindexed`: insights with no entries maintained (text the plain tokenizer
 *   does not reproduce, or a write that did not go through insights/rows.ts). Search scores these
 *   with FTS5's bm25.
 *
 * The triggers mark a written row unindexed and drop its entries; the write path re-indexes it.
 * Existing rows are only marked unindexed here, which is already exact; the background backfill
 * (db/search-backfill.ts) indexes them after the start, 100 per transaction. Indexing
 * them here held the first start after the update for 5.7 s of CPU at 100k insights. A library
 * that ran the first version of this migration, which indexed every row here, holds the state
 * the backfill ends in: both versions leave a valid index, so this one could change.
 */
export function migration010InsightSearchImpacts(db: Database.Database): void {
  db.exec(`
    CREATE TABLE insight_search_impacts (
      key TEXT NOT NULL,
      impact REAL NOT NULL,
      insight_id INTEGER NOT NULL,
      frequency REAL NOT NULL,
      length INTEGER NOT NULL,
      PRIMARY KEY (key, impact, insight_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX insight_search_impacts_by_insight ON insight_search_impacts (insight_id);
    CREATE TABLE insight_search_unindexed (insight_id INTEGER PRIMARY KEY) STRICT;

    CREATE TRIGGER insight_search_insert AFTER INSERT ON insights BEGIN
      INSERT OR IGNORE INTO insight_search_unindexed (insight_id) VALUES (NEW.id);
    END;
    CREATE TRIGGER insight_search_update
    AFTER UPDATE OF headline, detail, evidence, source, industries, roles, tags ON insights BEGIN
      DELETE FROM insight_search_impacts WHERE insight_id = OLD.id;
      INSERT OR IGNORE INTO insight_search_unindexed (insight_id) VALUES (NEW.id);
    END;
    CREATE TRIGGER insight_search_delete AFTER DELETE ON insights BEGIN
      DELETE FROM insight_search_impacts WHERE insight_id = OLD.id;
      DELETE FROM insight_search_unindexed WHERE insight_id = OLD.id;
    END;

    INSERT INTO insight_search_unindexed (insight_id) SELECT id FROM insights;
  `);
}
