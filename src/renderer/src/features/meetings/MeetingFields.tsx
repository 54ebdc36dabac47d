import { useRef, useState, type Ref } from 'react';
import type { ChannelInput } from '../../../../shared/api/contract';
import { TextField } from '../../ui/Field';
import './meetings.css';

/** What the rep types for a booked meeting, as the inputs hold it. */
export interface MeetingDraft {
  date: string;
  time: string;
  minutes: string;
  attendees: string;
}

export type MeetingInput = NonNullable<ChannelInput<'calls:end'>['meeting']>;

/** Field errors by their full path (`meeting.startsAt`), for MeetingFields. */
export function meetingErrors(
  fields: { path: string; message: string }[] | undefined,
): Record<string, string | undefined> {
  return Object.fromEntries((fields ?? []).map((field) => [field.path, field.message]));
}

export function emptyMeetingDraft(attendee: string, minutes: number | null): MeetingDraft {
  return { date: '', time: '10:00', minutes: String(minutes ?? 30), attendees: attendee };
}

/**
 * What the dialogs say when "Meeting booked" is chosen with no date: a booking without its day
 * would count as a meeting in the review but appear nowhere on Today or in an invite.
 */
const MEETING_DATE_MISSING =
  'Pick the day of the meeting: it goes on Today and into the invite (you can change it later).';

/**
 * The meeting a call booked, as the end-call and log-call dialogs ask for it: the draft, its
 * fields' props, and `take()`, which gives the meeting to send, or false when it has no day yet
 * (the date field then says so and takes focus).
 */
export function useBookedMeeting(attendee: string, theirs?: TheirZone) {
  const [draft, setDraft] = useState(() => emptyMeetingDraft(attendee, null));
  const [dateMissing, setDateMissing] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  return {
    dateRef,
    take: (): MeetingInput | false => {
      const input = meetingInput(draft);
      if (input) return input;
      setDateMissing(true);
      dateRef.current?.focus();
      return false;
    },
    fieldProps: (fields: { path: string; message: string }[] | undefined): Props => {
      const errors = meetingErrors(fields);
      return {
        value: draft,
        onChange: (next) => {
          setDraft(next);
          if (next.date) setDateMissing(false);
        },
        errors: dateMissing ? { ...errors, 'meeting.startsAt': MEETING_DATE_MISSING } : errors,
        dateRef,
        theirs,
      };
    },
  };
}

/**
 * The meeting to send, or null when no date was given (the dialogs ask for one before sending).
 * A date without a time is sent as it is and refused with the field's message.
 * The date and time are the rep's wall clock; the backend stores the instant in UTC. Values the
 * backend would refuse are sent as they are, so its message lands on the right field.
 */
export function meetingInput(draft: MeetingDraft): MeetingInput | null {
  if (!draft.date) return null;
  const start = new Date(`${draft.date}T${draft.time}`);
  return {
    startsAt: Number.isNaN(start.getTime()) ? `${draft.date}T${draft.time}` : start.toISOString(),
    durationMinutes: Number(draft.minutes),
    attendees: draft.attendees
      .split(/[\s,;]+/u)
      .map((email) => email.trim())
      .filter(Boolean),
  };
}

/** The prospect's name and IANA time zone, for saying when the meeting is for them. */
export interface TheirZone {
  name: string;
  timezone: string;
}

const dayOf = (date: Date) => date.toLocaleDateString('en-CA');

/**
 * What the time field means: the rep's own clock, named, and the same moment on the prospect's
 * clock ("Thursday at 10" said on the call was theirs). Without a date yet, today's is used.
 */
export function meetingTimeHint(draft: MeetingDraft, theirs?: TheirZone, now = new Date()): string {
  const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const yours = `Your time (${mine.replace(/_/gu, ' ')}).`;
  const start = new Date(`${draft.date || dayOf(now)}T${draft.time || '00:00'}`);
  if (!theirs?.timezone || theirs.timezone === mine || Number.isNaN(start.getTime())) return yours;
  try {
    const theirDay = start.toLocaleDateString('en-CA', { timeZone: theirs.timezone });
    const theirTime = new Intl.DateTimeFormat(undefined, {
      timeZone: theirs.timezone,
      hour: 'numeric',
      minute: '2-digit',
      ...(theirDay === dayOf(start) ? {} : { weekday: 'short' }),
    }).format(start);
    return `Your time (${mine.replace(/_/gu, ' ')}): ${theirTime} for ${theirs.name} (${theirs.timezone.replace(/_/gu, ' ')}).`;
  } catch {
    // A zone the browser does not know: the rep's own clock is still right.
    return yours;
  }
}

interface Props {
  value: MeetingDraft;
  onChange: (draft: MeetingDraft) => void;
  /** Field errors from the backend, keyed by `meeting.startsAt` and so on. */
  errors: Record<string, string | undefined>;
  /** The date field, for a dialog that opens on it. */
  dateRef?: Ref<HTMLInputElement>;
  /** The prospect's zone: the time field says what it is on their clock. */
  theirs?: TheirZone;
}

/** Date, time, length and attendees of a booked meeting, for ending or logging a call. */
export function MeetingFields({ value, onChange, errors, dateRef, theirs }: Props) {
  const set = (field: keyof MeetingDraft) => (event: { target: { value: string } }) =>
    onChange({ ...value, [field]: event.target.value });
  const attendeeError = Object.entries(errors).find(([path]) =>
    path.startsWith('meeting.attendees'),
  )?.[1];
  return (
    <fieldset className="meeting-fields">
      <legend>The meeting</legend>
      <div className="meeting-when-fields">
        <TextField
          label="Date"
          ref={dateRef}
          type="date"
          value={value.date}
          onChange={set('date')}
          error={errors['meeting.startsAt']}
        />
        <TextField
          label="Time"
          type="time"
          value={value.time}
          onChange={set('time')}
          hint={meetingTimeHint(value, theirs)}
        />
        <TextField
          label="Length (minutes)"
          type="number"
          // No min/max: the browser's own bubble would hide the backend's message (5–480 min).
          step={5}
          value={value.minutes}
          onChange={set('minutes')}
          error={errors['meeting.durationMinutes']}
        />
      </div>
      <TextField
        label="Attendees"
        value={value.attendees}
        onChange={set('attendees')}
        placeholder="dana@company.com, cfo@company.com"
        error={attendeeError}
        hint="Email addresses, separated by commas. The invite (.ics) lists them."
      />
    </fieldset>
  );
}
