import type { z } from 'zod';
import type {
  meetingCreateInput,
  meetingFields,
  meetingUpdateInput,
  Meeting,
  MeetingInvite,
} from '../../shared/domain/meeting';
import { ApiFailure, required } from '../api/errors';
import { getBriefing } from '../briefings/repository';
import type { Db } from '../db/open';
import { now } from '../db/time';
import { getProspect } from '../prospects/repository';
import { getSettings } from '../settings/repository';
import { meetingInvite } from './invite';
import {
  cancelMeeting,
  cancelMeetingForCall,
  getMeeting,
  getMeetingIncludingCancelled,
  insertMeeting,
  updateMeeting,
} from './repository';

const meetingOf = required('Meeting');

function fieldFailure(path: string, message: string): ApiFailure {
  return new ApiFailure('invalid_input', message, [{ path, message }]);
}

/**
 * Books a meeting for a prospect. A call's meeting replaces the one that call booked before
 * (the rep corrected the time), so a call never lists two.
 */
export function bookMeeting(db: Db, input: z.output<typeof meetingCreateInput>): Meeting {
  const prospect = required('Prospect')(getProspect(db, input.prospectId), input.prospectId);
  const briefingId = input.briefingId ?? null;
  const briefing = briefingId === null ? undefined : getBriefing(db, briefingId);
  if (briefingId !== null && !briefing) {
    throw fieldFailure('briefingId', `Briefing ${briefingId} does not exist.`);
  }
  const callId = input.callId ?? null;
  if (callId !== null) cancelMeetingForCall(db, callId);
  return insertMeeting(db, {
    prospectId: prospect.id,
    callId,
    briefingId,
    title:
      input.title || (briefing ? `Briefing: ${briefing.title}` : `Meeting with ${prospect.name}`),
    startsAt: input.startsAt,
    durationMinutes: input.durationMinutes,
    attendees: input.attendees,
  });
}

/**
 * A meeting more than a day in the past is a typo, not a booking. The backend's clock
 * (db/time), which a test host may set, not the machine's directly.
 */
function refusePast(startsAt: string): void {
  if (Date.parse(startsAt) < now().getTime() - 24 * 60 * 60 * 1000) {
    throw fieldFailure('meeting.startsAt', 'The meeting is in the past; pick a date ahead.');
  }
}

/** The meeting a call books, in the call's own transaction; the caller checked the call. */
export function bookMeetingForCall(
  db: Db,
  call: { id: number; prospectId: number },
  briefingId: number | null,
  fields: z.output<typeof meetingFields>,
): Meeting {
  refusePast(fields.startsAt);
  return bookMeeting(db, { ...fields, prospectId: call.prospectId, callId: call.id, briefingId });
}

/** A live meeting, or a refusal that says it was cancelled (nothing to change any more). */
function liveMeeting(db: Db, id: number): Meeting {
  const meeting = meetingOf(getMeetingIncludingCancelled(db, id), id);
  if (meeting.cancelledAt !== null) {
    throw new ApiFailure('conflict', 'This meeting was cancelled; book a new one instead.');
  }
  return meeting;
}

/** Moves or changes a meeting. Its invite keeps its UID and gets the next SEQUENCE. */
export function changeMeeting(db: Db, input: z.output<typeof meetingUpdateInput>): Meeting {
  const meeting = liveMeeting(db, input.id);
  // A meeting that already began may be lengthened or given attendees, so only a new time is
  // held to the booking's rule.
  if (input.meeting.startsAt !== meeting.startsAt) refusePast(input.meeting.startsAt);
  updateMeeting(db, meeting.id, {
    title: input.meeting.title || meeting.title,
    startsAt: input.meeting.startsAt,
    durationMinutes: input.meeting.durationMinutes,
    attendees: input.meeting.attendees,
  });
  return getMeeting(db, meeting.id)!;
}

/** Cancels a meeting; its invite becomes the cancellation a calendar needs to remove it. */
export function cancelBookedMeeting(db: Db, id: number): Meeting {
  liveMeeting(db, id);
  cancelMeeting(db, id);
  return getMeetingIncludingCancelled(db, id)!;
}

/** The invite of a meeting, live or cancelled. */
export function inviteFor(db: Db, id: number): MeetingInvite {
  const meeting = meetingOf(getMeetingIncludingCancelled(db, id), id);
  const prospect = getProspect(db, meeting.prospectId)!;
  const briefing =
    meeting.briefingId === null ? null : (getBriefing(db, meeting.briefingId) ?? null);
  const settings = getSettings(db);
  return meetingInvite({
    meeting,
    prospect,
    briefing,
    organizer: { name: settings.repName, company: settings.repCompany },
  });
}
