import type { z } from 'zod';
import type { Verdict } from '../../shared/checker';
import type { reviewAnalyticsInput } from '../../shared/domain/review';
import {
  SCORE_BANDS,
  VERDICTS,
  isoWeekOf,
  rateRow,
  type InsightRate,
  type RateRow,
  type ReviewAnalytics,
  type ScoreBand,
  type ScoreBandRate,
  type VerdictRate,
  type WeekRate,
} from '../../shared/domain/review';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import {
  COUNTED_CALL,
  HAS_OUTCOME,
  INSIGHT_CALL_MEETING,
  INSIGHT_CALLS_WITH_OUTCOME,
  MEETING_BOOKED,
} from '../insights/track-record';

export type AnalyticsQuery = z.output<typeof reviewAnalyticsInput>;

/**
 * The calls every rate is computed over: counted, with an outcome, in the date range. With the
 * partial covering index of migration 004 each aggregate is one index-only scan, no table reads.
 */
const CALLS_WITH_OUTCOME = `FROM calls c
  WHERE ${COUNTED_CALL} AND ${HAS_OUTCOME} AND c.started_at >= @from AND c.started_at < @to`;

/** Open bounds as strings every ISO time sorts between, so one statement serves every range. */
function rangeParams(query: Pick<AnalyticsQuery, 'from' | 'to'>) {
  return { from: query.from ?? '', to: query.to ?? '~' };
}

interface CountRow {
  calls: number;
  meetings: number;
}

export function overallRate(db: Db, query: AnalyticsQuery): RateRow {
  const row = statement(db, ANALYTICS_SQL.overall).get(rangeParams(query)) as CountRow;
  return rateRow(row.calls, row.meetings);
}

export function rateByVerdict(db: Db, query: AnalyticsQuery): VerdictRate[] {
  const row = statement(db, ANALYTICS_SQL.byVerdict).get(rangeParams(query)) as Record<
    string,
    number
  >;
  const rates: VerdictRate[] = VERDICT_GROUPS.map((verdict, index) => ({
    verdict,
    ...rateRow(row[`calls_${index}`]!, row[`meetings_${index}`]!),
  }));
  // Unchecked calls (logged without a check) get a row only when there are some.
  return rates.filter((rate) => rate.verdict !== null || rate.calls > 0);
}

const VERDICT_GROUPS: (Verdict | null)[] = [...VERDICTS, null];

/**
 * Counts for a fixed set of groups in one pass, as conditional sums: with a handful of groups
 * this is a single scan of the covering index, where GROUP BY would sort every row first.
 */
function groupSums(conditions: string[]): string {
  return conditions
    .map(
      (condition, index) =>
        `coalesce(sum(${condition}), 0) AS calls_${index},
         coalesce(sum((${condition}) AND ${MEETING_BOOKED}), 0) AS meetings_${index}`,
    )
    .join(',\n');
}

/** Each aggregate's SQL; exported for the tests that check each is one index-only scan. */
export const ANALYTICS_SQL = {
  overall: `SELECT count(*) AS calls, coalesce(sum(${MEETING_BOOKED}), 0) AS meetings
    ${CALLS_WITH_OUTCOME}`,
  byVerdict: `SELECT ${groupSums(
    VERDICT_GROUPS.map((verdict) =>
      verdict === null ? 'c.verdict IS NULL' : `c.verdict = '${verdict}'`,
    ),
  )} ${CALLS_WITH_OUTCOME}`,
  // Calls logged without a check have no score and belong to no band.
  byScoreBand: `SELECT ${groupSums(
    SCORE_BANDS.map((band) => `c.score BETWEEN ${band.min} AND ${band.max}`),
  )} ${CALLS_WITH_OUTCOME}`,
  // 'weekday 0' moves to the coming Sunday (a Sunday stays); six days back is that week's Monday.
  byWeek: `SELECT date(c.started_at, @offset, 'weekday 0', '-6 days') AS week_start,
      count(*) AS calls, sum(${MEETING_BOOKED}) AS meetings
    ${CALLS_WITH_OUTCOME} GROUP BY week_start ORDER BY week_start`,
  byInsight: `WITH per_insight AS (
      SELECT ci.insight_id AS insight_id, count(*) AS calls, sum(${INSIGHT_CALL_MEETING}) AS meetings
      ${INSIGHT_CALLS_WITH_OUTCOME} AND ci.started_at >= @from AND ci.started_at < @to
      GROUP BY ci.insight_id
    )
    SELECT pi.insight_id, i.headline, pi.calls, pi.meetings, count(*) OVER () AS insights_with_calls
    FROM per_insight pi JOIN insights i ON i.id = pi.insight_id
    ORDER BY pi.calls DESC, pi.meetings DESC, pi.insight_id LIMIT @limit`,
} as const;

export function rateByScoreBand(db: Db, query: AnalyticsQuery): ScoreBandRate[] {
  const row = statement(db, ANALYTICS_SQL.byScoreBand).get(rangeParams(query)) as Record<
    string,
    number
  >;
  return SCORE_BANDS.map(({ band }, index) => ({
    band: band as ScoreBand,
    ...rateRow(row[`calls_${index}`]!, row[`meetings_${index}`]!),
  }));
}

const DAY_MS = 86_400_000;
const MAX_WEEKS = 520;

/**
 * Meeting rate per ISO week in the rep's time zone, every week from the first to the last
 * (or across the whole range asked for), so a quiet week shows as a gap and not as a shortcut.
 */
export function rateByWeek(db: Db, query: AnalyticsQuery): WeekRate[] {
  const offset = `${query.utcOffsetMinutes >= 0 ? '+' : ''}${query.utcOffsetMinutes} minutes`;
  const rows = statement(db, ANALYTICS_SQL.byWeek).all({
    ...rangeParams(query),
    offset,
  }) as (CountRow & { week_start: string })[];
  const mondayOf = (instant: string) => {
    const local = new Date(Date.parse(instant) + query.utcOffsetMinutes * 60_000);
    local.setUTCDate(local.getUTCDate() - ((local.getUTCDay() + 6) % 7));
    return local.toISOString().slice(0, 10);
  };
  let first = query.from ? mondayOf(query.from) : rows[0]?.week_start;
  let last = query.to
    ? mondayOf(new Date(Date.parse(query.to) - 1).toISOString())
    : rows.at(-1)?.week_start;
  // A range like "since 1970" would be thousands of empty weeks: keep to the weeks with calls.
  if (first && last && Date.parse(last) - Date.parse(first) > MAX_WEEKS * 7 * DAY_MS) {
    first = rows[0]?.week_start;
    last = rows.at(-1)?.week_start;
  }
  if (first === undefined || last === undefined) return [];
  const found = new Map(rows.map((row) => [row.week_start, row]));
  const weeks: WeekRate[] = [];
  for (let at = Date.parse(first); at <= Date.parse(last); at += 7 * DAY_MS) {
    const weekStart = new Date(at).toISOString().slice(0, 10);
    const row = found.get(weekStart);
    weeks.push({
      week: isoWeekOf(weekStart),
      weekStart,
      ...rateRow(row?.calls ?? 0, row?.meetings ?? 0),
    });
  }
  return weeks;
}

/**
 * Meeting rate per insight, the most used first. A call that used three insights counts once for
 * each: the question is "when I lead with this insight, how often does it earn a meeting?".
 */
export function rateByInsight(
  db: Db,
  query: AnalyticsQuery,
): { rows: InsightRate[]; insightsWithCalls: number } {
  const rows = statement(db, ANALYTICS_SQL.byInsight).all({
    ...rangeParams(query),
    limit: query.insightLimit,
  }) as (CountRow & {
    insight_id: number;
    headline: string;
    insights_with_calls: number;
  })[];
  return {
    rows: rows.map((row) => ({
      insightId: row.insight_id,
      headline: row.headline,
      ...rateRow(row.calls, row.meetings),
    })),
    insightsWithCalls: rows[0]?.insights_with_calls ?? 0,
  };
}

export function reviewAnalytics(db: Db, query: AnalyticsQuery): ReviewAnalytics {
  const byInsight = rateByInsight(db, query);
  return {
    overall: overallRate(db, query),
    byInsight: byInsight.rows,
    insightsWithCalls: byInsight.insightsWithCalls,
    byVerdict: rateByVerdict(db, query),
    byScoreBand: rateByScoreBand(db, query),
    byWeek: rateByWeek(db, query),
  };
}
