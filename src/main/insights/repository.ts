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
import { INSIGHT_BM25 as RANKING, rankOneWord } from './search-ranking';
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
// eslint-disable-next-line oneup/no-dynamic-sql -- search-ranking.ts builds it once from the fixed column weights; the rule does not follow imports
const INSIGHT_BM25 = RANKING;
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
 * Search ranks every match by bm25, so the best match comes first however old it is and however
 * many rows match (issue #11: a window of the newest 400, later 5,000, missed the oldest best
 * match). Highlights are made for the winners only.
 *
 * A one-word search without filters (what the rep types into the box, letter by letter) is
 * ranked from the impact index (search-ranking.ts): it reads a word's strongest rows first and
 * stops once a bound proves the rest cannot reach the page, giving the same page in the same
 * order as scoring every match. Scoring every match cost 40–50 ms at 100k insights for
 * "pricing"* (68k matches) and "pr"* (94k); most of it was bm25() itself. Other searches (several
 * words, a filter, a word with accents, or a word the index cannot prove) score every match:
 * ids and scores first, then the winners are read.
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
    return hitsOf(db, ids, terms);
  }
  const proved = rankOneWord(db, terms, match, limit);
  if (proved) return hitsOf(db, proved, terms);
  // Otherwise every match is scored on the FTS table alone and the winners are read in score
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

function hitsOf(db: Db, ids: number[], terms: SearchTerms): InsightSearchHit[] {
  return ids.flatMap((id) => {
    const insight = getInsight(db, id);
    return insight ? [searchHit(insight, terms)] : [];
  });
}

function searchHit(insight: Insight, terms: SearchTerms): InsightSearchHit {
  return {
    insight,
    headlineMarked: highlightTerms(insight.headline, terms),
    detailExcerptMarked: snippetTerms(insight.detail, terms, 24),
  };
}
