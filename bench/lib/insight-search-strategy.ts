import type { Db } from '../../src/main/db/open';
import { statement } from '../../src/main/db/statements';
import { getInsight, RANK_WINDOW } from '../../src/main/insights/repository';
import { toFtsQuery } from '../../src/main/search/fts-query';
import type { InsightSearchHit } from '../../src/shared/domain/insight';

/** Must equal the weights in src/main/insights/repository.ts (not exported there). */
const INSIGHT_BM25 = 'bm25(insights_fts, 10.0, 2.0, 3.0, 1.0, 3.0, 3.0, 4.0)';

/**
 * Prototype of the recommended `searchInsights`: the same ranking, results and marks, but
 * `highlight()` and `snippet()` are computed in the one FTS5 scan that ranks the window.
 *
 * The app's second statement, `MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))`,
 * is planned as one FTS5 lookup per id (plan `INDEX 0:=M7` + `LIST SUBQUERY`), and each lookup
 * re-runs the whole query. For a prefix term without a prefix index (`"pricing"*`, `"appr"*`:
 * any last word of 4+ letters, since prefix='2 3') every lookup rebuilds the merged prefix
 * doclist, so 20 hits cost 20 doclist merges (~1–3 ms each at 100k rows).
 */
export function searchInsightsOneScan(db: Db, query: string, limit: number): InsightSearchHit[] {
  const match = toFtsQuery(query);
  if (match === null) return [];
  const rows = statement(
    db,
    `WITH candidates AS (
       SELECT rowid AS id, ${INSIGHT_BM25} AS score,
         highlight(insights_fts, 0, char(2), char(3)) AS headline,
         snippet(insights_fts, 1, char(2), char(3), '…', 24) AS detail
       FROM insights_fts
       WHERE insights_fts MATCH @match ORDER BY rowid DESC LIMIT ${RANK_WINDOW}
     )
     SELECT candidates.id, candidates.headline, candidates.detail
     FROM candidates JOIN insights i ON i.id = candidates.id
     WHERE i.archived_at IS NULL ORDER BY candidates.score, candidates.id DESC LIMIT @limit`,
  ).all({ match, limit }) as { id: number; headline: string; detail: string }[];
  return rows.flatMap((row) => {
    const insight = getInsight(db, row.id);
    return insight
      ? [{ insight, headlineMarked: row.headline, detailExcerptMarked: row.detail }]
      : [];
  });
}

/**
 * The two statements `searchInsights` runs today (copied from src/main/insights/repository.ts),
 * timed apart to show where the time goes.
 */
export function insightSearchParts(db: Db, query: string, limit: number) {
  const match = toFtsQuery(query) ?? '""';
  const ranking = db
    .prepare(
      `WITH candidates AS (
         SELECT rowid AS id, ${INSIGHT_BM25} AS score FROM insights_fts
         WHERE insights_fts MATCH @match ORDER BY rowid DESC LIMIT ${RANK_WINDOW}
       )
       SELECT candidates.id FROM candidates JOIN insights i ON i.id = candidates.id
       WHERE i.archived_at IS NULL ORDER BY candidates.score, candidates.id DESC LIMIT @limit`,
    )
    .pluck();
  const marks = db.prepare(
    `SELECT rowid AS id,
       highlight(insights_fts, 0, char(2), char(3)) AS headline,
       snippet(insights_fts, 1, char(2), char(3), '…', 24) AS detail
     FROM insights_fts WHERE insights_fts MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))`,
  );
  const ids = JSON.stringify(ranking.all({ match, limit }));
  const marksPlan = (
    db.prepare(`EXPLAIN QUERY PLAN ${marks.source}`).all({ match, ids }) as { detail: string }[]
  )
    .map((step) => step.detail)
    .join(' | ');
  return {
    marksPlan,
    rank: () => ranking.all({ match, limit }),
    marks: () => marks.all({ match, ids }),
  };
}
