import type { ExportedFile } from '../../shared/domain/data';
import type { ExportKind } from '../../shared/domain/jobs';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { parseJsonArray } from '../db/time';
import { insightRows } from '../insights/rows';
import { insightTrackRecordColumns } from '../insights/track-record';
import { prospectRows } from '../prospects/rows';
import { datedFilename, toCsv, type CsvValue } from './csv-write';

export const CSV_TYPE = 'text/csv';

/**
 * One CSV export as its parts: the header, the rows (read lazily, one statement step at a time)
 * and how many there are, so the worker can write it in slices and report progress.
 */
export interface CsvTable {
  what: string;
  header: readonly string[];
  count(): number;
  rows(): Iterable<readonly CsvValue[]>;
}

/** The whole file at once: for the small exports of the tests and the legacy channels. */
const wholeFile = (table: CsvTable): ExportedFile => ({
  filename: datedFilename(table.what, 'csv'),
  content: toCsv(table.header, table.rows()),
  type: CSV_TYPE,
});

export const csvTables: Record<Exclude<ExportKind, 'library-json'>, (db: Db) => CsvTable> = {
  'prospects-csv': (db) => prospectsTable(db),
  'insights-csv': (db) => insightsTable(db),
  'calls-csv': (db) => callsTable(db),
};

export const exportProspectsCsv = (db: Db): ExportedFile => wholeFile(prospectsTable(db));
export const exportInsightsCsv = (db: Db): ExportedFile => wholeFile(insightsTable(db));
export const exportCallsCsv = (db: Db): ExportedFile => wholeFile(callsTable(db));

const countOf = (db: Db, sql: string) => () => statement(db, sql).pluck().get() as number;

/**
 * Headers a rep recognises in a spreadsheet, and that our import maps back by itself. Archived
 * records are included with their status, so an export is the whole of the rep's data.
 */
function prospectsTable(db: Db): CsvTable {
  const rows = () =>
    statement(
      db,
      `SELECT p.*,
       (SELECT count(*) FROM calls c WHERE c.prospect_id = p.id AND c.archived_at IS NULL) AS calls,
       (SELECT count(*) FROM calls c WHERE c.prospect_id = p.id AND c.archived_at IS NULL
          AND c.outcome = 'meeting_booked') AS meetings
     FROM prospects p ORDER BY p.name COLLATE NOCASE, p.id`,
    ).iterate() as IterableIterator<
      StoredRow & { last_contact_at: string | null; calls: number; meetings: number }
    >;
  const header = [
    ...prospectRows.csvHeaders,
    'Last Contact',
    'Calls',
    'Meetings',
    'Status',
    'Created',
    'Updated',
  ];
  return {
    what: 'prospects',
    header,
    count: countOf(db, 'SELECT count(*) FROM prospects'),
    rows: () =>
      map(rows(), (row) => [
        ...prospectRows.toCells(prospectRows.fromRow(row)),
        row.last_contact_at,
        row.calls,
        row.meetings,
        ...status(row),
      ]),
  };
}

// The same track record the library shows, counted by the same SQL.
// eslint-disable-next-line oneup/no-dynamic-sql -- track-record.ts builds these columns from its own const fragments around the fixed alias given here; the rule does not follow imports
const INSIGHT_TRACK_RECORD = insightTrackRecordColumns('i.id');

function insightsTable(db: Db): CsvTable {
  const rows = () =>
    statement(
      db,
      `SELECT i.*, ${INSIGHT_TRACK_RECORD}
     FROM insights i ORDER BY i.headline COLLATE NOCASE, i.id`,
    ).iterate() as IterableIterator<StoredRow & { times_used: number; meetings_booked: number }>;
  const header = [
    ...insightRows.csvHeaders,
    'Times Used',
    'Meetings Booked',
    'Status',
    'Created',
    'Updated',
  ];
  return {
    what: 'insights',
    header,
    count: countOf(db, 'SELECT count(*) FROM insights'),
    rows: () =>
      map(rows(), (row) => [
        ...insightRows.toCells(insightRows.fromRow(row)),
        row.times_used,
        row.meetings_booked,
        ...status(row),
      ]),
  };
}

/** A stored row with its counts, read through the table's rows.ts. */
type StoredRow = Record<string, unknown> & {
  created_at: string;
  updated_at: string;
  archived_at: string | null;
};

/** The Status, Created and Updated cells every record export ends with. */
const status = (row: StoredRow) => [
  row.archived_at ? 'archived' : 'active',
  row.created_at,
  row.updated_at,
];

/** One row per call: who, when, the opener as dialed, its check, how it ended, and its notes. */
function callsTable(db: Db): CsvTable {
  const rows = () =>
    statement(
      db,
      `SELECT c.started_at, c.ended_at, p.name AS prospect, p.company, c.outcome, c.verdict, c.score,
       c.opener, c.override_reason, c.next_step, c.follow_up_on, c.logged_after,
       (SELECT coalesce(json_group_array(i.headline), '[]') FROM call_insights ci
          JOIN insights i ON i.id = ci.insight_id WHERE ci.call_id = c.id) AS insights,
       (SELECT coalesce(json_group_array(json_array(n.offset_ms, n.body)), '[]') FROM
          (SELECT offset_ms, body FROM call_notes WHERE call_id = c.id AND archived_at IS NULL
             ORDER BY offset_ms, id) n) AS notes
     FROM calls c JOIN prospects p ON p.id = c.prospect_id
     WHERE c.archived_at IS NULL
     ORDER BY c.started_at DESC, c.id DESC`,
    ).iterate() as IterableIterator<{
      started_at: string;
      ended_at: string | null;
      prospect: string;
      company: string;
      outcome: string | null;
      verdict: string | null;
      score: number | null;
      opener: string;
      override_reason: string | null;
      next_step: string;
      follow_up_on: string | null;
      logged_after: number;
      insights: string;
      notes: string;
    }>;
  const header = [
    'Started',
    'Ended',
    'Prospect',
    'Company',
    'Outcome',
    'Check Verdict',
    'Check Score',
    'Opener',
    'Override Reason',
    'Next Step',
    'Follow Up On',
    'Logged After',
    'Insights',
    'Notes',
  ];
  return {
    what: 'calls',
    header,
    count: countOf(db, 'SELECT count(*) FROM calls WHERE archived_at IS NULL'),
    rows: () =>
      map(rows(), (row) => [
        row.started_at,
        row.ended_at,
        row.prospect,
        row.company,
        row.outcome?.replace(/_/gu, ' ') ?? '',
        row.verdict?.replace(/_/gu, ' ') ?? '',
        row.score,
        row.opener,
        row.override_reason,
        row.next_step,
        row.follow_up_on,
        row.logged_after === 1 ? 'yes' : 'no',
        parseJsonArray(row.insights).join('; '),
        (JSON.parse(row.notes) as [number, string][])
          .map(([offset, body]) => `[${clock(offset)}] ${body}`)
          .join('\n'),
      ]),
  };
}

/** 83000 ms → "1:23". */
function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function* map<T, U>(items: Iterable<T>, project: (item: T) => U): Iterable<U> {
  for (const item of items) yield project(item);
}
