import type { LibraryMeeting } from '../../shared/domain/data';
import { meetingEnd, type Meeting } from '../../shared/domain/meeting';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { parseJsonArray } from '../db/time';

/**
 * The one place a `meetings` row is mapped. The repository, the library JSON export and import
 * and the sample data all go through it: a new column is a migration plus an edit here.
 */

/** A meetings row as stored. */
export interface MeetingStoredRow {
  id: number;
  prospect_id: number;
  call_id: number | null;
  briefing_id: number | null;
  title: string;
  starts_at: string;
  ends_at: string;
  duration_minutes: number;
  attendees: string;
  sequence: number;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A meetings row as the repository's SELECT reads it, joined with the prospect's name and briefing title. */
export interface MeetingRow extends MeetingStoredRow {
  prospect_name: string;
  briefing_title: string | null;
}

/** The columns the API's Meeting and the library's record both show, mapped once. */
function meetingFields(row: MeetingStoredRow) {
  return {
    id: row.id,
    prospectId: row.prospect_id,
    callId: row.call_id,
    briefingId: row.briefing_id,
    title: row.title,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    attendees: parseJsonArray(row.attendees),
    sequence: row.sequence,
    cancelledAt: row.cancelled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toMeeting(row: MeetingRow): Meeting {
  return {
    ...meetingFields(row),
    prospectName: row.prospect_name,
    briefingTitle: row.briefing_title,
  };
}

/** ends_at is not carried: it is startsAt plus the duration, worked out again on insert. */
export function toLibraryMeeting(row: MeetingStoredRow): LibraryMeeting {
  return meetingFields(row);
}

/** Everything a meetings row stores, as the library file carries it. */
export type MeetingRecord = Omit<LibraryMeeting, 'id'> & { id: number | null };

/** Named parameters for INSERT_MEETING; the start is stored as a UTC instant. */
export function fromMeeting(record: MeetingRecord) {
  const startsAt = new Date(record.startsAt).toISOString();
  return {
    ...record,
    startsAt,
    endsAt: meetingEnd({ startsAt, durationMinutes: record.durationMinutes }),
    attendees: JSON.stringify(record.attendees),
  };
}

const INSERT_MEETING = `INSERT INTO meetings (id, prospect_id, call_id, briefing_id, title,
    starts_at, ends_at, duration_minutes, attendees, sequence, created_at, updated_at, cancelled_at)
  VALUES (@id, @prospectId, @callId, @briefingId, @title,
    @startsAt, @endsAt, @durationMinutes, @attendees, @sequence, @createdAt, @updatedAt, @cancelledAt)
  RETURNING id`;

/** Writes one meetings row; every way a meeting enters the library goes through here. */
export function insertMeetingRow(db: Db, record: MeetingRecord): number {
  return (statement(db, INSERT_MEETING).get(fromMeeting(record)) as { id: number }).id;
}
