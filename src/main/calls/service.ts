import type { z } from 'zod';
import { checkOpener } from '../../shared/checker';
import type {
  CallDetail,
  CallNote,
  CallPlanContext,
  endCallInput,
  logCallInput,
  addNoteInput,
  editNoteInput,
  saveDraftInput,
} from '../../shared/domain/call';
import type { EndedCall } from '../../shared/domain/call';
import { telUrlOf } from '../../shared/domain/dialing';
import type { CallPlan, DialResult, dialInput } from '../../shared/domain/plan';
import { BRIEFING_LIMITS } from '../../shared/domain/briefing';
import { ApiFailure, required } from '../api/errors';
import { createBriefing, getBriefing } from '../briefings/repository';
import { getInsight } from '../insights/repository';
import type { Db } from '../db/open';
import {
  cancelMeetingForCall,
  linkBriefingToCallMeeting,
  meetingForCall,
} from '../meetings/repository';
import { bookMeetingForCall } from '../meetings/service';
import { getPlan, updatePlan } from '../plans/repository';
import { checkContextFor, checkPlanOpener } from '../plans/service';
import { getProspect } from '../prospects/repository';
import { getDraft, insertNote, listNotes, noteByClientId, reviseNote, saveDraft } from './notes';
import { endCall, getCall, insertCall, insertDialedCall, setCallBriefing } from './repository';

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
  const prospect = getProspect(db, call.prospectId);
  return {
    ...call,
    meeting: meetingForCall(db, id) ?? null,
    notes: listNotes(db, id),
    draft: getDraft(db, id),
    plan: planContext(db, call.planId),
    contact: {
      phone: prospect?.phone ?? '',
      email: prospect?.email ?? '',
      timezone: prospect?.timezone ?? '',
    },
  };
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

/** An edit of a note, refused with `conflict` when the note changed since the rep opened it. */
export function editNote(db: Db, { noteId, ...change }: z.output<typeof editNoteInput>): CallNote {
  const revised = required('Note')(reviseNote(db, noteId, change), noteId);
  if (revised === 'stale') {
    throw new ApiFailure(
      'conflict',
      'This note changed since you opened it. Reload to see the latest text; your edit was not saved.',
    );
  }
  return revised;
}

/** The live call's unsaved note text; it belongs to the call named in the save and nowhere else. */
export function saveCallDraft(
  db: Db,
  input: z.output<typeof saveDraftInput>,
): ReturnType<typeof saveDraft> {
  callOf(getCall(db, input.callId), input.callId);
  return saveDraft(db, input);
}

function refuseUnknownBriefing(db: Db, briefingId: number | null | undefined): void {
  if (briefingId == null || getBriefing(db, briefingId)) return;
  throw new ApiFailure('invalid_input', `Briefing ${briefingId} does not exist.`, [
    { path: 'briefingId', message: `Briefing ${briefingId} does not exist.` },
  ]);
}

function refuseMeetingWithoutBooking(booked: boolean, meeting: unknown): void {
  if (booked || meeting === undefined) return;
  throw new ApiFailure('invalid_input', 'Only a booked meeting has a time.', [
    { path: 'meeting', message: 'Only a booked meeting has a time.' },
  ]);
}

/**
 * Ends a call with its outcome. A booked meeting links a briefing: the one given, or else the
 * plan's; other outcomes have no meeting to link. A meeting time given with it is booked in the
 * same transaction; an outcome corrected away from "Meeting booked" cancels the call's meeting.
 */
export function finishCall(db: Db, input: z.output<typeof endCallInput>): EndedCall {
  const call = callOf(getCall(db, input.callId), input.callId);
  const booked = input.outcome === 'meeting_booked';
  if (!booked && input.briefingId != null) {
    throw new ApiFailure('invalid_input', 'Only a booked meeting links a briefing.', [
      { path: 'briefingId', message: 'Only a booked meeting links a briefing.' },
    ]);
  }
  refuseMeetingWithoutBooking(booked, input.meeting);
  refuseUnknownBriefing(db, input.briefingId);
  const briefingId = booked
    ? input.briefingId === undefined
      ? (planContext(db, call.planId)?.briefingId ?? null)
      : input.briefingId
    : null;
  const ended = endCall(db, call.id, {
    outcome: input.outcome,
    nextStep: input.nextStep,
    followUpOn: input.followUpOn ?? null,
    briefingId,
  })!;
  if (!booked) cancelMeetingForCall(db, call.id);
  const meeting = input.meeting
    ? bookMeetingForCall(db, ended, briefingId, input.meeting)
    : (meetingForCall(db, call.id) ?? null);
  return { ...ended, meeting };
}

/**
 * The briefing for the meeting a call booked, started from the call: for its prospect, with the
 * insights the call used (those still in the library) and the meeting's length, linked to the
 * call and its meeting. A call that already has one returns it: one booked meeting, one briefing.
 */
export function prepareBriefing(db: Db, callId: number): { briefingId: number; created: boolean } {
  const call = callOf(getCall(db, callId), callId);
  if (call.outcome !== 'meeting_booked') {
    throw new ApiFailure(
      'invalid_input',
      'Only a call that booked a meeting has a briefing to prepare.',
    );
  }
  if (call.briefingId !== null && getBriefing(db, call.briefingId)) {
    return { briefingId: call.briefingId, created: false };
  }
  const prospect = required('Prospect')(getProspect(db, call.prospectId), call.prospectId);
  const minutes = meetingForCall(db, call.id)?.durationMinutes ?? null;
  const briefing = createBriefing(db, {
    title: `Briefing for ${prospect.name}${prospect.company ? `, ${prospect.company}` : ''}`.slice(
      0,
      200,
    ),
    prospectId: prospect.id,
    items: call.insightIds
      // The insights still in the library; an archived one is not carried into new work.
      .filter((id) => getInsight(db, id)?.archivedAt === null)
      .slice(0, BRIEFING_LIMITS.items)
      .map((insightId) => ({ insightId, talkingPoints: '' })),
    questions: [],
    lengthMinutes:
      minutes !== null &&
      minutes >= BRIEFING_LIMITS.minMinutes &&
      minutes <= BRIEFING_LIMITS.maxMinutes
        ? minutes
        : null,
    notes: '',
  });
  setCallBriefing(db, call.id, briefing.id);
  linkBriefingToCallMeeting(db, call.id, briefing.id);
  return { briefingId: briefing.id, created: true };
}

/**
 * Dials from a plan: the same pure checker the rep saw runs again on the exact text dialed, a
 * blocked opener needs a reason, and the call is recorded with the plan's insights.
 */
export function dial(
  db: Db,
  { planId, opener, overrideReason }: z.output<typeof dialInput>,
): DialResult {
  const plan = required('Call plan')(getPlan(db, planId), planId);
  const prospect = required('Prospect')(getProspect(db, plan.prospectId), plan.prospectId);
  const result = checkPlanOpener(db, plan, opener);
  const reason = overrideReason?.trim() ?? '';
  // A template slot would be read out to the prospect as it stands: no reason makes that right.
  const slots = result.findings.filter((finding) => finding.category === 'placeholder');
  if (slots.length > 0) {
    throw new ApiFailure(
      'invalid_input',
      `This opener still has ${slots.length === 1 ? 'an unfilled placeholder' : `${slots.length} unfilled placeholders`}; fill ${slots.length === 1 ? 'it' : 'them'} in before you dial.`,
      [{ path: 'opener', message: 'Fill in every placeholder before you dial.' }],
    );
  }
  if (result.verdict === 'blocked' && reason === '') {
    throw new ApiFailure(
      'invalid_input',
      'This opener has blocking findings. Fix them, or write why you dial anyway.',
      [{ path: 'overrideReason', message: 'Write why you dial despite the blocking findings.' }],
    );
  }
  // Dialing records the text as dialed; when it differs from the stored opener the plan's content
  // changes, so the revision moves on and any other window sees its copy as stale.
  if (opener !== plan.opener) updatePlan(db, planId, { opener }, result);
  const call = insertDialedCall(db, {
    prospectId: prospect.id,
    planId,
    opener,
    checkResult: result,
    overrideReason: result.verdict === 'blocked' ? reason : null,
    insightIds: plan.insightIds,
  });
  return { call, telUrl: telUrlOf(prospect.phone) };
}

/**
 * Records a call made on a handset or another dialer. The opener used is checked with the same
 * context a dial from the plan would have had, so the review compares like with like.
 */
export function logCall(db: Db, input: z.output<typeof logCallInput>): CallDetail {
  refuseMeetingWithoutBooking(input.outcome === 'meeting_booked', input.meeting);
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
  // Checked before the call is inserted, so this call does not count as prior contact for itself.
  const checkResult =
    opener.trim() === ''
      ? null
      : checkOpener({ text: opener, mode: 'call', context: checkContextFor(db, prospect, plan) });
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
  if (input.meeting) {
    bookMeetingForCall(db, call, plan?.briefingId ?? null, input.meeting);
  }
  return callDetail(db, call.id);
}
