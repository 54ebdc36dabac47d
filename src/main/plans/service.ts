import type { z } from 'zod';
import { checkOpener, type CheckContext, type CheckResult } from '../../shared/checker';
import type { Prospect } from '../../shared/domain/prospect';
import {
  planCheckContext,
  type CallPlan,
  type PlanDetail,
  type planCreateInput,
  type planUpdateInput,
} from '../../shared/domain/plan';
import { ApiFailure, required } from '../api/errors';
import type { Db } from '../db/open';
import { getInsight } from '../insights/repository';
import { getProspect, hadConversation } from '../prospects/repository';
import { getSettings } from '../settings/repository';
import {
  createPlan,
  getPlan,
  missingInsightIds,
  openCallOf,
  savePlanEdit,
  updatePlan,
} from './repository';

/**
 * The plan use cases: create, save an edit (the autosave), and the checker's context that a
 * dial or a logged call reuses. Handlers adapt channels to these; they hold no logic.
 */

const requiredPlan = required('Call plan');
const requiredProspect = required('Prospect');

/** What a plan's opener is checked against: who calls whom, with which insights. */
export function checkContextFor(
  db: Db,
  prospect: Prospect,
  plan: Pick<CallPlan, 'insightIds' | 'transactional' | 'referral'> | undefined,
): CheckContext {
  return planCheckContext({
    plan: plan ?? { transactional: false, referral: '' },
    prospect,
    insights: (plan?.insightIds ?? []).flatMap((id) => getInsight(db, id) ?? []),
    settings: getSettings(db),
    priorContact: hadConversation(db, prospect.id),
  });
}

export function planDetail(db: Db, plan: CallPlan): PlanDetail {
  const prospect = requiredProspect(getProspect(db, plan.prospectId), plan.prospectId);
  return {
    plan,
    prospect,
    insights: plan.insightIds.flatMap((id) => getInsight(db, id) ?? []),
    settings: getSettings(db),
    priorContact: hadConversation(db, prospect.id),
    openCall: openCallOf(db, plan.id),
  };
}

export function getPlanDetail(db: Db, id: number): PlanDetail {
  return planDetail(db, requiredPlan(getPlan(db, id), id));
}

/** The check of `opener` in the plan's context: the same pure checker the rep's screen runs. */
export function checkPlanOpener(
  db: Db,
  plan: Pick<CallPlan, 'prospectId' | 'insightIds' | 'transactional' | 'referral'>,
  opener: string,
): CheckResult {
  const prospect = requiredProspect(getProspect(db, plan.prospectId), plan.prospectId);
  return checkOpener({ text: opener, mode: 'call', context: checkContextFor(db, prospect, plan) });
}

export function createCheckedPlan(db: Db, input: z.output<typeof planCreateInput>): PlanDetail {
  const prospect = requiredProspect(getProspect(db, input.prospectId), input.prospectId);
  if (prospect.archivedAt !== null) {
    throw new ApiFailure(
      'conflict',
      `${prospect.name} is archived. Restore them from their page before planning a call.`,
    );
  }
  refuseUnknownInsights(db, input.insightIds, 'insightIds');
  const created = createPlan(db, input);
  // The check stored with the plan is computed by the backend from the saved text and context.
  const checked = updatePlan(db, created.id, {}, checkPlanOpener(db, created, created.opener))!;
  return planDetail(db, checked);
}

/** Plan fields the checker reads; an edit that touches none of them keeps the stored check. */
const CHECKED_FIELDS = ['opener', 'insightIds', 'transactional', 'referral'] as const;

/**
 * A rep's edit (the autosave): refused with `conflict` when the plan moved past `baseRevision`.
 * The check is computed before the write, from the plan as it will be, and written in the same
 * UPDATE; an edit to the objective or the email (most keystrokes) does not run the checker.
 */
export function savePlan(
  db: Db,
  { id, baseRevision, patch }: z.output<typeof planUpdateInput>,
): CallPlan {
  refuseUnknownInsights(db, patch.insightIds, 'patch.insightIds');
  const current = requiredPlan(getPlan(db, id), id);
  const rechecks =
    current.checkResult === null || CHECKED_FIELDS.some((field) => patch[field] !== undefined);
  const next = { ...current, ...definedFields(patch) };
  const checkResult = rechecks ? checkPlanOpener(db, next, next.opener) : undefined;
  const saved = savePlanEdit(db, id, baseRevision, patch, checkResult);
  if (saved === 'stale') {
    throw new ApiFailure(
      'conflict',
      'This plan was changed elsewhere (another window or tab) since you opened it; your edit was not saved.',
    );
  }
  return requiredPlan(saved, id);
}

function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

function refuseUnknownInsights(db: Db, ids: number[] | undefined, path: string): void {
  const missing = missingInsightIds(db, ids ?? []);
  if (missing.length === 0) return;
  throw new ApiFailure(
    'invalid_input',
    `Insight ${missing.join(', ')} does not exist.`,
    missing.map((id) => ({
      path: `${path}.${(ids ?? []).indexOf(id)}`,
      message: `Insight ${id} does not exist.`,
    })),
  );
}
