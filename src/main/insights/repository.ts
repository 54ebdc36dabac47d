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

/** Column weights for bm25: a match in the headline counts most, then tags and evidence. */
const INSIGHT_BM25 = 'bm25(insights_fts, 10.0, 2.0, 3.0, 1.0, 3.0, 3.0, 4.0)';

/**
 * Search ranks every match by bm25, so the best match comes first however old it is and however
 * many rows match (issue #11: a window of the newest 400, later 5,000, missed the oldest best
 * match). The ranking scan computes ids and scores only; highlights are made for the winners.
 *
 * Why no cheaper exact shortcut: bm25 needs each matching row's weighted term frequency, and a
 * word repeated in a long detail can outscore a headline match, so no bound proves a row out
 * without reading its positions, which is what bm25() costs: at 100k insights FTS5 counts the
 * 68k matches of "pricing"* in 3–7 ms of CPU but scores them in 35–55 ms (load 10–15). FTS5's
 * NEAR cannot count repeats either (NEAR(x x) matches a single x). A proof needs per-row term
 * frequencies kept outside FTS5: a maintained impact table (term, row, weighted frequency,
 * length) read in frequency order.
 */
export function searchInsights(
  db: Db,
  query: string,
  limit: number,
  filters: InsightFilters = {},
): InsightSearchHit[] {
  const terms = searchTerms(query);
  const match = toFtsQuery(query);
  if (terms === null || match === null || limit < 1) return [];
  const filtered = filters.status === 'archived' || !!filters.tag || !!filters.industry;
  // With a filter, only eligible rows are scored, so the first `limit` by score are the page.
  if (filtered) {
    const { whereSql, params } = insightFilterSql(filters);
    const ids = statement(
      db,
      `SELECT insights_fts.rowid AS id
       FROM insights_fts JOIN insights i ON i.id = insights_fts.rowid
       WHERE insights_fts MATCH @match AND ${whereSql}
       ORDER BY ${INSIGHT_BM25}, id DESC LIMIT @limit`,
    )
      .pluck()
      .all({ match, limit, ...params }) as number[];
    return ids.flatMap((id) => {
      const insight = getInsight(db, id);
      return insight ? [searchHit(insight, terms)] : [];
    });
  }
  // Without one, every match is scored on the FTS table alone and the winners are read in score
  // order, skipping the few archived rows: joining 68k matches to insights to drop ~3% of them
  // costs more than the skipping. Each pass is a top-N sort (a full sort of every score was
  // about 3× slower); the first leaves room for `limit` archived winners, and if archived rows
  // fill even that, the next pass reads the following ranks, twice as many each time.
  const ranked = statement(
    db,
    `SELECT rowid AS id FROM insights_fts WHERE insights_fts MATCH @match
     ORDER BY ${INSIGHT_BM25}, id DESC LIMIT @count OFFSET @offset`,
  ).pluck();
  const hits: InsightSearchHit[] = [];
  for (let offset = 0, count = limit * 2; ; offset += count, count *= 2) {
    const ids = ranked.all({ match, count, offset }) as number[];
    for (const id of ids) {
      const insight = getInsight(db, id);
      if (insight && insight.archivedAt === null) hits.push(searchHit(insight, terms));
      if (hits.length === limit) return hits;
    }
    if (ids.length < count) return hits;
  }
}

function searchHit(insight: Insight, terms: SearchTerms): InsightSearchHit {
  return {
    insight,
    headlineMarked: highlightTerms(insight.headline, terms),
    detailExcerptMarked: snippetTerms(insight.detail, terms, 24),
  };
}
