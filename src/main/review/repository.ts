import type { z } from 'zod';
import type { CheckResult, Verdict } from '../../shared/checker';
import type { CallOutcome } from '../../shared/domain/plan';
import type {
  ReviewCallDetail,
  ReviewInsight,
  ReviewItem,
  ReviewPage,
  reviewListInput,
} from '../../shared/domain/review';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { toFtsQuery } from '../db/fts-query';
import { COUNTED_CALL } from '../insights/track-record';

interface ReviewRow {
  id: number;
  plan_id: number | null;
  started_at: string;
  ended_at: string | null;
  logged_after: number;
  opener: string;
  verdict: Verdict | null;
  score: number | null;
  override_reason: string | null;
  outcome: CallOutcome | null;
  next_step: string;
  prospect_id: number;
  prospect_name: string;
  prospect_company: string;
  insights: string;
  note_count: number;
}

interface ReviewDetailRow extends ReviewRow {
  check_result: string | null;
  follow_up_on: string | null;
}

function toItem(row: ReviewRow): ReviewItem {
  return {
    id: row.id,
    planId: row.plan_id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    loggedAfter: row.logged_after === 1,
    opener: row.opener,
    verdict: row.verdict,
    score: row.score,
    overrideReason: row.override_reason,
    outcome: row.outcome,
    nextStep: row.next_step,
    prospect: { id: row.prospect_id, name: row.prospect_name, company: row.prospect_company },
    insights: JSON.parse(row.insights) as ReviewInsight[],
    noteCount: row.note_count,
  };
}

/**
 * One row per call with what the review shows. The per-row subqueries are key lookups, run only
 * for the rows of the page (SQLite evaluates them after LIMIT has cut the walk short).
 */
const REVIEW_COLUMNS = `
  c.id, c.plan_id, c.started_at, c.ended_at, c.logged_after, c.opener, c.verdict, c.score,
  c.override_reason, c.outcome, c.next_step,
  p.id AS prospect_id, p.name AS prospect_name, p.company AS prospect_company,
  (SELECT coalesce(json_group_array(json_object('id', i.id, 'headline', i.headline)), '[]')
     FROM call_insights ci JOIN insights i ON i.id = ci.insight_id WHERE ci.call_id = c.id) AS insights,
  (SELECT count(*) FROM call_notes n WHERE n.call_id = c.id AND n.archived_at IS NULL) AS note_count`;

/**
 * Two ways to find the calls whose opener or any live note matches, chosen by how many rows
 * match (FTS5 counts its matches in a few ms, even a million):
 * - `few`: collect the matching calls, then sort them. Cheap while matches are few; for a word
 *   in a quarter of all notes it would map 250k notes to their calls (seconds).
 * - `many`: walk the calls newest first and keep those with a match, stopping at a full page.
 *   Matches are everywhere, so the page fills within a few hundred calls; the two IN lists are
 *   built once per query. For a rare word this walk would visit every call instead.
 */
const MATCHING_CALLS = {
  few: `c.id IN (
    SELECT rowid FROM calls_fts WHERE calls_fts MATCH @match
    UNION
    SELECT n.call_id FROM call_notes_fts JOIN call_notes n ON n.id = call_notes_fts.rowid
      WHERE call_notes_fts MATCH @match AND n.archived_at IS NULL)`,
  many: `(c.id IN (SELECT rowid FROM calls_fts WHERE calls_fts MATCH @match)
    OR EXISTS (SELECT 1 FROM call_notes n WHERE n.call_id = c.id AND n.archived_at IS NULL
      AND n.id IN (SELECT rowid FROM call_notes_fts WHERE call_notes_fts MATCH @match)))`,
} as const;
export type SearchPlan = keyof typeof MATCHING_CALLS;

/** Above this many matching openers plus notes, walking the calls is the faster way. */
const FEW_MATCHES = 5_000;

function searchPlanFor(db: Db, match: string): SearchPlan {
  const matches = statement(
    db,
    `SELECT (SELECT count(*) FROM (SELECT 1 FROM calls_fts WHERE calls_fts MATCH @match LIMIT @cap))
      + (SELECT count(*) FROM (SELECT 1 FROM call_notes_fts WHERE call_notes_fts MATCH @match LIMIT @cap))`,
  )
    .pluck()
    .get({ match, cap: FEW_MATCHES + 1 }) as number;
  return matches > FEW_MATCHES ? 'many' : 'few';
}

export type ReviewListFilters = z.output<typeof reviewListInput>;

/**
 * Past calls, newest first, a page at a time. Keyset pagination on (started_at, id): each page
 * starts where the last one ended by walking an index, so page 200 costs what page 1 costs and a
 * call logged meanwhile cannot shift rows between pages.
 */
export function listReview(db: Db, filters: ReviewListFilters): ReviewPage {
  const match = filters.query === undefined ? null : toFtsQuery(filters.query);
  const query = reviewListQuery(filters, match === null ? 'few' : searchPlanFor(db, match));
  // Only punctuation typed: nothing can match, and FTS5 would refuse an empty query.
  if (query === null) return { items: [], nextCursor: null };
  const rows = statement(db, query.sql).all(query.params) as ReviewRow[];
  const items = rows.slice(0, filters.limit).map(toItem);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > filters.limit && last ? { startedAt: last.startedAt, id: last.id } : null,
  };
}

/**
 * The list's SQL and parameters for a set of filters (one row more than a page, to tell whether
 * another page follows); null when the search text can match nothing. Exported for the tests
 * that check which index each filter walks.
 */
export function reviewListQuery(
  filters: ReviewListFilters,
  searchPlan: SearchPlan = 'few',
): { sql: string; params: Record<string, string | number> } | null {
  const where = [COUNTED_CALL];
  const params: Record<string, string | number> = { limit: filters.limit + 1 };
  if (filters.outcome === 'none') where.push('c.outcome IS NULL');
  else if (filters.outcome) {
    where.push('c.outcome = @outcome');
    params.outcome = filters.outcome;
  }
  if (filters.verdict) {
    where.push('c.verdict = @verdict');
    params.verdict = filters.verdict;
  }
  if (filters.prospectId !== undefined) {
    where.push('c.prospect_id = @prospectId');
    params.prospectId = filters.prospectId;
  }
  if (filters.insightId !== undefined) {
    where.push('c.id IN (SELECT call_id FROM call_insights WHERE insight_id = @insightId)');
    params.insightId = filters.insightId;
  }
  if (filters.from) {
    where.push('c.started_at >= @from');
    params.from = filters.from;
  }
  if (filters.to) {
    where.push('c.started_at < @to');
    params.to = filters.to;
  }
  if (filters.cursor) {
    where.push('(c.started_at, c.id) < (@cursorAt, @cursorId)');
    params.cursorAt = filters.cursor.startedAt;
    params.cursorId = filters.cursor.id;
  }
  if (filters.query !== undefined && filters.query.trim() !== '') {
    const match = toFtsQuery(filters.query);
    if (match === null) return null;
    where.push(MATCHING_CALLS[searchPlan]);
    params.match = match;
  }
  return {
    sql: `SELECT ${REVIEW_COLUMNS}
     FROM calls c JOIN prospects p ON p.id = c.prospect_id
     WHERE ${where.join(' AND ')}
     ORDER BY c.started_at DESC, c.id DESC LIMIT @limit`,
    params,
  };
}

/** One call in full, archived or not: a comparison may name a call the rep archived since. */
export function getReviewCall(db: Db, id: number): ReviewCallDetail | undefined {
  const row = statement(
    db,
    `SELECT ${REVIEW_COLUMNS}, c.check_result, c.follow_up_on
     FROM calls c JOIN prospects p ON p.id = c.prospect_id WHERE c.id = @id`,
  ).get({ id }) as ReviewDetailRow | undefined;
  if (!row) return undefined;
  return {
    ...toItem(row),
    checkResult: row.check_result === null ? null : (JSON.parse(row.check_result) as CheckResult),
    followUpOn: row.follow_up_on,
  };
}
