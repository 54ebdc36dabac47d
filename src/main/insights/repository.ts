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
import { toFtsQuery } from '../db/fts-query';
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
 * How many of the newest matches are ranked. Ranking every match of a very common term means
 * scoring the whole table (hundreds of ms at 1M rows); ranking a bounded, recency-ordered window
 * keeps every query kind fast while still putting the best of the recent matches first.
 */
export const RANK_WINDOW = 400;

/** Column weights for bm25: a match in the headline counts most, then tags and evidence. */
const INSIGHT_BM25 = 'bm25(insights_fts, 10.0, 2.0, 3.0, 1.0, 3.0, 3.0, 4.0)';

export function searchInsights(
  db: Db,
  query: string,
  limit: number,
  filters: InsightFilters = {},
): InsightSearchHit[] {
  const match = toFtsQuery(query);
  if (match === null) return [];
  const filtered = filters.status === 'archived' || !!filters.tag || !!filters.industry;
  // Unfiltered search keeps the recency window on the FTS table alone (the fast path); with a
  // filter, the filter applies inside the window so that the window holds only eligible rows.
  const { whereSql, params } = insightFilterSql(filters);
  // The marks are computed in the same scan that ranks the window: a second MATCH restricted to
  // the ranked ids would re-run the full-text query once per id (the benchmark saw 25-45 ms).
  const MARKS = `highlight(insights_fts, 0, char(2), char(3)) AS headline,
       snippet(insights_fts, 1, char(2), char(3), '…', 24) AS detail`;
  const ranked = (
    filtered
      ? statement(
          db,
          `WITH candidates AS (
             SELECT insights_fts.rowid AS id, ${INSIGHT_BM25} AS score, ${MARKS}
             FROM insights_fts JOIN insights i ON i.id = insights_fts.rowid
             WHERE insights_fts MATCH @match AND ${whereSql}
             ORDER BY insights_fts.rowid DESC LIMIT ${RANK_WINDOW}
           )
           SELECT id, headline, detail FROM candidates ORDER BY score, id DESC LIMIT @limit`,
        )
      : statement(
          db,
          `WITH candidates AS (
             SELECT rowid AS id, ${INSIGHT_BM25} AS score, ${MARKS} FROM insights_fts
             WHERE insights_fts MATCH @match ORDER BY rowid DESC LIMIT ${RANK_WINDOW}
           )
           SELECT candidates.id, candidates.headline, candidates.detail
           FROM candidates JOIN insights i ON i.id = candidates.id
           WHERE i.archived_at IS NULL ORDER BY candidates.score, candidates.id DESC LIMIT @limit`,
        )
  ).all(filtered ? { match, limit, ...params } : { match, limit }) as {
    id: number;
    headline: string;
    detail: string;
  }[];
  return ranked.flatMap((mark) => {
    const insight = getInsight(db, mark.id);
    return insight
      ? [{ insight, headlineMarked: mark.headline, detailExcerptMarked: mark.detail }]
      : [];
  });
}
