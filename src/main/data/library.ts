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
  type LibraryNote,
  type LibraryPlan,
  type LibraryPreview,
  type LibraryRefusal,
} from '../../shared/domain/data';
import { ApiFailure } from '../api/errors';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { parseJsonArray } from '../db/time';
import { insertInsight } from '../insights/repository';
import { insightRows } from '../insights/rows';
import { insertProspect } from '../prospects/repository';
import { prospectRows } from '../prospects/rows';
import { datedFilename } from './csv-write';

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
    all<Record<string, string | number>>(
      'SELECT * FROM briefing_items ORDER BY briefing_id, position, id',
    ),
    'briefing_id',
  );
  const briefings = all<Record<string, string | number | null>>(
    'SELECT * FROM briefings ORDER BY id',
  ).map((row) => ({
    id: row.id as number,
    prospectId: row.prospect_id as number | null,
    isTemplate: row.is_template === 1,
    title: row.title as string,
    questions: parseJsonArray(row.questions as string),
    lengthMinutes: row.length_minutes as number | null,
    notes: row.notes as string,
    items: (items.get(row.id as number) ?? []).map((item) => ({
      insightId: item.insight_id as number,
      position: item.position as number,
      talkingPoints: item.talking_points as string,
      createdAt: item.created_at as string,
      updatedAt: item.updated_at as string,
    })),
    ...stamps(row),
  }));
  const planInsights = groupBy(
    all<Record<string, string | number>>(
      'SELECT * FROM call_plan_insights ORDER BY plan_id, position',
    ),
    'plan_id',
  );
  const plans = all<Record<string, string | number | null>>(
    'SELECT * FROM call_plans ORDER BY id',
  ).map((row) => ({
    id: row.id as number,
    prospectId: row.prospect_id as number,
    briefingId: row.briefing_id as number | null,
    objective: row.objective as string,
    opener: row.opener as string,
    emailSubject: row.email_subject as string,
    emailBody: row.email_body as string,
    objections: JSON.parse(row.objections as string) as LibraryPlan['objections'],
    meetingSlots: parseJsonArray(row.meeting_slots as string),
    transactional: row.transactional === 1,
    referral: (row.referral as string | undefined) ?? '',
    checkResult: parseJsonOrNull(row.check_result),
    insights: (planInsights.get(row.id as number) ?? []).map((link) => ({
      insightId: link.insight_id as number,
      position: link.position as number,
      createdAt: link.created_at as string,
      updatedAt: link.updated_at as string,
    })),
    ...stamps(row),
  }));
  const callInsights = groupBy(
    all<Record<string, number>>('SELECT * FROM call_insights ORDER BY call_id, insight_id'),
    'call_id',
  );
  const calls = all<Record<string, string | number | null>>('SELECT * FROM calls ORDER BY id').map(
    (row) => ({
      id: row.id as number,
      prospectId: row.prospect_id as number,
      planId: row.plan_id as number | null,
      briefingId: (row.briefing_id as number | null | undefined) ?? null,
      startedAt: row.started_at as string,
      endedAt: row.ended_at as string | null,
      opener: row.opener as string,
      checkResult: parseJsonOrNull(row.check_result),
      verdict: row.verdict as LibraryDocument['calls'][number]['verdict'],
      score: row.score as number | null,
      overrideReason: row.override_reason as string | null,
      outcome: row.outcome as LibraryDocument['calls'][number]['outcome'],
      nextStep: row.next_step as string,
      followUpOn: row.follow_up_on as string | null,
      loggedAfter: row.logged_after === 1,
      insightIds: (callInsights.get(row.id as number) ?? []).map((link) => link.insight_id!),
      ...stamps(row),
    }),
  );
  const notes = all<Record<string, string | number | null>>(
    'SELECT * FROM call_notes ORDER BY id',
  ).map((row) => ({
    id: row.id as number,
    callId: row.call_id as number,
    offsetMs: row.offset_ms as number,
    body: row.body as string,
    tags: parseJsonArray(row.tags as string) as LibraryNote['tags'],
    revision: row.revision as number,
    ...stamps(row),
  }));
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

function parseJsonOrNull(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : null;
}

function groupBy<Row extends Record<string, unknown>>(
  rows: Row[],
  key: string,
): Map<number, Row[]> {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const id = row[key] as number;
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
};

/** The field that names a record for the rep, by kind. */
const LABEL_FIELD: Record<LibraryCollection, string> = {
  prospects: 'name',
  insights: 'headline',
  briefings: 'title',
  plans: 'objective',
  calls: 'opener',
  notes: 'body',
};

/**
 * Reads a library document from text and checks every record with the create channels' rules
 * (data.ts). A file that is not a library, or whose structure is broken, is refused whole with a
 * message the rep can act on; a record that breaks a field rule is listed with its path, as is
 * every record that refers to it (a call of a refused prospect cannot be restored without it).
 */
export function checkLibrary(text: string): CheckedLibrary {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiFailure(
      'invalid_input',
      `The file is not valid JSON (${(error as Error).message}).`,
    );
  }
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
    doc: { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, exportedAt: file.exportedAt, ...doc },
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
  };
}

function insertLibrary(db: Db, doc: LibraryDocument): LibraryImportResult {
  const run = (sql: string, values: Record<string, unknown>) => statement(db, sql).run(values);
  // The same inserts the API uses; the file's ids and timestamps are kept, so every link holds.
  for (const { id, lastContactAt, createdAt, updatedAt, archivedAt, ...fields } of doc.prospects) {
    insertProspect(db, fields, createdAt, { id, lastContactAt, createdAt, updatedAt, archivedAt });
  }
  for (const { id, createdAt, updatedAt, archivedAt, ...fields } of doc.insights) {
    insertInsight(db, fields, { id, createdAt, updatedAt, archivedAt });
  }
  for (const b of doc.briefings) {
    run(
      `INSERT INTO briefings (id, prospect_id, is_template, title, questions, length_minutes, notes,
         created_at, updated_at, archived_at)
       VALUES (@id, @prospectId, @isTemplate, @title, @questions, @lengthMinutes, @notes,
         @createdAt, @updatedAt, @archivedAt)`,
      {
        id: b.id,
        prospectId: b.prospectId,
        isTemplate: b.isTemplate ? 1 : 0,
        title: b.title,
        questions: JSON.stringify(b.questions),
        lengthMinutes: b.lengthMinutes,
        notes: b.notes,
        ...timesOf(b),
      },
    );
    for (const item of b.items) {
      run(
        `INSERT INTO briefing_items (briefing_id, position, insight_id, talking_points, created_at, updated_at)
         VALUES (@briefingId, @position, @insightId, @talkingPoints, @createdAt, @updatedAt)`,
        { briefingId: b.id, ...item },
      );
    }
  }
  for (const p of doc.plans) {
    run(
      `INSERT INTO call_plans (id, prospect_id, briefing_id, objective, opener, email_subject, email_body,
         objections, meeting_slots, transactional, referral, check_result, created_at, updated_at, archived_at)
       VALUES (@id, @prospectId, @briefingId, @objective, @opener, @emailSubject, @emailBody,
         @objections, @meetingSlots, @transactional, @referral, @checkResult, @createdAt, @updatedAt, @archivedAt)`,
      {
        id: p.id,
        prospectId: p.prospectId,
        briefingId: p.briefingId,
        objective: p.objective,
        opener: p.opener,
        emailSubject: p.emailSubject,
        emailBody: p.emailBody,
        objections: JSON.stringify(p.objections),
        meetingSlots: JSON.stringify(p.meetingSlots),
        transactional: p.transactional ? 1 : 0,
        referral: p.referral,
        checkResult: jsonOrNull(p.checkResult),
        ...timesOf(p),
      },
    );
    for (const link of p.insights) {
      run(
        `INSERT INTO call_plan_insights (plan_id, insight_id, position, created_at, updated_at)
         VALUES (@planId, @insightId, @position, @createdAt, @updatedAt)`,
        { planId: p.id, ...link },
      );
    }
  }
  for (const c of doc.calls) {
    run(
      `INSERT INTO calls (id, prospect_id, plan_id, briefing_id, started_at, ended_at, opener, check_result,
         verdict, score, override_reason, outcome, next_step, follow_up_on, logged_after,
         created_at, updated_at, archived_at)
       VALUES (@id, @prospectId, @planId, @briefingId, @startedAt, @endedAt, @opener, @checkResult,
         @verdict, @score, @overrideReason, @outcome, @nextStep, @followUpOn, @loggedAfter,
         @createdAt, @updatedAt, @archivedAt)`,
      {
        id: c.id,
        prospectId: c.prospectId,
        planId: c.planId,
        briefingId: c.briefingId,
        startedAt: c.startedAt,
        endedAt: c.endedAt,
        opener: c.opener,
        checkResult: jsonOrNull(c.checkResult),
        verdict: c.verdict,
        score: c.score,
        overrideReason: c.overrideReason,
        outcome: c.outcome,
        nextStep: c.nextStep,
        followUpOn: c.followUpOn,
        loggedAfter: c.loggedAfter ? 1 : 0,
        ...timesOf(c),
      },
    );
    for (const insightId of c.insightIds) {
      run('INSERT INTO call_insights (call_id, insight_id) VALUES (@callId, @insightId)', {
        callId: c.id,
        insightId,
      });
    }
  }
  for (const n of doc.notes) {
    run(
      `INSERT INTO call_notes (id, call_id, offset_ms, body, tags, revision, created_at, updated_at, archived_at)
       VALUES (@id, @callId, @offsetMs, @body, @tags, @revision, @createdAt, @updatedAt, @archivedAt)`,
      {
        id: n.id,
        callId: n.callId,
        offsetMs: n.offsetMs,
        body: n.body,
        tags: JSON.stringify(n.tags),
        revision: n.revision,
        ...timesOf(n),
      },
    );
  }
  // The dial trigger moved last_contact_at forward while calls went in; the file's value is the truth.
  for (const p of doc.prospects) {
    run('UPDATE prospects SET last_contact_at = @lastContactAt WHERE id = @id', {
      id: p.id,
      lastContactAt: p.lastContactAt,
    });
  }
  return countsOf(doc);
}

function timesOf(record: { createdAt: string; updatedAt: string; archivedAt: string | null }) {
  return {
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archivedAt: record.archivedAt,
  };
}

function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
