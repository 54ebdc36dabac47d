import type { z } from 'zod';
import type { CheckResult } from '../../shared/checker';
import type {
  CallPlan,
  PlanDetail,
  planCreateInput,
  planUpdateInput,
} from '../../shared/domain/plan';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { nowIso } from '../db/time';
import {
  insertPlanInsightRow,
  insertPlanRow,
  newPlanRecord,
  toPlan,
  updatePlanRow,
  type PlanViewRow,
} from './rows';

const SELECT_PLAN = `
  SELECT p.*,
    (SELECT coalesce(json_group_array(insight_id), '[]') FROM
      (SELECT insight_id FROM call_plan_insights WHERE plan_id = p.id ORDER BY position)) AS insight_ids
  FROM call_plans p`;

type PlanFields = z.output<typeof planUpdateInput>['patch'];

export function createPlan(db: Db, input: z.output<typeof planCreateInput>): CallPlan {
  const id = insertPlanRow(db, newPlanRecord(input.prospectId, nowIso()));
  const { prospectId: _prospectId, ...fields } = input;
  // Filling in the new row is part of creating it: a new plan starts at revision 1.
  return writePlan(db, id, fields, { bumpRevision: false }) as CallPlan;
}

export function getPlan(db: Db, id: number): CallPlan | undefined {
  const row = statement(db, `${SELECT_PLAN} WHERE p.id = @id`).get({ id }) as
    PlanViewRow | undefined;
  return row && toPlan(row);
}

export function listPlans(db: Db, prospectId: number | undefined, limit: number): CallPlan[] {
  const rows =
    prospectId === undefined
      ? statement(
          db,
          `${SELECT_PLAN} WHERE p.archived_at IS NULL ORDER BY p.updated_at DESC LIMIT @limit`,
        ).all({ limit })
      : statement(
          db,
          `${SELECT_PLAN} WHERE p.prospect_id = @prospectId AND p.archived_at IS NULL ORDER BY p.updated_at DESC LIMIT @limit`,
        ).all({ prospectId, limit });
  return (rows as PlanViewRow[]).map(toPlan);
}

/**
 * Writes `patch`, and the stored check when given. Any editable field in the patch bumps the
 * revision in the same statement; the check alone does not, since it is derived from the content
 * and a recheck must not make another window's save look stale.
 */
export function updatePlan(
  db: Db,
  id: number,
  patch: PlanFields,
  checkResult?: CheckResult,
): CallPlan | undefined {
  const written = writePlan(db, id, patch, { checkResult });
  return written === 'stale' ? undefined : written;
}

/**
 * A rep's edit, with its check when it changed: written only when the plan is still at
 * `baseRevision` (checked in the UPDATE itself), else 'stale' and nothing changes. undefined when
 * the plan does not exist.
 */
export function savePlanEdit(
  db: Db,
  id: number,
  baseRevision: number,
  patch: PlanFields,
  checkResult?: CheckResult,
): CallPlan | 'stale' | undefined {
  return writePlan(db, id, patch, { baseRevision, checkResult });
}

function writePlan(
  db: Db,
  id: number,
  patch: PlanFields,
  {
    checkResult,
    baseRevision,
    bumpRevision = true,
  }: { checkResult?: CheckResult; baseRevision?: number; bumpRevision?: boolean },
): CallPlan | 'stale' | undefined {
  const { insightIds, ...edit } = patch;
  const editsContent =
    Object.values(edit).some((value) => value !== undefined) || insightIds !== undefined;
  const written = updatePlanRow(db, id, edit, {
    now: nowIso(),
    bumpRevision: editsContent && bumpRevision,
    checkResult,
    baseRevision,
  });
  if (!written) return getPlan(db, id) ? 'stale' : undefined;
  if (insightIds) replacePlanInsights(db, id, insightIds);
  return getPlan(db, id);
}

function replacePlanInsights(db: Db, planId: number, insightIds: number[]): void {
  statement(db, 'DELETE FROM call_plan_insights WHERE plan_id = @planId').run({ planId });
  const now = nowIso();
  [...new Set(insightIds)].forEach((insightId, position) =>
    insertPlanInsightRow(db, planId, { insightId, position, createdAt: now, updatedAt: now }),
  );
}

/**
 * Archiving leaves the revision alone: it changes no text the rep edits, and an edit still open in
 * another window should save, not turn into a conflict.
 */
export function setPlanArchived(db: Db, id: number, archived: boolean): CallPlan | undefined {
  const now = nowIso();
  const result = statement(
    db,
    'UPDATE call_plans SET archived_at = @archivedAt, updated_at = @now WHERE id = @id',
  ).run({
    id,
    now,
    archivedAt: archived ? now : null,
  });
  return result.changes === 0 ? undefined : getPlan(db, id);
}

/** Ids among `ids` that name no insight; the API refuses a plan that points at nothing. */
export function missingInsightIds(db: Db, ids: number[]): number[] {
  if (ids.length === 0) return [];
  const found = new Set(
    statement(db, 'SELECT id FROM insights WHERE id IN (SELECT value FROM json_each(@ids))')
      .pluck()
      .all({ ids: JSON.stringify(ids) }) as number[],
  );
  return ids.filter((id) => !found.has(id));
}

/** The newest call dialed from the plan that has not ended, if any. */
export function openCallOf(db: Db, planId: number): PlanDetail['openCall'] {
  const row = statement(
    db,
    `SELECT id, started_at AS startedAt FROM calls
     WHERE plan_id = @planId AND ended_at IS NULL ORDER BY id DESC LIMIT 1`,
  ).get({ planId }) as { id: number; startedAt: string } | undefined;
  return row ?? null;
}
