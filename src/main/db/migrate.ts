import type Database from 'better-sqlite3';
import { APPLICATION_ID } from './constants';
import { migration001Initial } from './migrations/001-initial';
import { migration002PlanReferral } from './migrations/002-plan-referral';
import { migration003CallNotes } from './migrations/003-call-notes';
import { migration004ReviewIndexes } from './migrations/004-review-indexes';
import { migration005Revisions } from './migrations/005-revisions';
import { migration006TodaySample } from './migrations/006-today-sample';
import { migration007Meetings } from './migrations/007-meetings';
import { migration008MeetingSequenceLastActivity } from './migrations/008-meeting-sequence-last-activity';
import { migration009NoteIndexMergeOffAdd } from './migrations/009-note-index-merge-off-add';
import { migration010InsightSearchImpacts } from './migrations/010-insight-search-impacts';

export type Migration = (db: Database.Database) => void;

/** In order; migration N brings the schema from user_version N-1 to N. Never edit a shipped one. */
export const migrations: readonly Migration[] = [
  migration001Initial,
  migration002PlanReferral,
  migration003CallNotes,
  migration004ReviewIndexes,
  migration005Revisions,
  migration006TodaySample,
  migration007Meetings,
  migration008MeetingSequenceLastActivity,
  migration009NoteIndexMergeOffAdd,
  migration010InsightSearchImpacts,
];

/** Runs the pending migrations in one transaction, so a failure leaves the old schema intact. */
export function runMigrations(
  db: Database.Database,
  list: readonly Migration[] = migrations,
): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= list.length) return;
  db.transaction(() => {
    if (current === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (let version = current + 1; version <= list.length; version++) {
      list[version - 1]!(db);
    }
    db.pragma(`user_version = ${list.length}`);
  }).immediate();
}
