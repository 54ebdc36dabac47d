import type { CheckResult } from '../../shared/checker';
import type { LibraryPlan } from '../../shared/domain/data';
import type { CallPlan, Objection } from '../../shared/domain/plan';
import { fromJsonColumn, toJsonColumn } from '../db/columns';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { parseJsonArray } from '../db/time';

/**
 * The one place a `call_plans` or `call_plan_insights` row is mapped. The repository, the library
 * JSON export and import and the sample data all go through it: a new column is a migration plus
 * an edit here (the row type, `toPlan`, `toLibraryPlan`, `fromPlan`, INSERT_PLAN) and, when the
 * rep edits it, its entry in PLAN_EDIT_COLUMNS.
 */

/** A call_plans row as stored. */
export interface PlanRow {
  id: number;
  prospect_id: number;
  briefing_id: number | null;
  objective: string;
  opener: string;
  email_subject: string;
  email_body: string;
  objections: string;
  meeting_slots: string;
  transactional: number;
  referral: string;
  check_result: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/** A call_plans row as the repository's SELECT reads it: with its insights in order. */
export interface PlanViewRow extends PlanRow {
  /** A JSON array of insight ids. */
  insight_ids: string;
}

/** A call_plan_insights row as stored. */
export interface PlanInsightRow {
  plan_id: number;
  insight_id: number;
  position: number;
  created_at: string;
  updated_at: string;
}

/** The columns the API's CallPlan and the library's record both show, mapped once. */
function planFields(row: PlanRow) {
  return {
    id: row.id,
    prospectId: row.prospect_id,
    briefingId: row.briefing_id,
    objective: row.objective,
    opener: row.opener,
    emailSubject: row.email_subject,
    emailBody: row.email_body,
    objections: JSON.parse(row.objections) as Objection[],
    meetingSlots: parseJsonArray(row.meeting_slots),
    transactional: row.transactional === 1,
    referral: row.referral,
    checkResult: fromJsonColumn<CheckResult>(row.check_result),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

export function toPlan(row: PlanViewRow): CallPlan {
  return { ...planFields(row), insightIds: JSON.parse(row.insight_ids) as number[] };
}

export function toLibraryPlan(row: PlanRow, links: PlanInsightRow[]): LibraryPlan {
  return {
    ...planFields(row),
    insights: links.map((link) => ({
      insightId: link.insight_id,
      position: link.position,
      createdAt: link.created_at,
      updatedAt: link.updated_at,
    })),
  };
}

/** Everything a call_plans row stores, as the library file carries it (insight links apart). */
export type PlanRecord = Omit<LibraryPlan, 'insights' | 'id'> & { id: number | null };
export type PlanInsightRecord = LibraryPlan['insights'][number];

/** A new plan: its prospect and what the rep filled in; the rest starts empty. */
export function newPlanRecord(prospectId: number, now: string): PlanRecord {
  return {
    id: null,
    prospectId,
    briefingId: null,
    objective: '',
    opener: '',
    emailSubject: '',
    emailBody: '',
    objections: [],
    meetingSlots: [],
    transactional: false,
    referral: '',
    checkResult: null,
    revision: 1,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
  };
}

/** Named parameters for INSERT_PLAN. */
export function fromPlan(record: PlanRecord) {
  return {
    id: record.id,
    prospectId: record.prospectId,
    briefingId: record.briefingId,
    objective: record.objective,
    opener: record.opener,
    emailSubject: record.emailSubject,
    emailBody: record.emailBody,
    objections: JSON.stringify(record.objections),
    meetingSlots: JSON.stringify(record.meetingSlots),
    transactional: record.transactional ? 1 : 0,
    referral: record.referral,
    checkResult: toJsonColumn(record.checkResult),
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archivedAt: record.archivedAt,
  };
}

/** The columns a rep's edit writes, by field (the insight links are written apart). */
const PLAN_EDIT_COLUMNS = {
  briefingId: 'briefing_id',
  objective: 'objective',
  opener: 'opener',
  emailSubject: 'email_subject',
  emailBody: 'email_body',
  objections: 'objections',
  meetingSlots: 'meeting_slots',
  transactional: 'transactional',
  referral: 'referral',
} as const satisfies Partial<Record<keyof PlanRecord, string>>;

/** The fields of a plan a rep's edit may set. */
export type PlanEdit = Partial<Pick<PlanRecord, keyof typeof PLAN_EDIT_COLUMNS>>;

/**
 * Writes a rep's edit to one call_plans row: the fields it sets, stored as `fromPlan` stores them,
 * and updated_at. `bumpRevision` moves the revision on, `checkResult` replaces the stored check,
 * `baseRevision` writes nothing unless the row is still at it. Whether a row was written.
 */
export function updatePlanRow(
  db: Db,
  id: number,
  edit: PlanEdit,
  options: { now: string; bumpRevision: boolean; checkResult?: CheckResult; baseRevision?: number },
): boolean {
  const encoded = fromPlan({ ...newPlanRecord(0, ''), ...edit });
  const values: Record<string, unknown> = { id, now: options.now };
  // The SQL is built here from PLAN_EDIT_COLUMNS: column names from code, values as parameters.
  const assignments = ['updated_at = @now'];
  for (const [field, column] of Object.entries(PLAN_EDIT_COLUMNS)) {
    if (edit[field as keyof PlanEdit] === undefined) continue;
    assignments.push(`${column} = @${field}`);
    values[field] = encoded[field as keyof PlanEdit];
  }
  if (options.bumpRevision) assignments.push('revision = revision + 1');
  if (options.checkResult) {
    assignments.push('check_result = @checkResult');
    values.checkResult = toJsonColumn(options.checkResult);
  }
  const conditions = ['id = @id'];
  if (options.baseRevision !== undefined) {
    conditions.push('revision = @baseRevision');
    values.baseRevision = options.baseRevision;
  }
  const sql = `UPDATE call_plans SET ${assignments.join(', ')} WHERE ${conditions.join(' AND ')}`;
  return statement(db, sql).run(values).changes > 0;
}

const INSERT_PLAN = `INSERT INTO call_plans (id, prospect_id, briefing_id, objective, opener,
    email_subject, email_body, objections, meeting_slots, transactional, referral, check_result,
    revision, created_at, updated_at, archived_at)
  VALUES (@id, @prospectId, @briefingId, @objective, @opener,
    @emailSubject, @emailBody, @objections, @meetingSlots, @transactional, @referral, @checkResult,
    @revision, @createdAt, @updatedAt, @archivedAt)
  RETURNING id`;

/** Writes one call_plans row; every way a plan enters the library goes through here. */
export function insertPlanRow(db: Db, record: PlanRecord): number {
  return (statement(db, INSERT_PLAN).get(fromPlan(record)) as { id: number }).id;
}

/** Writes one call_plan_insights row. */
export function insertPlanInsightRow(db: Db, planId: number, link: PlanInsightRecord): void {
  statement(
    db,
    `INSERT INTO call_plan_insights (plan_id, insight_id, position, created_at, updated_at)
     VALUES (@planId, @insightId, @position, @createdAt, @updatedAt)`,
  ).run({ planId, ...link });
}
