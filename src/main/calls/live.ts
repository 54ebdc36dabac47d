import type { z } from 'zod';
import { checkOpener } from '../../shared/checker';
import type {
  CallDetail,
  CallNote,
  CallPlanContext,
  endCallInput,
  logCallInput,
  addNoteInput,
} from '../../shared/domain/call';
import type { Call } from '../../shared/domain/call';
import { planCheckContext, type CallPlan } from '../../shared/domain/plan';
import { ApiFailure, required } from '../api/errors';
import { getBriefing } from '../briefings/repository';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { getInsight } from '../insights/repository';
import { getPlan } from '../plans/repository';
import { getProspect } from '../prospects/repository';
import { getSettings } from '../settings/repository';
import { getDraft, insertNote, listNotes, noteByClientId, saveDraft } from './notes';
import { endCall, getCall, hadConversation, insertCall } from './repository';

const callOf = required('Call');

function planContext(db: Db, planId: number | null): CallPlanContext | null {
  const plan = planId === null ? undefined : getPlan(db, planId);
  if (!plan) return null;
  const briefing = plan.briefingId === null ? undefined : getBriefing(db, plan.briefingId);
  return {
    objective: plan.objective,
    meetingSlots: plan.meetingSlots,
    briefingId: briefing?.id ?? null,
    briefingTitle: briefing?.title ?? null,
  };
}

/** The call with everything the live screen and the record view show, in one read. */
export function callDetail(db: Db, id: number): CallDetail {
  const call = callOf(getCall(db, id), id);
  return {
    ...call,
    notes: listNotes(db, id),
    draft: getDraft(db, id),
    plan: planContext(db, call.planId),
    contact: contactOf(db, call.prospectId),
  };
}

function contactOf(db: Db, prospectId: number): CallDetail['contact'] {
  const row = statement(db, 'SELECT phone, timezone FROM prospects WHERE id = @prospectId').get({
    prospectId,
  }) as CallDetail['contact'] | undefined;
  return row ?? { phone: '', timezone: '' };
}

/**
 * Adds a note durably. The client id makes the save idempotent: a retry after a lost reply gets
 * the note written the first time. A draft revision, when given, clears the draft in the same
 * transaction, so after a crash the text is in the note or in the draft, never in both.
 */
export function addNote(db: Db, input: z.output<typeof addNoteInput>): CallNote {
  const earlier = noteByClientId(db, input.clientId);
  if (earlier) {
    if (earlier.callId !== input.callId) {
      throw new ApiFailure('conflict', 'That note id already belongs to another call.');
    }
    return earlier;
  }
  callOf(getCall(db, input.callId), input.callId);
  const note = insertNote(db, input);
  if (input.draftRevision !== undefined) {
    saveDraft(db, { callId: input.callId, body: '', revision: input.draftRevision });
  }
  return note;
}

function refuseUnknownBriefing(db: Db, briefingId: number | null | undefined): void {
  if (briefingId == null || getBriefing(db, briefingId)) return;
  throw new ApiFailure('invalid_input', `Briefing ${briefingId} does not exist.`, [
    { path: 'briefingId', message: `Briefing ${briefingId} does not exist.` },
  ]);
}

/**
 * Ends a call with its outcome. A booked meeting links a briefing: the one given, or else the
 * plan's; other outcomes have no meeting to link.
 */
export function finishCall(db: Db, input: z.output<typeof endCallInput>): Call {
  const call = callOf(getCall(db, input.callId), input.callId);
  const booked = input.outcome === 'meeting_booked';
  if (!booked && input.briefingId != null) {
    throw new ApiFailure('invalid_input', 'Only a booked meeting links a briefing.', [
      { path: 'briefingId', message: 'Only a booked meeting links a briefing.' },
    ]);
  }
  refuseUnknownBriefing(db, input.briefingId);
  const briefingId = booked
    ? input.briefingId === undefined
      ? (planContext(db, call.planId)?.briefingId ?? null)
      : input.briefingId
    : null;
  return endCall(db, call.id, {
    outcome: input.outcome,
    nextStep: input.nextStep,
    followUpOn: input.followUpOn ?? null,
    briefingId,
  })!;
}

/**
 * Records a call made on a handset or another dialer. The opener used is checked with the same
 * context a dial from the plan would have had, so the review compares like with like.
 */
export function logCall(db: Db, input: z.output<typeof logCallInput>): CallDetail {
  const prospect = required('Prospect')(getProspect(db, input.prospectId), input.prospectId);
  let plan: CallPlan | undefined;
  if (input.planId != null) {
    plan = required('Call plan')(getPlan(db, input.planId), input.planId);
    if (plan.prospectId !== prospect.id) {
      throw new ApiFailure('invalid_input', 'That call plan is for another prospect.', [
        { path: 'planId', message: 'That call plan is for another prospect.' },
      ]);
    }
  }
  const startedAt = new Date(input.startedAt);
  if (startedAt.getTime() > Date.now() + 60_000) {
    throw new ApiFailure('invalid_input', 'A logged call cannot start in the future.', [
      { path: 'startedAt', message: 'A logged call cannot start in the future.' },
    ]);
  }
  const opener = input.opener ?? plan?.opener ?? '';
  const insights = (plan?.insightIds ?? []).flatMap((id) => getInsight(db, id) ?? []);
  // Checked before the call is inserted, so this call does not count as prior contact for itself.
  const context = planCheckContext({
    plan: plan ?? { transactional: false, referral: '' },
    prospect,
    insights,
    settings: getSettings(db),
    priorContact: hadConversation(db, prospect.id),
  });
  const checkResult =
    opener.trim() === '' ? null : checkOpener({ text: opener, mode: 'call', context });
  const call = insertCall(db, {
    prospectId: prospect.id,
    planId: plan?.id ?? null,
    opener,
    checkResult,
    overrideReason: null,
    insightIds: plan?.insightIds ?? [],
    startedAt: startedAt.toISOString(),
    endedAt: input.endedAt ? new Date(input.endedAt).toISOString() : startedAt.toISOString(),
    outcome: input.outcome,
    nextStep: input.nextStep,
    followUpOn: input.followUpOn ?? null,
    loggedAfter: true,
  });
  for (const body of input.notes) {
    insertNote(db, { callId: call.id, body, tags: [], offsetMs: 0, clientId: null });
  }
  if (input.outcome === 'meeting_booked' && plan?.briefingId != null) {
    endCall(db, call.id, {
      outcome: input.outcome,
      nextStep: input.nextStep,
      followUpOn: input.followUpOn ?? null,
      briefingId: plan.briefingId,
    });
  }
  return callDetail(db, call.id);
}
