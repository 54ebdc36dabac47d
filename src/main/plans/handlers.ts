import { checkOpener } from '../../shared/checker';
import {
  planCheckContext,
  telUrlOf,
  type CallPlan,
  type PlanDetail,
} from '../../shared/domain/plan';
import { ApiFailure, required } from '../api/errors';
import type { Handlers } from '../api/router';
import { hadConversation, insertDialedCall } from '../calls/repository';
import type { Db } from '../db/open';
import { getInsight } from '../insights/repository';
import { getProspect } from '../prospects/repository';
import { getSettings } from '../settings/repository';
import {
  createPlan,
  getPlan,
  listPlans,
  missingInsightIds,
  savePlanEdit,
  setPlanArchived,
  updatePlan,
} from './repository';

type PlanChannels = Pick<
  Handlers,
  'plans:create' | 'plans:get' | 'plans:update' | 'plans:list' | 'plans:archive' | 'plans:dial'
>;

const plan = required('Call plan');

function detailOf(db: Db, current: CallPlan): PlanDetail {
  const prospect = required('Prospect')(getProspect(db, current.prospectId), current.prospectId);
  return {
    plan: current,
    prospect,
    insights: current.insightIds.flatMap((id) => getInsight(db, id) ?? []),
    settings: getSettings(db),
    priorContact: hadConversation(db, prospect.id),
  };
}

/** The check stored with the plan is recomputed by the backend from the saved text and context. */
function recheck(db: Db, saved: CallPlan): CallPlan {
  const detail = detailOf(db, saved);
  const result = checkOpener({
    text: saved.opener,
    mode: 'call',
    context: planCheckContext(detail),
  });
  return updatePlan(db, saved.id, {}, result)!;
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

export const planHandlers = (db: Db): PlanChannels => ({
  'plans:create': (input) => {
    required('Prospect')(getProspect(db, input.prospectId), input.prospectId);
    refuseUnknownInsights(db, input.insightIds, 'insightIds');
    return detailOf(db, recheck(db, createPlan(db, input)));
  },
  'plans:get': ({ id }) => detailOf(db, plan(getPlan(db, id), id)),
  'plans:update': ({ id, baseRevision, patch }) => {
    refuseUnknownInsights(db, patch.insightIds, 'patch.insightIds');
    const saved = plan(savePlanEdit(db, id, baseRevision, patch), id);
    if (saved === 'stale') {
      throw new ApiFailure(
        'conflict',
        'This plan was changed elsewhere (another window or tab) since you opened it; your edit was not saved.',
      );
    }
    return recheck(db, saved);
  },
  'plans:list': ({ prospectId, limit }) => listPlans(db, prospectId, limit),
  'plans:archive': ({ id }) => plan(setPlanArchived(db, id, true), id),
  'plans:dial': ({ planId, opener, overrideReason }) => {
    const current = plan(getPlan(db, planId), planId);
    const detail = detailOf(db, current);
    // The same pure checker the rep saw runs again here, on the exact text dialed.
    const result = checkOpener({ text: opener, mode: 'call', context: planCheckContext(detail) });
    const reason = overrideReason?.trim() ?? '';
    // A template slot would be read out to the prospect as it stands: no reason makes that right.
    const slots = result.findings.filter((finding) => finding.category === 'placeholder');
    if (slots.length > 0) {
      throw new ApiFailure(
        'invalid_input',
        `This opener still has ${slots.length === 1 ? 'an unfilled placeholder' : `${slots.length} unfilled placeholders`}; fill ${slots.length === 1 ? 'it' : 'them'} in before you dial.`,
        [{ path: 'opener', message: 'Fill in every placeholder before you dial.' }],
      );
    }
    if (result.verdict === 'blocked' && reason === '') {
      throw new ApiFailure(
        'invalid_input',
        'This opener has blocking findings. Fix them, or write why you dial anyway.',
        [{ path: 'overrideReason', message: 'Write why you dial despite the blocking findings.' }],
      );
    }
    // Dialing records the text as dialed; when it differs from the stored opener the plan's content
    // changes, so the revision moves on and any other window sees its copy as stale.
    if (opener !== current.opener) updatePlan(db, planId, { opener }, result);
    const dialed = insertDialedCall(db, {
      prospectId: detail.prospect.id,
      planId,
      opener,
      checkResult: result,
      overrideReason: result.verdict === 'blocked' ? reason : null,
      insightIds: current.insightIds,
    });
    return { call: dialed, telUrl: telUrlOf(detail.prospect.phone) };
  },
});
