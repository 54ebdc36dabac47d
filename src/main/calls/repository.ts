import type { CheckResult } from '../../shared/checker';
import type { Call, CallOutcome } from '../../shared/domain/call';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import { insertCallRow, toCall, type CallViewRow } from './rows';

const SELECT_CALL = `
  SELECT c.*, p.name AS prospect_name,
    (SELECT coalesce(json_group_array(insight_id), '[]') FROM call_insights WHERE call_id = c.id) AS insight_ids
  FROM calls c JOIN prospects p ON p.id = c.prospect_id`;

export interface NewCall {
  prospectId: number;
  planId: number | null;
  opener: string;
  checkResult: CheckResult | null;
  overrideReason: string | null;
  insightIds: number[];
  /** Defaults to now: a dial starts when it is recorded. */
  startedAt?: string;
  endedAt?: string | null;
  outcome?: CallOutcome | null;
  nextStep?: string;
  followUpOn?: string | null;
  loggedAfter?: boolean;
}

/** The fields of a dial from a plan; the rest start empty. */
export type NewDialedCall = Pick<
  NewCall,
  'prospectId' | 'opener' | 'checkResult' | 'overrideReason' | 'insightIds'
> & { planId: number };

/** Records a dial: the opener exactly as dialed, its check at that moment and the insights used. */
export function insertDialedCall(db: Db, call: NewDialedCall): Call {
  return insertCall(db, call);
}

/** Records a call, dialed here or logged afterwards, with the insights it used. */
export function insertCall(db: Db, call: NewCall): Call {
  const now = nowIso();
  const id = insertCallRow(
    db,
    {
      id: null,
      prospectId: call.prospectId,
      planId: call.planId,
      briefingId: null,
      startedAt: call.startedAt ?? now,
      endedAt: call.endedAt ?? null,
      opener: call.opener,
      checkResult: call.checkResult,
      verdict: call.checkResult?.verdict ?? null,
      score: call.checkResult?.score ?? null,
      overrideReason: call.overrideReason,
      outcome: call.outcome ?? null,
      nextStep: call.nextStep ?? '',
      followUpOn: call.followUpOn ?? null,
      followUpDoneAt: null,
      loggedAfter: call.loggedAfter ?? false,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    },
    call.insightIds,
  );
  return getCall(db, id)!;
}

export interface CallEnding {
  outcome: CallOutcome;
  nextStep: string;
  followUpOn: string | null;
  briefingId: number | null;
}

/**
 * Sets how the call ended. The first ending stamps ended_at; correcting the outcome later keeps
 * that time, since the call did not end twice.
 */
export function endCall(db: Db, id: number, ending: CallEnding): Call | undefined {
  const now = nowIso();
  const changed = statement(
    db,
    `UPDATE calls SET outcome = @outcome, next_step = @nextStep, follow_up_on = @followUpOn,
       briefing_id = @briefingId, ended_at = coalesce(ended_at, @now), updated_at = @now
     WHERE id = @id`,
  ).run({ id, now, ...ending }).changes;
  return changed === 0 ? undefined : getCall(db, id);
}

/** Links the briefing a booked meeting is for. */
export function setCallBriefing(db: Db, id: number, briefingId: number): void {
  statement(db, `UPDATE calls SET briefing_id = @briefingId, updated_at = @now WHERE id = @id`).run(
    { id, briefingId, now: nowIso() },
  );
}

export function getCall(db: Db, id: number): Call | undefined {
  const row = statement(db, `${SELECT_CALL} WHERE c.id = @id`).get({ id }) as
    CallViewRow | undefined;
  return row && toCall(row);
}

export function listCallsForProspect(db: Db, prospectId: number, limit: number): Call[] {
  return (
    statement(
      db,
      `${SELECT_CALL} WHERE c.prospect_id = @prospectId AND c.archived_at IS NULL ORDER BY c.started_at DESC LIMIT @limit`,
    ).all({
      prospectId,
      limit,
    }) as CallViewRow[]
  ).map(toCall);
}
