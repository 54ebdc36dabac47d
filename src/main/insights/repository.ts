import type { z } from 'zod';
import { dedupeCaseInsensitive, type Page } from '../../shared/domain/fields';
import type {
  Insight,
  InsightFacets,
  InsightSearchHit,
  insightCreateInput,
  insightListInput,
  insightUpdateInput,
} from '../../shared/domain/insight';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import { insightTrackRecordColumns } from './track-record';
import { searchTerms, toFtsQuery, type SearchTerms } from '../db/fts-query';
import { highlightTerms, snippetTerms } from '../db/fts-marks';
import {
  insertInsightRow,
  toInsight,
  updateInsightRow,
  type InsightRow,
  type RowStamps,
} from './rows';

/**
 * The track record counts the calls that used the insight (frozen in call_insights at dial time)
 * and, of those, the ones whose outcome was a booked meeting. Its SQL comes from the review's
 * track-record definition, so the library and the review analytics count the same calls.
 */
// eslint-disable-next-line oneup/no-dynamic-sql -- track-record.ts builds these columns from its own const fragments around the fixed alias given here; the rule does not follow imports
const TRACK_RECORD_COLUMNS = insightTrackRecordColumns('i.id');
const SELECT_INSIGHT = `
  SELECT i.*, ${TRACK_RECORD_COLUMNS}
  FROM insights i`;

/**
 * Inserts one insight and returns its id: the API, the CSV/JSON import, the library restore (with
 * its id and timestamps) and the sample data all write through here.
 */
export function insertInsight(
  db: Db,
  input: z.output<typeof insightCreateInput>,
  stamps: Partial<RowStamps> = {},
): number {
  const now = nowIso();
  return insertInsightRow(db, input, {
    id: stamps.id ?? null,
    createdAt: stamps.createdAt ?? now,
    updatedAt: stamps.updatedAt ?? now,
    archivedAt: stamps.archivedAt ?? null,
  });
}

export function createInsight(db: Db, input: z.output<typeof insightCreateInput>): Insight {
  return getInsight(db, insertInsight(db, input))!;
}

export function getInsight(db: Db, id: number): Insight | undefined {
  const row = statement(db, `${SELECT_INSIGHT} WHERE i.id = @id`).get({ id }) as
    InsightRow | undefined;
  return row && toInsight(row);
}

export function updateInsight(
  db: Db,
  id: number,
  patch: z.output<typeof insightUpdateInput>['patch'],
): Insight | undefined {
  return updateInsightRow(db, id, patch, nowIso()) ? getInsight(db, id) : undefined;
}

export function setInsightArchived(db: Db, id: number, archived: boolean): Insight | undefined {
  const now = nowIso();
  const result = statement(
    db,
    'UPDATE insights SET archived_at = @archivedAt, updated_at = @now WHERE id = @id',
  ).run({ id, now, archivedAt: archived ? now : null });
  return result.changes === 0 ? undefined : getInsight(db, id);
}

export function listInsights(db: Db, input: z.output<typeof insightListInput>): Page<Insight> {
  const { whereSql, params } = insightFilterSql(input);
  const rows = statement(
    db,
    `${SELECT_INSIGHT} WHERE ${whereSql} ORDER BY i.updated_at DESC, i.id DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset }) as InsightRow[];
  const { total } = statement(db, `SELECT count(*) AS total FROM insights i WHERE ${whereSql}`).get(
    params,
  ) as { total: number };
  return { items: rows.map(toInsight), total, offset: input.offset, limit: input.limit };
}

export interface InsightFilters {
  status?: 'active' | 'archived' | undefined;
  tag?: string | undefined;
  industry?: string | undefined;
}

/** The WHERE clause (over alias `i`) shared by the list and the filtered search. */
function insightFilterSql(filters: InsightFilters): {
  whereSql: string;
  params: Record<string, string>;
} {
  const where = [
    filters.status === 'archived' ? 'i.archived_at IS NOT NULL' : 'i.archived_at IS NULL',
  ];
  const params: Record<string, string> = {};
  if (filters.tag) {
    where.push('EXISTS (SELECT 1 FROM json_each(i.tags) t WHERE t.value = @tag COLLATE NOCASE)');
    params.tag = filters.tag;
  }
  if (filters.industry) {
    where.push(
      'EXISTS (SELECT 1 FROM json_each(i.industries) t WHERE t.value = @industry COLLATE NOCASE)',
    );
    params.industry = filters.industry;
  }
  return { whereSql: where.join(' AND '), params };
}

/**
 * Distinct tags and industries of the active library, for the filter menus. DISTINCT in SQL and
 * the case-insensitive merge here: a GROUP BY with a collation is about 2.5× slower at 100k rows.
 */
export function insightFacets(db: Db): InsightFacets {
  const distinct = (column: 'tags' | 'industries') => {
    const values = statement(
      db,
      `SELECT DISTINCT t.value FROM insights i, json_each(i.${column}) t
         WHERE i.archived_at IS NULL AND t.type = 'text'`,
    )
      .pluck()
      .all() as string[];
    return dedupeCaseInsensitive(values.sort(byText)).slice(0, FACET_LIMIT);
  };
  return { tags: distinct('tags'), industries: distinct('industries') };
}

const FACET_LIMIT = 500;
const byText = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Search ranks every match by bm25 when there are at most RANK_LIMIT of them, which is every query
 * but a very common term or a short prefix (at 100k insights "budget appr" matches ~9k, a product
 * name tens). Beyond that the newest RANK_LIMIT matches are ranked: scoring all 70k rows that
 * hold "pricing" costs several times the 16 ms budget, and a term in most rows has bm25's
 * minimum idf, so what sets its order is term frequency, which the newest rows share. The old
 * window of 400 missed the best match of a term found in 2,939 rows (issue #11).
 *
 * Why not exact for every query: at 100k insights ranking all matches costs 117 ms ("pricing",
 * 68k matches), 162 ms ("pr") and 34 ms ("budget appr") at load 1.3, almost all of it bm25()
 * itself. A bound that proves the best match is in a smaller candidate set needs each row's
 * term frequency, and FTS5 gives that only through bm25() (or fts5vocab, slower still), so
 * no cheaper exact strategy exists without a separately maintained term-frequency index.
 */
export const RANK_LIMIT = 5_000;

/** Column weights for bm25: a match in the headline counts most, then tags and evidence. */
const INSIGHT_BM25 = 'bm25(insights_fts, 10.0, 2.0, 3.0, 1.0, 3.0, 3.0, 4.0)';

export function searchInsights(
  db: Db,
  query: string,
  limit: number,
  filters: InsightFilters = {},
): InsightSearchHit[] {
  const terms = searchTerms(query);
  const match = toFtsQuery(query);
  if (terms === null || match === null) return [];
  const filtered = filters.status === 'archived' || !!filters.tag || !!filters.industry;
  // The scan computes ids and scores only: highlights are made for the winners (db/fts-marks.ts).
  // With a filter, the filter applies inside the window so that the window holds only eligible
  // rows. Without one, the window is scored and sorted on the FTS table alone and the winners are
  // read in score order until `limit` active ones are found: joining every candidate to insights
  // to drop the ~3% archived rows cost about a third of the query at 5,000 candidates.
  if (filtered) {
    const { whereSql, params } = insightFilterSql(filters);
    const ids = statement(
      db,
      `WITH candidates AS (
         SELECT insights_fts.rowid AS id, ${INSIGHT_BM25} AS score
         FROM insights_fts JOIN insights i ON i.id = insights_fts.rowid
         WHERE insights_fts MATCH @match AND ${whereSql}
         ORDER BY insights_fts.rowid DESC LIMIT ${RANK_LIMIT}
       )
       SELECT id FROM candidates ORDER BY score, id DESC LIMIT @limit`,
    )
      .pluck()
      .all({ match, limit, ...params }) as number[];
    return ids.flatMap((id) => {
      const insight = getInsight(db, id);
      return insight ? [searchHit(insight, terms)] : [];
    });
  }
  const ranked = statement(
    db,
    `SELECT id FROM (
       SELECT rowid AS id, ${INSIGHT_BM25} AS score FROM insights_fts
       WHERE insights_fts MATCH @match ORDER BY rowid DESC LIMIT ${RANK_LIMIT}
     ) ORDER BY score, id DESC`,
  ).pluck();
  const hits: InsightSearchHit[] = [];
  for (const id of ranked.iterate({ match }) as IterableIterator<number>) {
    const insight = getInsight(db, id);
    if (insight && insight.archivedAt === null) hits.push(searchHit(insight, terms));
    // Leaving the loop resets the statement (better-sqlite3 closes the iterator).
    if (hits.length === limit) break;
  }
  return hits;
}

function searchHit(insight: Insight, terms: SearchTerms): InsightSearchHit {
  return {
    insight,
    headlineMarked: highlightTerms(insight.headline, terms),
    detailExcerptMarked: snippetTerms(insight.detail, terms, 24),
  };
}
