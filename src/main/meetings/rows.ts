import type { Meeting } from '../../shared/domain/meeting';
import { parseJsonArray } from '../db/time';

/** A meetings row as the repository's SELECT reads it, joined with the prospect's name and briefing title. */
export interface MeetingRow {
  id: number;
  prospect_id: number;
  prospect_name: string;
  call_id: number | null;
  briefing_id: number | null;
  briefing_title: string | null;
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

export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    prospectId: row.prospect_id,
    prospectName: row.prospect_name,
    callId: row.call_id,
    briefingId: row.briefing_id,
    briefingTitle: row.briefing_title,
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
