import { z } from 'zod';
import { LIMITS, emailField, idField, lineText } from './fields';

/** A meeting the rep booked, usually on a call: when, how long, who comes, which briefing. */
export interface Meeting {
  id: number;
  prospectId: number;
  prospectName: string;
  /** The call it was booked on; null for a meeting booked elsewhere. */
  callId: number | null;
  briefingId: number | null;
  briefingTitle: string | null;
  title: string;
  /** An ISO-8601 UTC instant. */
  startsAt: string;
  durationMinutes: number;
  /** Email addresses invited besides the rep; the prospect's own address comes first when known. */
  attendees: string[];
  /** The invite's iCalendar SEQUENCE: 0 when booked, one more for each edit and the cancellation. */
  sequence: number;
  /** When the rep cancelled it; a cancelled meeting is listed nowhere, but its invite says so. */
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The calendar file for one meeting: what the renderer offers as a download. */
export interface MeetingInvite {
  filename: string;
  /** RFC 5545 text (CRLF line endings, folded lines). */
  ics: string;
}

export const MEETING_LIMITS = {
  minMinutes: 5,
  maxMinutes: 480,
  attendees: 30,
  title: 200,
} as const;

const isoInstant = z.iso.datetime({
  offset: true,
  message: 'Use a date and time like 2026-12-10T14:30:00Z.',
});

/** What the rep fills in when a call books a meeting. */
export const meetingFields = z.strictObject({
  startsAt: isoInstant,
  durationMinutes: z
    .number('Enter the length in minutes.')
    .int('Enter whole minutes.')
    .min(
      MEETING_LIMITS.minMinutes,
      `A meeting lasts at least ${MEETING_LIMITS.minMinutes} minutes.`,
    )
    .max(
      MEETING_LIMITS.maxMinutes,
      `A meeting lasts at most ${MEETING_LIMITS.maxMinutes} minutes.`,
    ),
  attendees: z
    .array(emailField.refine((value) => value !== '', 'An attendee needs an email address.'))
    .max(MEETING_LIMITS.attendees, `At most ${MEETING_LIMITS.attendees} attendees.`)
    // The same address twice (in any case) is one attendee: the first spelling is kept.
    .transform((emails) => {
      const seen = new Set<string>();
      return emails.filter((email) => {
        const key = email.toLowerCase();
        return seen.has(key) ? false : (seen.add(key), true);
      });
    })
    .default([]),
  /** Defaults to "Briefing: <title>" or "Meeting with <prospect>". */
  title: lineText(MEETING_LIMITS.title).default(''),
});

export const meetingCreateInput = meetingFields.extend({
  prospectId: idField,
  callId: idField.nullable().optional(),
  briefingId: idField.nullable().optional(),
});

/**
 * A booked meeting moved or changed: the same fields as booking it, under `meeting` so a field's
 * error path (`meeting.startsAt`) is the one the booking form shows. An empty title keeps the title.
 */
export const meetingUpdateInput = z.strictObject({
  id: idField,
  meeting: meetingFields,
});

export const meetingUpcomingInput = z
  .strictObject({
    limit: z.number().int().min(1).max(LIMITS.pageSize).default(20),
  })
  .optional()
  .transform((input) => input ?? { limit: 20 });

export const meetingsForProspectInput = z.strictObject({ prospectId: idField });
export const meetingsForBriefingInput = z.strictObject({ briefingId: idField });

/** When the meeting ends, as an ISO instant. */
export function meetingEnd(meeting: Pick<Meeting, 'startsAt' | 'durationMinutes'>): string {
  return new Date(Date.parse(meeting.startsAt) + meeting.durationMinutes * 60_000).toISOString();
}
