import { meetingEnd, type Meeting } from '../../shared/domain/meeting';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import { insertMeetingRow, toMeeting, type MeetingRow } from './rows';

const SELECT_MEETING = `
  SELECT m.*, p.name AS prospect_name, b.title AS briefing_title
  FROM meetings m
  JOIN prospects p ON p.id = m.prospect_id
  LEFT JOIN briefings b ON b.id = m.briefing_id`;

export interface NewMeeting {
  prospectId: number;
  callId: number | null;
  briefingId: number | null;
  title: string;
  startsAt: string;
  durationMinutes: number;
  attendees: string[];
}

export function insertMeeting(db: Db, meeting: NewMeeting): Meeting {
  const now = nowIso();
  const id = insertMeetingRow(db, {
    id: null,
    ...meeting,
    sequence: 0,
    createdAt: now,
    updatedAt: now,
    cancelledAt: null,
  });
  return getMeeting(db, id)!;
}

export function getMeeting(db: Db, id: number): Meeting | undefined {
  const row = statement(db, `${SELECT_MEETING} WHERE m.id = @id AND m.cancelled_at IS NULL`).get({
    id,
  }) as MeetingRow | undefined;
  return row && toMeeting(row);
}

/** A meeting whether or not it was cancelled: for its cancellation invite. */
export function getMeetingIncludingCancelled(db: Db, id: number): Meeting | undefined {
  const row = statement(db, `${SELECT_MEETING} WHERE m.id = @id`).get({ id }) as
    MeetingRow | undefined;
  return row && toMeeting(row);
}

export interface MeetingChange {
  title: string;
  startsAt: string;
  durationMinutes: number;
  attendees: string[];
}

/** Moves or changes a live meeting and raises its invite's sequence; false if there is none. */
export function updateMeeting(db: Db, id: number, change: MeetingChange): boolean {
  const now = nowIso();
  const startsAt = new Date(change.startsAt).toISOString();
  return (
    statement(
      db,
      `UPDATE meetings SET title = @title, starts_at = @startsAt, ends_at = @endsAt,
         duration_minutes = @durationMinutes, attendees = @attendees,
         sequence = sequence + 1, updated_at = @now
       WHERE id = @id AND cancelled_at IS NULL`,
    ).run({
      id,
      title: change.title,
      startsAt,
      endsAt: meetingEnd({ startsAt, durationMinutes: change.durationMinutes }),
      durationMinutes: change.durationMinutes,
      attendees: JSON.stringify(change.attendees),
      now,
    }).changes > 0
  );
}

/**
 * Links a briefing to the live meeting a call booked, when it has none yet; its invite's
 * description then carries the briefing, so the sequence rises.
 */
export function linkBriefingToCallMeeting(db: Db, callId: number, briefingId: number): void {
  statement(
    db,
    `UPDATE meetings SET briefing_id = @briefingId, sequence = sequence + 1, updated_at = @now
     WHERE call_id = @callId AND cancelled_at IS NULL AND briefing_id IS NULL`,
  ).run({ callId, briefingId, now: nowIso() });
}

/** Cancels a live meeting and raises its invite's sequence; false if there is none. */
export function cancelMeeting(db: Db, id: number): boolean {
  const now = nowIso();
  return (
    statement(
      db,
      `UPDATE meetings SET cancelled_at = @now, sequence = sequence + 1, updated_at = @now
       WHERE id = @id AND cancelled_at IS NULL`,
    ).run({ id, now }).changes > 0
  );
}

export function meetingForCall(db: Db, callId: number): Meeting | undefined {
  const row = statement(
    db,
    `${SELECT_MEETING} WHERE m.call_id = @callId AND m.cancelled_at IS NULL`,
  ).get({ callId }) as MeetingRow | undefined;
  return row && toMeeting(row);
}

/** Meetings that have not ended yet, soonest first (a meeting under way still counts). */
export function upcomingMeetings(db: Db, limit: number, now = nowIso()): Meeting[] {
  return (
    statement(
      db,
      `${SELECT_MEETING} WHERE m.cancelled_at IS NULL AND m.ends_at > @now
       ORDER BY m.starts_at, m.id LIMIT @limit`,
    ).all({ now, limit }) as MeetingRow[]
  ).map(toMeeting);
}

/** A prospect's meetings, newest first. */
export function meetingsForProspect(db: Db, prospectId: number): Meeting[] {
  return (
    statement(
      db,
      `${SELECT_MEETING} WHERE m.prospect_id = @prospectId AND m.cancelled_at IS NULL
       ORDER BY m.starts_at DESC, m.id DESC LIMIT 200`,
    ).all({ prospectId }) as MeetingRow[]
  ).map(toMeeting);
}

/** The meetings a briefing is for, soonest first. */
export function meetingsForBriefing(db: Db, briefingId: number): Meeting[] {
  return (
    statement(
      db,
      `${SELECT_MEETING} WHERE m.briefing_id = @briefingId AND m.cancelled_at IS NULL
       ORDER BY m.starts_at, m.id LIMIT 200`,
    ).all({ briefingId }) as MeetingRow[]
  ).map(toMeeting);
}

/** A call's meeting follows the call's briefing link when the outcome is corrected. */
export function cancelMeetingForCall(db: Db, callId: number): void {
  const now = nowIso();
  statement(
    db,
    `UPDATE meetings SET cancelled_at = @now, updated_at = @now
     WHERE call_id = @callId AND cancelled_at IS NULL`,
  ).run({ callId, now });
}
