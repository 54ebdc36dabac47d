import type { CallOutcome } from '../../shared/domain/call';
import type { TodayProspect } from '../../shared/domain/today';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';

interface ProspectRow {
  id: number;
  name: string;
  title: string;
  company: string;
  phone: string;
  timezone: string;
  last_contact_at: string | null;
}

export const toTodayProspect = (row: ProspectRow): TodayProspect => ({
  id: row.id,
  name: row.name,
  title: row.title,
  company: row.company,
  phone: row.phone,
  timezone: row.timezone,
  lastContactAt: row.last_contact_at,
});

const PROSPECT_COLUMNS = `pr.id, pr.name, pr.title, pr.company, pr.phone, pr.timezone, pr.last_contact_at`;

export interface OpenFollowUp {
  callId: number;
  dueOn: string;
  nextStep: string;
  outcome: CallOutcome | null;
  prospect: TodayProspect;
}

/**
 * Follow-ups due on or before `today` that are still open: not marked done, and not taken up by
 * a later call to the same prospect. Oldest due first. Reads the calls_open_follow_ups index.
 */
export function openFollowUps(db: Db, today: string, limit: number): OpenFollowUp[] {
  const rows = statement(
    db,
    `SELECT c.id AS call_id, c.follow_up_on, c.next_step, c.outcome, ${PROSPECT_COLUMNS}
     FROM calls c JOIN prospects pr ON pr.id = c.prospect_id AND pr.archived_at IS NULL
     WHERE c.follow_up_on IS NOT NULL AND c.follow_up_done_at IS NULL AND c.archived_at IS NULL
       AND c.follow_up_on <= @today
       AND NOT EXISTS (SELECT 1 FROM calls later WHERE later.prospect_id = c.prospect_id
         AND later.archived_at IS NULL AND later.started_at > c.started_at)
     ORDER BY c.follow_up_on, c.started_at, c.id
     LIMIT @limit`,
  ).all({ today, limit }) as (ProspectRow & {
    call_id: number;
    follow_up_on: string;
    next_step: string;
    outcome: CallOutcome | null;
  })[];
  return rows.map((row) => ({
    callId: row.call_id,
    dueOn: row.follow_up_on,
    nextStep: row.next_step,
    outcome: row.outcome,
    prospect: toTodayProspect(row),
  }));
}

/** Plans with an opener that were never dialed and whose check is not blocked; newest first. */
export function plansReadyToDial(
  db: Db,
  limit: number,
): {
  planId: number;
  prospect: TodayProspect;
  check: { verdict: 'ready' | 'needs_work'; score: number };
}[] {
  const rows = statement(
    db,
    `SELECT p.id AS plan_id, json_extract(p.check_result, '$.verdict') AS verdict,
       json_extract(p.check_result, '$.score') AS score, ${PROSPECT_COLUMNS}
     FROM call_plans p JOIN prospects pr ON pr.id = p.prospect_id AND pr.archived_at IS NULL
     WHERE p.archived_at IS NULL AND p.opener <> ''
       AND json_extract(p.check_result, '$.verdict') IN ('ready', 'needs_work')
       AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.plan_id = p.id)
     ORDER BY p.updated_at DESC, p.id DESC
     LIMIT @limit`,
  ).all({ limit }) as (ProspectRow & {
    plan_id: number;
    verdict: 'ready' | 'needs_work';
    score: number;
  })[];
  return rows.map((row) => ({
    planId: row.plan_id,
    prospect: toTodayProspect(row),
    check: { verdict: row.verdict, score: row.score },
  }));
}

/** Outcomes where nobody took the call: the prospect is tried again (Today's "Try again"). */
export const UNANSWERED_OUTCOMES = ['no_answer', 'voicemail', 'gatekeeper'] as const;

export interface UnansweredCall {
  callId: number;
  outcome: (typeof UNANSWERED_OUTCOMES)[number];
  startedAt: string;
  /** Unanswered calls in a row, this one included (since the last call someone took). */
  attempts: number;
  prospect: TodayProspect;
}

/**
 * Prospects whose latest call went unanswered (no answer, voicemail, gatekeeper) between `from`
 * and `before`, with no follow-up date set on it (a dated one waits for its day in the follow-up
 * groups); oldest attempt first. Reads calls_review_by_outcome over that window only.
 */
export function unansweredToRetry(
  db: Db,
  window: { from: string; before: string },
  limit: number,
): UnansweredCall[] {
  const rows = statement(
    db,
    `SELECT c.id AS call_id, c.outcome, c.started_at, ${PROSPECT_COLUMNS},
       (SELECT count(*) FROM calls x WHERE x.prospect_id = c.prospect_id AND x.archived_at IS NULL
          AND x.outcome IN (SELECT value FROM json_each(@unanswered))
          AND x.started_at > coalesce((SELECT max(y.started_at) FROM calls y
            WHERE y.prospect_id = c.prospect_id AND y.archived_at IS NULL
              AND y.outcome NOT IN (SELECT value FROM json_each(@unanswered))), '')) AS attempts
     FROM calls c JOIN prospects pr ON pr.id = c.prospect_id AND pr.archived_at IS NULL
     WHERE c.archived_at IS NULL AND c.outcome IN (SELECT value FROM json_each(@unanswered))
       AND c.started_at >= @from AND c.started_at < @before AND c.follow_up_on IS NULL
       AND NOT EXISTS (SELECT 1 FROM calls later WHERE later.prospect_id = c.prospect_id
         AND later.archived_at IS NULL AND later.started_at > c.started_at)
     ORDER BY c.started_at, c.id
     LIMIT @limit`,
  ).all({ ...window, unanswered: JSON.stringify(UNANSWERED_OUTCOMES), limit }) as (ProspectRow & {
    call_id: number;
    outcome: UnansweredCall['outcome'];
    started_at: string;
    attempts: number;
  })[];
  return rows.map((row) => ({
    callId: row.call_id,
    outcome: row.outcome,
    startedAt: row.started_at,
    attempts: row.attempts,
    prospect: toTodayProspect(row),
  }));
}

/** The distinct time zones of active prospects: calling hours are judged once per zone. */
export function prospectTimeZones(db: Db): string[] {
  return statement(
    db,
    `SELECT DISTINCT timezone FROM prospects WHERE archived_at IS NULL AND timezone <> ''`,
  )
    .pluck()
    .all() as string[];
}

/**
 * Active prospects in the given zones not contacted since `since` and with no follow-up set for a
 * later day (they wait for that date), least recently contacted first (never contacted first).
 */
export function prospectsInZones(
  db: Db,
  zones: string[],
  window: { since: string; today: string },
  limit: number,
): TodayProspect[] {
  const rows = statement(
    db,
    `SELECT ${PROSPECT_COLUMNS} FROM prospects pr
     WHERE pr.archived_at IS NULL AND pr.timezone IN (SELECT value FROM json_each(@zones))
       AND (pr.last_contact_at IS NULL OR pr.last_contact_at < @since)
       AND NOT EXISTS (SELECT 1 FROM calls c WHERE c.prospect_id = pr.id AND c.follow_up_on > @today
         AND c.follow_up_done_at IS NULL AND c.archived_at IS NULL)
     ORDER BY pr.last_contact_at IS NOT NULL, pr.last_contact_at, pr.name COLLATE NOCASE, pr.id
     LIMIT @limit`,
  ).all({ zones: JSON.stringify(zones), ...window, limit }) as ProspectRow[];
  return rows.map(toTodayProspect);
}

/** The newest open plan of a prospect, the one Today opens. */
export function latestPlanId(db: Db, prospectId: number): number | null {
  const id = statement(
    db,
    `SELECT id FROM call_plans WHERE prospect_id = @prospectId AND archived_at IS NULL
     ORDER BY updated_at DESC, id DESC LIMIT 1`,
  )
    .pluck()
    .get({ prospectId }) as number | undefined;
  return id ?? null;
}

/** Marks a call's follow-up done, or not done again (`undo`); false when there is no such call. */
export function markFollowUpDone(db: Db, callId: number, undo = false): boolean {
  const now = nowIso();
  return (
    statement(
      db,
      undo
        ? `UPDATE calls SET follow_up_done_at = NULL, updated_at = @now WHERE id = @callId`
        : `UPDATE calls SET follow_up_done_at = coalesce(follow_up_done_at, @now), updated_at = @now
           WHERE id = @callId`,
    ).run({ callId, now }).changes > 0
  );
}
