import { z } from 'zod';
import type { CheckResult, Verdict } from '../checker';
import { wilsonInterval } from '../stats/wilson';
import { LIMITS, idField, lineText } from './fields';
import { CALL_OUTCOMES, type CallOutcome } from './call';

export const VERDICTS = ['ready', 'needs_work', 'blocked'] as const satisfies readonly Verdict[];

/** The score bands analytics groups by; bounds inclusive. */
export const SCORE_BANDS = [
  { band: '0-39', min: 0, max: 39 },
  { band: '40-69', min: 40, max: 69 },
  { band: '70-89', min: 70, max: 89 },
  { band: '90-100', min: 90, max: 100 },
] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number]['band'];

export function scoreBandOf(score: number): ScoreBand {
  return SCORE_BANDS.find((band) => score <= band.max)?.band ?? '90-100';
}

/**
 * A point in time: an ISO date (`2026-03-02`, the start of that UTC day) or an ISO instant in UTC
 * (`2026-03-02T08:00:00.000Z`). The renderer sends instants computed from the rep's local dates.
 */
const instant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z)?$/u,
    'Use a date like 2026-03-02 or an ISO time in UTC.',
  )
  // Date.parse rolls 2026-02-31 over into March; a real date reads back the same.
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(value)) &&
      new Date(value).toISOString().startsWith(value.slice(0, 10)),
    'Not a real date.',
  )
  .transform((value) => new Date(value).toISOString());

/** `from` is inclusive and `to` exclusive, so consecutive ranges never count a call twice. */
const dateRange = {
  from: instant.optional(),
  to: instant.optional(),
};

export const reviewCursor = z.strictObject({ startedAt: instant, id: idField });
export type ReviewCursor = z.output<typeof reviewCursor>;

export const reviewListInput = z
  .strictObject({
    /** `none`: calls still waiting for their outcome. */
    outcome: z.enum([...CALL_OUTCOMES, 'none']).optional(),
    verdict: z.enum(VERDICTS).optional(),
    insightId: idField.optional(),
    prospectId: idField.optional(),
    ...dateRange,
    /** Words looked up in the opener text and in the call's notes. */
    query: lineText(LIMITS.query).optional(),
    /** The last row of the previous page; absent for the first page. */
    cursor: reviewCursor.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .default({ limit: 50 });
export type ReviewListQuery = z.input<typeof reviewListInput>;

export const reviewCompareInput = z.strictObject({ a: idField, b: idField });

export const reviewReuseInput = z.strictObject({
  callId: idField,
  /** Reuse the opener with someone else; the call's own prospect when absent. */
  prospectId: idField.optional(),
});

export const reviewAnalyticsInput = z
  .strictObject({
    ...dateRange,
    /** The rep's offset from UTC, so a call late on Sunday evening counts in that week. */
    utcOffsetMinutes: z.number().int().min(-840).max(840).default(0),
    /** How many insights to report, the most used first. */
    insightLimit: z.number().int().min(1).max(100).default(12),
  })
  .default({ utcOffsetMinutes: 0, insightLimit: 12 });

export interface ReviewProspect {
  id: number;
  name: string;
  company: string;
}

export interface ReviewInsight {
  id: number;
  headline: string;
}

/** One past call as the review list shows it: what was said, how it was judged, how it ended. */
export interface ReviewItem {
  id: number;
  planId: number | null;
  startedAt: string;
  endedAt: string | null;
  /** Logged after the fact from another phone, rather than dialed from a plan. */
  loggedAfter: boolean;
  /** The opener exactly as dialed. */
  opener: string;
  verdict: Verdict | null;
  score: number | null;
  overrideReason: string | null;
  outcome: CallOutcome | null;
  nextStep: string;
  prospect: ReviewProspect;
  insights: ReviewInsight[];
  noteCount: number;
}

export interface ReviewPage {
  items: ReviewItem[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: ReviewCursor | null;
}

/** A call with its check at dial time in full, for the side-by-side comparison. */
export interface ReviewCallDetail extends ReviewItem {
  checkResult: CheckResult | null;
  followUpOn: string | null;
}

export interface ReviewComparison {
  a: ReviewCallDetail;
  b: ReviewCallDetail;
}

/** Calls with an outcome, the meetings among them, and the meeting rate with its uncertainty. */
export interface RateRow {
  calls: number;
  meetings: number;
  /** meetings / calls; null without calls. */
  rate: number | null;
  /** Wilson 95 % interval of the rate. */
  lower: number;
  upper: number;
}

export function rateRow(calls: number, meetings: number): RateRow {
  const { lower, upper } = wilsonInterval(meetings, calls);
  return { calls, meetings, rate: calls === 0 ? null : meetings / calls, lower, upper };
}

export interface InsightRate extends RateRow {
  insightId: number;
  headline: string;
}

export interface VerdictRate extends RateRow {
  /** null: calls logged without a check. */
  verdict: Verdict | null;
}

export interface ScoreBandRate extends RateRow {
  band: ScoreBand;
}

export interface WeekRate extends RateRow {
  /** ISO week, `2026-W09`. */
  week: string;
  /** The Monday that starts it, `YYYY-MM-DD` in the rep's time zone. */
  weekStart: string;
}

export interface ReviewAnalytics {
  overall: RateRow;
  /** The most used insights, at most `insightLimit`. */
  byInsight: InsightRate[];
  /** How many insights have at least one call with an outcome, shown or not. */
  insightsWithCalls: number;
  /** ready, needs work, blocked; then unchecked calls when there are any. */
  byVerdict: VerdictRate[];
  /** All four bands, in order, even when empty. */
  byScoreBand: ScoreBandRate[];
  /** Every week from the first call to the last, empty weeks included. */
  byWeek: WeekRate[];
}

/** `2026-03-02` (a Monday) → `2026-W10`. ISO 8601: a week belongs to the year of its Thursday. */
export function isoWeekOf(monday: string): string {
  const thursday = new Date(`${monday}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() + 3);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
