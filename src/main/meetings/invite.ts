import { createEvent } from 'ics';
import type { Briefing } from '../../shared/domain/briefing';
import { meetingEnd, type Meeting, type MeetingInvite } from '../../shared/domain/meeting';
import type { Prospect } from '../../shared/domain/prospect';
import { briefingToMarkdown } from '../briefings/markdown';
import { fileStem } from '../../shared/file-name';

export interface InviteContext {
  meeting: Meeting;
  prospect: Prospect;
  /** The briefing the meeting is for: its document goes into the invite's description. */
  briefing: Briefing | null;
  organizer: { name: string; company: string };
}

/** `[2026, 12, 10, 14, 30]` in UTC: the form `ics` takes with `startInputType: 'utc'`. */
function utcParts(iso: string): [number, number, number, number, number] {
  const date = new Date(iso);
  return [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
  ];
}

/**
 * The meeting as an RFC 5545 event the rep opens in their calendar and sends on from there.
 * METHOD:PUBLISH rather than REQUEST: a REQUEST must name an organizer's address, and OneUp
 * does not know the rep's; the calendar that sends the invitation adds it. Times are written in UTC, so the calendar shows them in whatever zone it is set to. The
 * briefing is attached as its Markdown document in the description: a calendar cannot open a
 * link into a desktop app, but every calendar shows the text.
 */
export function meetingInvite({
  meeting,
  prospect,
  briefing,
  organizer,
}: InviteContext): MeetingInvite {
  const cancelled = meeting.cancelledAt !== null;
  const description = [
    cancelled ? 'Cancelled. ' : '',
    `Meeting with ${prospect.name}${prospect.company ? ` (${prospect.company})` : ''}`,
    organizer.name ? `, booked by ${organizerName(organizer)}.` : '.',
    briefing ? `\nBriefing:\n\n${briefingToMarkdown(briefing).markdown}` : '',
  ].join('');
  const result = createEvent({
    uid: `meeting-${meeting.id}-${meeting.createdAt.replace(/[^0-9]/gu, '')}@oneup.local`,
    productId: 'OneUp',
    // A cancellation goes out as METHOD:CANCEL with the same UID and a higher SEQUENCE, which is
    // what tells a calendar to remove the event it already has (RFC 5546 §3.2.5).
    method: cancelled ? 'CANCEL' : 'PUBLISH',
    sequence: meeting.sequence,
    title: meeting.title,
    description,
    start: utcParts(meeting.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(meetingEnd(meeting)),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    attendees: meeting.attendees.map((email) => ({
      email,
      // Without a name, `ics` writes "Unnamed attendee"; the address reads better.
      name: email.toLowerCase() === prospect.email.toLowerCase() ? prospect.name : email,
      rsvp: true,
      role: 'REQ-PARTICIPANT' as const,
      partstat: 'NEEDS-ACTION' as const,
    })),
  });
  if (result.error || !result.value) {
    // Every field was validated on the way in, so this is a bug, not bad input.
    throw result.error ?? new Error('The invite could not be written.');
  }
  const filename = inviteFilename(meeting);
  return { filename: cancelled ? `Cancelled ${filename}` : filename, ics: result.value };
}

function organizerName(organizer: { name: string; company: string }): string {
  return organizer.company ? `${organizer.name} (${organizer.company})` : organizer.name;
}

/** `Meeting with Dana Whitfield 2026-12-10.ics`, in characters every file system accepts. */
export function inviteFilename(meeting: Pick<Meeting, 'title' | 'startsAt'>): string {
  const base = fileStem(meeting.title, 70);
  return `${base || 'meeting'} ${meeting.startsAt.slice(0, 10)}.ics`;
}
