import type { z } from 'zod';
import type {
  meetingCreateInput,
  meetingFields,
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
import { cancelMeetingForCall, getMeeting, insertMeeting } from './repository';

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

/** The meeting a call books, in the call's own transaction; the caller checked the call. */
export function bookMeetingForCall(
  db: Db,
  call: { id: number; prospectId: number },
  briefingId: number | null,
  fields: z.output<typeof meetingFields>,
): Meeting {
  // The backend's clock (db/time), which a test host may set, not the machine's directly.
  if (Date.parse(fields.startsAt) < now().getTime() - 24 * 60 * 60 * 1000) {
    throw fieldFailure('meeting.startsAt', 'The meeting is in the past; pick a date ahead.');
  }
  return bookMeeting(db, { ...fields, prospectId: call.prospectId, callId: call.id, briefingId });
}

export function inviteFor(db: Db, id: number): MeetingInvite {
  const meeting = meetingOf(getMeeting(db, id), id);
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
