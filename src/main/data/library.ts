import {
  LIBRARY_FORMAT,
  LIBRARY_VERSION,
  libraryDocument,
  type ExportedFile,
  type LibraryDocument,
  type LibraryImportResult,
} from '../../shared/domain/data';
import { ApiFailure } from '../api/errors';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { parseJsonArray } from '../db/time';
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
    name: row.name as string,
    title: row.title as string,
    company: row.company as string,
    industry: row.industry as string,
    phone: row.phone as string,
    email: row.email as string,
    timezone: row.timezone as string,
    tags: parseJsonArray(row.tags as string),
    notes: row.notes as string,
    lastContactAt: row.last_contact_at as string | null,
    ...stamps(row),
  }));
  const insights = all<Record<string, string | number | null>>(
    'SELECT * FROM insights ORDER BY id',
  ).map((row) => ({
    id: row.id as number,
    headline: row.headline as string,
    detail: row.detail as string,
    evidence: row.evidence as string,
    source: row.source as string,
    sourceUrl: row.source_url as string,
    isPublic: row.is_public === 1,
    industries: parseJsonArray(row.industries as string),
    roles: parseJsonArray(row.roles as string),
    tags: parseJsonArray(row.tags as string),
    ...stamps(row),
  }));
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
    objections: JSON.parse(row.objections as string) as unknown[],
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
    tags: parseJsonArray(row.tags as string),
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

/** Reads a library document from text; every problem is a message the rep can act on. */
export function parseLibrary(text: string): LibraryDocument {
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
  const parsed = libraryDocument.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ApiFailure(
      'invalid_input',
      `The library file is damaged at ${issue.path.join('.') || 'its top level'}: ${issue.message}. Nothing was imported.`,
    );
  }
  return parsed.data;
}

/**
 * Restores a library document into an empty library, ids and all. Into a library that already
 * has records it would either duplicate them or collide with their ids, so that is refused; the
 * CSV/JSON import is the way to add prospects or insights to a library in use.
 */
export function importLibrary(db: Db, doc: LibraryDocument): LibraryImportResult {
  try {
    return insertLibrary(db, doc);
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

function insertLibrary(db: Db, doc: LibraryDocument): LibraryImportResult {
  if (!isEmpty(db)) {
    throw new ApiFailure(
      'conflict',
      'A library export restores a whole library, so it goes into an empty one only. To add prospects or insights to this library, import them from CSV or JSON instead.',
    );
  }
  const run = (sql: string, values: Record<string, unknown>) => statement(db, sql).run(values);
  for (const p of doc.prospects) {
    run(
      `INSERT INTO prospects (id, name, title, company, industry, phone, email, timezone, tags, notes,
         last_contact_at, created_at, updated_at, archived_at)
       VALUES (@id, @name, @title, @company, @industry, @phone, @email, @timezone, @tags, @notes,
         @lastContactAt, @createdAt, @updatedAt, @archivedAt)`,
      { ...p, tags: JSON.stringify(p.tags) },
    );
  }
  for (const i of doc.insights) {
    run(
      `INSERT INTO insights (id, headline, detail, evidence, source, source_url, is_public, industries,
         roles, tags, created_at, updated_at, archived_at)
       VALUES (@id, @headline, @detail, @evidence, @source, @sourceUrl, @isPublic, @industries,
         @roles, @tags, @createdAt, @updatedAt, @archivedAt)`,
      {
        ...i,
        isPublic: i.isPublic ? 1 : 0,
        industries: JSON.stringify(i.industries),
        roles: JSON.stringify(i.roles),
        tags: JSON.stringify(i.tags),
      },
    );
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
  return {
    prospects: doc.prospects.length,
    insights: doc.insights.length,
    briefings: doc.briefings.length,
    plans: doc.plans.length,
    calls: doc.calls.length,
    notes: doc.notes.length,
  };
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
