import {
  LIBRARY_COLLECTIONS,
  LIBRARY_FORMAT,
  LIBRARY_VERSION,
  libraryEnvelope,
  libraryRecordSchemas,
  type ExportedFile,
  type LibraryCollection,
  type LibraryDocument,
  type LibraryImportResult,
  type LibraryPreview,
  type LibraryRefusal,
} from '../../shared/domain/data';
import { ApiFailure } from '../api/errors';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import {
  insertBriefingItemRow,
  insertBriefingRow,
  toLibraryBriefing,
  type BriefingItemRow,
  type BriefingRow,
} from '../briefings/rows';
import {
  insertCallRow,
  insertNoteRevisionRow,
  insertNoteRow,
  toLibraryCall,
  toLibraryNote,
  type CallRow,
  type NoteRevisionRow,
  type NoteRow,
} from '../calls/rows';
import { insertInsight } from '../insights/repository';
import { insightRows } from '../insights/rows';
import { insertMeetingRow, toLibraryMeeting, type MeetingStoredRow } from '../meetings/rows';
import {
  insertPlanInsightRow,
  insertPlanRow,
  toLibraryPlan,
  type PlanInsightRow,
  type PlanRow,
} from '../plans/rows';
import { insertProspect } from '../prospects/repository';
import { prospectRows } from '../prospects/rows';
import { insertSampleRecordRow, toLibrarySampleRecord, type SampleRecordRow } from '../sample/rows';
import { datedFilename } from './csv-write';
import { parseJsonFile } from './table';

/**
 * The whole library as one versioned JSON document: every prospect, insight, briefing, call plan,
 * call and note, archived ones included, with their ids, links and timestamps. Importing it into
 * an empty library restores exactly that (same ids, so every link holds).
 */
export function exportLibrary(db: Db, now = new Date()): LibraryDocument {
  const all = <T>(sql: string) => statement(db, sql).all() as T[];
  const prospects = all<Record<string, string | number | null>>(
    'SELECT * FROM prospects ORDER BY id',
  ).map((row) => ({
    id: row.id as number,
    ...prospectRows.fromRow(row),
    lastContactAt: row.last_contact_at as string | null,
    ...stamps(row),
  }));
  const insights = all<Record<string, string | number | null>>(
    'SELECT * FROM insights ORDER BY id',
  ).map((row) => ({ id: row.id as number, ...insightRows.fromRow(row), ...stamps(row) }));
  const items = groupBy(
    all<BriefingItemRow>('SELECT * FROM briefing_items ORDER BY briefing_id, position, id'),
    'briefing_id',
  );
  const briefings = all<BriefingRow>('SELECT * FROM briefings ORDER BY id').map((row) =>
    toLibraryBriefing(row, items.get(row.id) ?? []),
  );
  const planInsights = groupBy(
    all<PlanInsightRow>('SELECT * FROM call_plan_insights ORDER BY plan_id, position'),
    'plan_id',
  );
  const plans = all<PlanRow>('SELECT * FROM call_plans ORDER BY id').map((row) =>
    toLibraryPlan(row, planInsights.get(row.id) ?? []),
  );
  const callInsights = groupBy(
    all<{ call_id: number; insight_id: number }>(
      'SELECT * FROM call_insights ORDER BY call_id, insight_id',
    ),
    'call_id',
  );
  const calls = all<CallRow>('SELECT * FROM calls ORDER BY id').map((row) =>
    toLibraryCall(
      row,
      (callInsights.get(row.id) ?? []).map((link) => link.insight_id),
    ),
  );
  const history = groupBy(
    all<NoteRevisionRow>('SELECT * FROM call_note_revisions ORDER BY note_id, revision'),
    'note_id',
  );
  const notes = all<NoteRow>('SELECT * FROM call_notes ORDER BY id').map((row) =>
    toLibraryNote(row, history.get(row.id) ?? []),
  );
  const meetings = all<MeetingStoredRow>('SELECT * FROM meetings ORDER BY id').map(
    toLibraryMeeting,
  );
  const sampleRecords = all<SampleRecordRow>(
    'SELECT * FROM sample_records ORDER BY table_name, row_id',
  ).map(toLibrarySampleRecord);
  return {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    exportedAt: now.toISOString(),
    prospects,
    insights,
    briefings,
    plans,
    calls,
    notes,
    meetings,
    sampleRecords,
  };
}

export function exportLibraryJson(db: Db): ExportedFile {
  return {
    filename: datedFilename('library', 'json'),
    content: `${JSON.stringify(exportLibrary(db), null, 2)}\n`,
    type: 'application/json',
  };
}

function stamps(row: Record<string, unknown>) {
  return {
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    archivedAt: row.archived_at as string | null,
  };
}

function groupBy<Row, Key extends keyof Row>(rows: Row[], key: Key): Map<Row[Key], Row[]> {
  const groups = new Map<Row[Key], Row[]>();
  for (const row of rows) {
    const id = row[key];
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

function isEmpty(db: Db): boolean {
  return (
    statement(
      db,
      `SELECT (SELECT count(*) FROM prospects) + (SELECT count(*) FROM insights)
         + (SELECT count(*) FROM briefings) AS n`,
    )
      .pluck()
      .get() === 0
  );
}

/** A library file read and checked: the records that pass every rule, and why the others do not. */
export interface CheckedLibrary {
  exportedAt: string;
  /** The records that pass every rule and refer only to records that do too. */
  doc: LibraryDocument;
  inFile: LibraryImportResult;
  refusedRecords: number;
  /** Every refusal, in file order (kinds in the order the file lists them). */
  refusals: LibraryRefusal[];
}

type Reference = [field: string, collection: LibraryCollection, id: number | null];

/** What each kind of record refers to; a reference to a refused record refuses this one too. */
const REFERENCES: {
  [K in LibraryCollection]: (record: LibraryDocument[K][number]) => Reference[];
} = {
  prospects: () => [],
  insights: () => [],
  briefings: (b) => [
    ['prospectId', 'prospects', b.prospectId],
    ...b.items.map((item, index): Reference => [
      `items[${index}].insightId`,
      'insights',
      item.insightId,
    ]),
  ],
  plans: (p) => [
    ['prospectId', 'prospects', p.prospectId],
    ['briefingId', 'briefings', p.briefingId],
    ...p.insights.map((link, index): Reference => [
      `insights[${index}].insightId`,
      'insights',
      link.insightId,
    ]),
  ],
  calls: (c) => [
    ['prospectId', 'prospects', c.prospectId],
    ['planId', 'plans', c.planId],
    ['briefingId', 'briefings', c.briefingId],
    ...c.insightIds.map((insightId, index): Reference => [
      `insightIds[${index}]`,
      'insights',
      insightId,
    ]),
  ],
  notes: (n) => [['callId', 'calls', n.callId]],
  meetings: (m) => [
    ['prospectId', 'prospects', m.prospectId],
    ['callId', 'calls', m.callId],
    ['briefingId', 'briefings', m.briefingId],
  ],
};

/** The field that names a record for the rep, by kind. */
const LABEL_FIELD: Record<LibraryCollection, string> = {
  prospects: 'name',
  insights: 'headline',
  briefings: 'title',
  plans: 'objective',
  calls: 'opener',
  notes: 'body',
  meetings: 'title',
};

/**
 * Reads a library document from text and checks every record with the create channels' rules
 * (data.ts). A file that is not a library, or whose structure is broken, is refused whole with a
 * message the rep can act on; a record that breaks a field rule is listed with its path, as is
 * every record that refers to it (a call of a refused prospect cannot be restored without it).
 */
export function checkLibrary(text: string): CheckedLibrary {
  const value = parseJsonFile(text);
  const header = value as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== LIBRARY_FORMAT) {
    throw new ApiFailure(
      'invalid_input',
      'This is not a OneUp library export (it lacks "format": "oneup-library"). To import prospects or insights from JSON, use the import above.',
    );
  }
  if (typeof header.version === 'number' && header.version > LIBRARY_VERSION) {
    throw new ApiFailure(
      'invalid_input',
      `This library was exported by a newer OneUp (format version ${header.version}). Update OneUp to import it.`,
    );
  }
  const envelope = libraryEnvelope.safeParse(value);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    throw new ApiFailure(
      'invalid_input',
      `The library file is damaged at ${issue.path.join('.') || 'its top level'}: ${issue.message}. Nothing was imported.`,
    );
  }
  const file = envelope.data;
  const refusals: LibraryRefusal[] = [];
  const refusedIds = new Map<LibraryCollection, Map<number, string>>();
  const doc = {} as { [K in LibraryCollection]: LibraryDocument[K] };
  const inFile = {} as LibraryImportResult;
  let refusedRecords = 0;
  // Kinds in dependency order: whatever a record refers to has been decided before it.
  for (const collection of LIBRARY_COLLECTIONS) {
    const refused = new Map<number, string>();
    refusedIds.set(collection, refused);
    const kept: unknown[] = [];
    file[collection].forEach((raw, index) => {
      const checked = checkRecord(collection, raw, refusedIds);
      if ('record' in checked) {
        kept.push(checked.record);
        return;
      }
      const record = `${collection}[${index}]`;
      const label = labelOf(raw, LABEL_FIELD[collection]);
      for (const problem of checked.problems) {
        refusals.push({
          record,
          path: problem.field ? `${record}.${problem.field}` : record,
          label,
          message: problem.message,
        });
      }
      refusedRecords++;
      const rawId = (raw as { id?: unknown } | null)?.id;
      if (typeof rawId === 'number') refused.set(rawId, record);
    });
    (doc as Record<LibraryCollection, unknown[]>)[collection] = kept;
    inFile[collection] = file[collection].length;
  }
  return {
    exportedAt: file.exportedAt,
    doc: {
      format: LIBRARY_FORMAT,
      version: LIBRARY_VERSION,
      exportedAt: file.exportedAt,
      ...doc,
      sampleRecords: file.sampleRecords,
    },
    inFile,
    refusedRecords,
    refusals,
  };
}

interface Problem {
  /** Relative to the record: `email`, `items[0].insightId`; empty for the record as a whole. */
  field: string;
  message: string;
}

/** The record as it will be restored, or what keeps it out. */
function checkRecord(
  collection: LibraryCollection,
  raw: unknown,
  refusedIds: Map<LibraryCollection, Map<number, string>>,
): { record: unknown } | { problems: Problem[] } {
  const parsed = libraryRecordSchemas[collection].safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        field: fieldPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const references = (REFERENCES[collection] as (record: unknown) => Reference[])(parsed.data);
  const problems = references.flatMap(([field, target, id]) => {
    const refused = id === null ? undefined : refusedIds.get(target)?.get(id);
    return refused ? [{ field, message: `Refers to ${refused}, which is refused.` }] : [];
  });
  return problems.length > 0 ? { problems } : { record: parsed.data };
}

/** `['items', 0, 'insightId']` → `items[0].insightId`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * The record's name as the rep would know it, cut short. Control and format characters (the
 * direction overrides a record may be refused for) are shown as U+FFFD, so the list itself
 * cannot be turned around.
 */
function labelOf(raw: unknown, field: string): string {
  const value = (raw as Record<string, unknown> | null)?.[field];
  if (typeof value !== 'string') return '';
  const oneLine = value
    .replace(/[\r\n\t]+/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD')
    .trim();
  return oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
}

const MAX_LISTED_REFUSALS = 200;
/** As the router does for field errors: enough to act on, never a huge message. */
const MAX_REFUSAL_FIELDS = 50;

/** What restoring the checked file would do, for the rep to confirm (or cancel) first. */
export function previewLibrary(db: Db, uploadId: string, checked: CheckedLibrary): LibraryPreview {
  refuseUnlessEmpty(db);
  return {
    uploadId,
    exportedAt: checked.exportedAt,
    inFile: checked.inFile,
    toRestore: countsOf(checked.doc),
    refusedRecords: checked.refusedRecords,
    refused: checked.refusals.slice(0, MAX_LISTED_REFUSALS),
  };
}

/**
 * Restores a checked library into an empty library, ids and all. Into a library that already
 * has records it would either duplicate them or collide with their ids, so that is refused; the
 * CSV/JSON import is the way to add prospects or insights to a library in use. Refused records
 * are left out only when the rep chose that after seeing them; otherwise nothing is written.
 * The handler's transaction makes it all or nothing.
 */
export function importLibrary(
  db: Db,
  checked: CheckedLibrary,
  skipRefused = false,
): LibraryImportResult {
  refuseUnlessEmpty(db);
  if (checked.refusedRecords > 0 && !skipRefused) {
    const first = checked.refusals[0]!;
    const n = checked.refusedRecords;
    throw new ApiFailure(
      'invalid_input',
      `${n} ${n === 1 ? 'record' : 'records'} in the library file cannot be restored (first: ${first.path}: ${first.message}). Fix the file, or choose to leave ${n === 1 ? 'it' : 'them'} out. Nothing was imported.`,
      checked.refusals.slice(0, MAX_REFUSAL_FIELDS).map(({ path, message }) => ({ path, message })),
    );
  }
  try {
    return insertLibrary(db, checked.doc);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
      throw new ApiFailure(
        'invalid_input',
        `The library file does not hold together (${(error as Error).message}): a record refers to one that is not in the file, or two records share an id. Nothing was imported.`,
      );
    }
    throw error;
  }
}

function refuseUnlessEmpty(db: Db): void {
  if (!isEmpty(db)) {
    throw new ApiFailure(
      'conflict',
      'A library export restores a whole library, so it goes into an empty one only. To add prospects or insights to this library, import them from CSV or JSON instead.',
    );
  }
}

function countsOf(doc: LibraryDocument): LibraryImportResult {
  return {
    prospects: doc.prospects.length,
    insights: doc.insights.length,
    briefings: doc.briefings.length,
    plans: doc.plans.length,
    calls: doc.calls.length,
    notes: doc.notes.length,
    meetings: doc.meetings.length,
  };
}

function insertLibrary(db: Db, doc: LibraryDocument): LibraryImportResult {
  // The same inserts the API uses; the file's ids and timestamps are kept, so every link holds.
  for (const { id, lastContactAt, createdAt, updatedAt, archivedAt, ...fields } of doc.prospects) {
    insertProspect(db, fields, createdAt, { id, lastContactAt, createdAt, updatedAt, archivedAt });
  }
  for (const { id, createdAt, updatedAt, archivedAt, ...fields } of doc.insights) {
    insertInsight(db, fields, { id, createdAt, updatedAt, archivedAt });
  }
  for (const { items, ...briefing } of doc.briefings) {
    insertBriefingRow(db, briefing);
    for (const item of items) insertBriefingItemRow(db, briefing.id, item);
  }
  for (const { insights, ...plan } of doc.plans) {
    insertPlanRow(db, plan);
    for (const link of insights) insertPlanInsightRow(db, plan.id, link);
  }
  for (const { insightIds, ...call } of doc.calls) insertCallRow(db, call, insightIds);
  for (const { history, ...note } of doc.notes) {
    insertNoteRow(db, { ...note, clientId: null });
    for (const entry of history) insertNoteRevisionRow(db, note.id, entry);
  }
  for (const meeting of doc.meetings) insertMeetingRow(db, meeting);
  const restored = new Set([
    ...doc.prospects.map((r) => `prospects:${r.id}`),
    ...doc.insights.map((r) => `insights:${r.id}`),
    ...doc.briefings.map((r) => `briefings:${r.id}`),
    ...doc.plans.map((r) => `call_plans:${r.id}`),
    ...doc.calls.map((r) => `calls:${r.id}`),
  ]);
  // A sample record of a row left out (refused) would name nothing, or a row made later.
  for (const record of doc.sampleRecords) {
    if (restored.has(`${record.table}:${record.rowId}`)) insertSampleRecordRow(db, record);
  }
  // The dial trigger moved last_contact_at forward while calls went in; the file's value is the truth.
  for (const p of doc.prospects) {
    statement(db, 'UPDATE prospects SET last_contact_at = @lastContactAt WHERE id = @id').run({
      id: p.id,
      lastContactAt: p.lastContactAt,
    });
  }
  return countsOf(doc);
}
