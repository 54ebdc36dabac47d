import { required } from '../api/errors';
import type { Db } from '../db/open';
import { getInsight } from '../insights/repository';
import { createPlan, getPlan, updatePlan } from '../plans/repository';
import { checkPlanOpener } from '../plans/service';
import { getProspect } from '../prospects/repository';
import { getReviewCall } from './repository';
import { retargetOpener } from '../../shared/domain/retarget';

const requiredCall = required('Call');
const requiredProspect = required('Prospect');

/**
 * Starts a new plan from a past call: the opener as it was dialed and the insights it used
 * (those still in the library), for the same prospect or another one; for another one, the
 * opener says their name and company instead (retargetOpener). What the source plan
 * said about the call's intent (objective, transactional) comes along; the referral and the
 * briefing belonged to that prospect and do not.
 */
export function reuseOpener(db: Db, callId: number, prospectId: number | undefined): number {
  const source = requiredCall(getReviewCall(db, callId), callId);
  const target = requiredProspect(
    getProspect(db, prospectId ?? source.prospect.id),
    prospectId ?? source.prospect.id,
  );
  const sourcePlan = source.planId === null ? undefined : getPlan(db, source.planId);
  const insightIds = source.insights.flatMap((ref) => {
    const insight = getInsight(db, ref.id);
    return insight && insight.archivedAt === null ? [insight.id] : [];
  });
  const plan = createPlan(db, {
    prospectId: target.id,
    opener:
      target.id === source.prospect.id
        ? source.opener
        : retargetOpener(source.opener, source.prospect, target),
    insightIds,
    ...(sourcePlan
      ? { objective: sourcePlan.objective, transactional: sourcePlan.transactional }
      : {}),
  });
  // Stored with its check, as every plan is, so the plan screen opens on a judged opener.
  updatePlan(db, plan.id, {}, checkPlanOpener(db, plan, plan.opener));
  return plan.id;
}
