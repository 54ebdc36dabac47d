/**
 * What a track record counts, written once. The insight library's "booked X of Y calls" and the
 * review analytics both build their SQL from these fragments, so the two can never disagree about
 * which calls count or what a meeting is. Every fragment reads calls under the alias `c`.
 */

/** Archived calls leave every count; nothing else does. */
export const COUNTED_CALL = 'c.archived_at IS NULL';

/** A call that earned a meeting. */
export const MEETING_BOOKED = `c.outcome = 'meeting_booked'`;

/** Rates are computed over calls whose outcome is known; an open call is neither hit nor miss. */
export const HAS_OUTCOME = 'c.outcome IS NOT NULL';

/**
 * The counted calls that used an insight (frozen in call_insights at dial time), as the
 * `FROM … WHERE …` tail of a query; `insightId` is the SQL expression naming the insight.
 */
export function callsUsingInsight(insightId: string): string {
  return `FROM call_insights ci JOIN calls c ON c.id = ci.call_id
      WHERE ci.insight_id = ${insightId} AND ${COUNTED_CALL}`;
}

/** The insight library's track record columns: `times_used` and `meetings_booked`. */
export function insightTrackRecordColumns(insightId: string): string {
  return `(SELECT count(*) ${callsUsingInsight(insightId)}) AS times_used,
    (SELECT count(*) ${callsUsingInsight(insightId)} AND ${MEETING_BOOKED}) AS meetings_booked`;
}

/**
 * The same population per (call, insight) pair, read from the copy of the call's columns that
 * migration 004 keeps on call_insights (alias `ci`): counted calls with an outcome. The review
 * tests check call by call that it agrees with the definitions above.
 */
export const INSIGHT_CALLS_WITH_OUTCOME = `FROM call_insights ci
      WHERE ci.counted = 1 AND ci.outcome IS NOT NULL`;

/** MEETING_BOOKED, on the copy kept on call_insights. */
export const INSIGHT_CALL_MEETING = `ci.outcome = 'meeting_booked'`;
