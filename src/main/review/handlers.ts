import { checkOpener } from '../../shared/checker';
import { planCheckContext } from '../../shared/domain/plan';
import { required } from '../api/errors';
import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { getInsight } from '../insights/repository';
import { createPlan, getPlan, updatePlan } from '../plans/repository';
import { getProspect, hadConversation } from '../prospects/repository';
import { getSettings } from '../settings/repository';
import { reviewAnalytics } from './analytics';
import { getReviewCall, listReview } from './repository';

type ReviewChannels = FeatureHandlers<'review'>;

const call = required('Call');
const prospect = required('Prospect');

export const reviewHandlers = (db: Db): ReviewChannels => ({
  'review:list': (filters) => listReview(db, filters),
  'review:compare': ({ a, b }) => ({
    a: call(getReviewCall(db, a), a),
    b: call(getReviewCall(db, b), b),
  }),
  'review:reuse': ({ callId, prospectId }) => ({ planId: reuseOpener(db, callId, prospectId) }),
  'review:analytics': (query) => reviewAnalytics(db, query),
});

/**
 * Starts a new plan from a past call: the opener exactly as it was dialed and the insights it
 * used (those still in the library), for the same prospect or another one. What the source plan
 * said about the call's intent (objective, transactional) comes along; the referral and the
 * briefing belonged to that prospect and do not.
 */
function reuseOpener(db: Db, callId: number, prospectId: number | undefined): number {
  const source = call(getReviewCall(db, callId), callId);
  const target = prospect(
    getProspect(db, prospectId ?? source.prospect.id),
    prospectId ?? source.prospect.id,
  );
  const sourcePlan = source.planId === null ? undefined : getPlan(db, source.planId);
  const insights = source.insights.flatMap((ref) => {
    const insight = getInsight(db, ref.id);
    return insight && insight.archivedAt === null ? [insight] : [];
  });
  const plan = createPlan(db, {
    prospectId: target.id,
    opener: source.opener,
    insightIds: insights.map((insight) => insight.id),
    ...(sourcePlan
      ? { objective: sourcePlan.objective, transactional: sourcePlan.transactional }
      : {}),
  });
  // Stored with its check, as every plan is, so the plan screen opens on a judged opener.
  const result = checkOpener({
    text: plan.opener,
    mode: 'call',
    context: planCheckContext({
      plan,
      prospect: target,
      insights,
      settings: getSettings(db),
      priorContact: hadConversation(db, target.id),
    }),
  });
  updatePlan(db, plan.id, {}, result);
  return plan.id;
}
