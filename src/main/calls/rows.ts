import type { CheckResult } from '../../shared/checker';
import type {
  Call,
  CallNote,
  CallNoteRevision,
  CallOutcome,
  NoteTag,
} from '../../shared/domain/call';
import type { LibraryCall, LibraryNote } from '../../shared/domain/data';
import { fromJsonColumn, toJsonColumn } from '../db/columns';
import type { Db } from '../db/open';
import { statement } from '../db/statements';

/**
 * The one place a `calls`, `call_insights`, `call_notes` or `call_note_revisions` row is mapped.
 * The repositories, the library JSON export and import and the sample data all go through it: a
 * new column is a migration plus an edit here (the row type, `toCall`/`toNote`, the library
 * mapping and the insert).
 */

/** A calls row as stored. */
export interface CallRow {
  id: number;
  prospect_id: number;
  plan_id: number | null;
  briefing_id: number | null;
  started_at: string;
  ended_at: string | null;
  opener: string;
  check_result: string | null;
  verdict: Call['verdict'];
  score: number | null;
  override_reason: string | null;
  outcome: CallOutcome | null;
  next_step: string;
  follow_up_on: string | null;
  follow_up_done_at: string | null;
  logged_after: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** A calls row as the repository's SELECT reads it: with the prospect's name and the insights used. */
export interface CallViewRow extends CallRow {
  prospect_name: string;
  /** A JSON array of insight ids. */
  insight_ids: string;
}

/** The columns the API's Call and the library's record both show, mapped once. */
function callFields(row: CallRow) {
  return {
    id: row.id,
    prospectId: row.prospect_id,
    planId: row.plan_id,
    briefingId: row.briefing_id,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    opener: row.opener,
    checkResult: fromJsonColumn<CheckResult>(row.check_result),
    verdict: row.verdict,
    score: row.score,
    overrideReason: row.override_reason,
    outcome: row.outcome,
    nextStep: row.next_step,
    followUpOn: row.follow_up_on,
    loggedAfter: row.logged_after === 1,
    createdAt: row.created_at,
  };
}

export function toCall(row: CallViewRow): Call {
  return {
    ...callFields(row),
    prospectName: row.prospect_name,
    insightIds: JSON.parse(row.insight_ids) as number[],
  };
}

export function toLibraryCall(row: CallRow, insightIds: number[]): LibraryCall {
  return {
    ...callFields(row),
    followUpDoneAt: row.follow_up_done_at,
    insightIds,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** Everything a calls row stores, as the library file carries it (insight links apart). */
export type CallRecord = Omit<LibraryCall, 'insightIds' | 'id'> & { id: number | null };

/** Named parameters for INSERT_CALL. */
export function fromCall(record: CallRecord) {
  return {
    id: record.id,
    prospectId: record.prospectId,
    planId: record.planId,
    briefingId: record.briefingId,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    opener: record.opener,
    checkResult: toJsonColumn(record.checkResult),
    verdict: record.verdict,
    score: record.score,
    overrideReason: record.overrideReason,
    outcome: record.outcome,
    nextStep: record.nextStep,
    followUpOn: record.followUpOn,
    followUpDoneAt: record.followUpDoneAt,
    loggedAfter: record.loggedAfter ? 1 : 0,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archivedAt: record.archivedAt,
  };
}

const INSERT_CALL = `INSERT INTO calls (id, prospect_id, plan_id, briefing_id, started_at, ended_at,
    opener, check_result, verdict, score, override_reason, outcome, next_step, follow_up_on,
    follow_up_done_at, logged_after, created_at, updated_at, archived_at)
  VALUES (@id, @prospectId, @planId, @briefingId, @startedAt, @endedAt,
    @opener, @checkResult, @verdict, @score, @overrideReason, @outcome, @nextStep, @followUpOn,
    @followUpDoneAt, @loggedAfter, @createdAt, @updatedAt, @archivedAt)
  RETURNING id`;

/**
 * Writes one calls row and the insights it used; every way a call enters the library goes
 * through here.
 */
export function insertCallRow(db: Db, record: CallRecord, insightIds: number[]): number {
  const { id } = statement(db, INSERT_CALL).get(fromCall(record)) as { id: number };
  const link = statement(
    db,
    'INSERT OR IGNORE INTO call_insights (call_id, insight_id) VALUES (@callId, @insightId)',
  );
  for (const insightId of insightIds) link.run({ callId: id, insightId });
  return id;
}

/** A call_notes row as stored. */
export interface NoteRow {
  id: number;
  call_id: number;
  offset_ms: number;
  body: string;
  tags: string;
  revision: number;
  client_id: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** A call_note_revisions row as stored. */
export interface NoteRevisionRow {
  note_id: number;
  revision: number;
  body: string;
  tags: string;
  saved_at: string;
  created_at: string;
}

/** A call_notes row as the repository's SELECT reads it: its history as one JSON array. */
export interface NoteViewRow extends NoteRow {
  /** JSON: [{ revision, body, tags, saved_at }] oldest first. */
  history: string;
}

interface HistoryEntry {
  revision: number;
  body: string;
  tags: NoteTag[];
  saved_at: string;
}

/** The columns the API's CallNote and the library's record both show, mapped once. */
function noteFields(row: NoteRow) {
  return {
    id: row.id,
    callId: row.call_id,
    offsetMs: row.offset_ms,
    body: row.body,
    tags: JSON.parse(row.tags) as NoteTag[],
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toNote(row: NoteViewRow): CallNote {
  return {
    ...noteFields(row),
    history: (JSON.parse(row.history) as HistoryEntry[]).map((entry): CallNoteRevision => ({
      revision: entry.revision,
      body: entry.body,
      tags: entry.tags,
      savedAt: entry.saved_at,
    })),
  };
}

export function toLibraryNote(row: NoteRow, history: NoteRevisionRow[]): LibraryNote {
  return {
    ...noteFields(row),
    history: history.map((entry) => ({
      revision: entry.revision,
      body: entry.body,
      tags: JSON.parse(entry.tags) as NoteTag[],
      savedAt: entry.saved_at,
      createdAt: entry.created_at,
    })),
    archivedAt: row.archived_at,
  };
}

/**
 * Everything a call_notes row stores, as the library file carries it (history apart). The
 * client id is the renderer's key for retrying one save, so it is not carried to another library.
 */
export type NoteRecord = Omit<LibraryNote, 'history' | 'id'> & {
  id: number | null;
  clientId: string | null;
};
export type NoteRevisionRecord = LibraryNote['history'][number];

const INSERT_NOTE = `INSERT INTO call_notes (id, call_id, offset_ms, body, tags, revision,
    client_id, created_at, updated_at, archived_at)
  VALUES (@id, @callId, @offsetMs, @body, @tags, @revision,
    @clientId, @createdAt, @updatedAt, @archivedAt)
  RETURNING id`;

/** Writes one call_notes row; every way a note enters the library goes through here. */
export function insertNoteRow(db: Db, record: NoteRecord): number {
  const { id } = statement(db, INSERT_NOTE).get({
    ...record,
    tags: JSON.stringify(record.tags),
  }) as { id: number };
  return id;
}

/** Writes one call_note_revisions row: a version an edit replaced. */
export function insertNoteRevisionRow(db: Db, noteId: number, entry: NoteRevisionRecord): void {
  statement(
    db,
    `INSERT INTO call_note_revisions (note_id, revision, body, tags, saved_at, created_at)
     VALUES (@noteId, @revision, @body, @tags, @savedAt, @createdAt)`,
  ).run({ noteId, ...entry, tags: JSON.stringify(entry.tags) });
}
