import type Database from 'better-sqlite3';
import { rowImpacts, type RowImpacts } from './search-impacts';
import { statement } from './statements';

/**
 * The impact index behind exact one-word insight search (migration 010, read by
 * insights/search-ranking.ts). For each insight it stores the words and prefixes whose impact
 * reaches MIN_STORED_IMPACT (search-impacts.ts), or lists the row as unindexed.
 *
 * Kept in step two ways. Triggers on `insights` (migration 010) mark every inserted or
 * re-worded row unindexed and drop its entries, and drop both on delete, so a write through any
 * path is at worst unindexed, which search still scores exactly (with FTS5's bm25). The one write
 * path, insights/rows.ts, then calls indexInsightForSearch, which stores the row's entries and
 * clears the mark.
 */

/** insights_fts's columns in order, with the bm25 weight of each: the one definition of both. */
export const INSIGHT_SEARCH_COLUMNS = [
  'headline',
  'detail',
  'evidence',
  'source',
  'industries',
  'roles',
  'tags',
] as const;
/**
 * A match in the headline counts most, then tags and evidence. Changing one needs a migration
 * that calls rebuildInsightSearchIndex: the stored frequencies are weighted.
 */
export const INSIGHT_SEARCH_WEIGHTS = [10, 2, 3, 1, 3, 3, 4] as const;

type Db = Database.Database;

const SELECT_TEXT = `SELECT id, headline, detail, evidence, source, industries, roles, tags
  FROM insights`;

type TextRow = { id: number } & Record<(typeof INSIGHT_SEARCH_COLUMNS)[number], string | null>;

function impactsOf(row: TextRow): RowImpacts | null {
  return rowImpacts(
    INSIGHT_SEARCH_COLUMNS.map((column) => row[column] ?? ''),
    INSIGHT_SEARCH_WEIGHTS,
  );
}

const INSERT_ENTRY = `INSERT INTO insight_search_impacts (key, impact, insight_id, frequency, length)
  VALUES (@key, @impact, @id, @frequency, @length)`;

function store(db: Db, id: number, impacts: RowImpacts): void {
  const insert = statement(db, INSERT_ENTRY);
  for (const entry of impacts.entries) insert.run({ ...entry, id, length: impacts.length });
}

/** Stores one insight's entries from its text as written, or leaves it marked unindexed. */
export function indexInsightForSearch(db: Db, id: number): void {
  const row = statement(db, `${SELECT_TEXT} WHERE id = @id`).get({ id }) as TextRow | undefined;
  statement(db, 'DELETE FROM insight_search_impacts WHERE insight_id = @id').run({ id });
  const impacts = row && impactsOf(row);
  if (!impacts) return;
  store(db, id, impacts);
  statement(db, 'DELETE FROM insight_search_unindexed WHERE insight_id = @id').run({ id });
}

/** What one turn of the backfill did (indexUnindexedInsights). */
export interface BackfillTurn {
  /** The highest id looked at, where the next turn goes on from; null when none was left. */
  last: number | null;
  /** Rows whose entries were stored and whose mark was cleared. */
  indexed: number;
}

/**
 * CROSS JOIN keeps the marks as the outer loop: with a plain JOIN the planner walked insights
 * from `after` to the end and sorted, about 20 ms a turn at 100k whatever the turn's size.
 */
const UNINDEXED_AFTER = `SELECT i.id, i.headline, i.detail, i.evidence, i.source, i.industries, i.roles, i.tags
  FROM insight_search_unindexed u CROSS JOIN insights i ON i.id = u.insight_id
  WHERE u.insight_id > @after ORDER BY u.insight_id LIMIT @limit`;

/**
 * Indexes up to `limit` unindexed insights with ids above `after`, in id order: one turn of the
 * background backfill (db/search-backfill.ts), run inside the caller's transaction. A row whose
 * text the plain tokenizer does not reproduce stays marked and is passed over. The entries of a
 * turn are inserted in key order, as the rebuild does.
 */
export function indexUnindexedInsights(db: Db, after: number, limit: number): BackfillTurn {
  const rows = statement(db, UNINDEXED_AFTER).all({ after, limit }) as TextRow[];
  if (rows.length === 0) return { last: null, indexed: 0 };
  const entries: { key: string; impact: number; id: number; frequency: number; length: number }[] =
    [];
  const indexed: number[] = [];
  for (const row of rows) {
    const impacts = impactsOf(row);
    if (!impacts) continue;
    indexed.push(row.id);
    for (const entry of impacts.entries)
      entries.push({ ...entry, id: row.id, length: impacts.length });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.impact - b.impact));
  // A marked row has no entries (the triggers drop them as they mark it); this keeps a turn
  // from adding a second copy should one ever be left.
  const drop = statement(db, 'DELETE FROM insight_search_impacts WHERE insight_id = @id');
  const unmark = statement(db, 'DELETE FROM insight_search_unindexed WHERE insight_id = @id');
  for (const id of indexed) drop.run({ id });
  const insert = statement(db, INSERT_ENTRY);
  for (const entry of entries) insert.run(entry);
  for (const id of indexed) unmark.run({ id });
  return { last: rows.at(-1)!.id, indexed: indexed.length };
}

/**
 * Rebuilds the whole index from the insights table at once: the bench seed, which writes its
 * rows with the triggers dropped, and tests comparing a maintained index with a fresh one. Entries are inserted in key order, which
 * keeps the B-tree writes local (100k insights: about 800k entries).
 */
export function rebuildInsightSearchIndex(db: Db): void {
  db.exec('DELETE FROM insight_search_impacts; DELETE FROM insight_search_unindexed;');
  const entries: { key: string; impact: number; id: number; frequency: number; length: number }[] =
    [];
  const unindexed: number[] = [];
  for (const row of db.prepare(SELECT_TEXT).iterate() as IterableIterator<TextRow>) {
    const impacts = impactsOf(row);
    if (!impacts) {
      unindexed.push(row.id);
      continue;
    }
    for (const entry of impacts.entries)
      entries.push({ ...entry, id: row.id, length: impacts.length });
  }
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.impact - b.impact));
  const insert = db.prepare(INSERT_ENTRY);
  for (const entry of entries) insert.run(entry);
  const mark = db.prepare('INSERT INTO insight_search_unindexed (insight_id) VALUES (?)');
  for (const id of unindexed) mark.run(id);
}
