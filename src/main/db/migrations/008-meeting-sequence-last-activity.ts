import type Database from 'better-sqlite3';

/**
 * Two columns for the rep's day:
 * - `prospects.last_activity_on`: the last activity date a CRM export carries (HubSpot's "Last
 *   Activity Date"), as an ISO date, '' when unknown. OneUp's own calls keep `last_contact_at`;
 *   this is what happened before the prospect came into OneUp.
 * - `meetings.sequence`: the iCalendar SEQUENCE of the meeting's invite. Each edit or the
 *   cancellation raises it, so a calendar that already has the invite (same UID) takes the newer
 *   one instead of keeping both.
 */
export function migration008MeetingSequenceLastActivity(db: Database.Database): void {
  db.exec(`
    ALTER TABLE prospects ADD COLUMN last_activity_on TEXT NOT NULL DEFAULT ''
      CHECK (last_activity_on = '' OR last_activity_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
    ALTER TABLE meetings ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0);
  `);
}
