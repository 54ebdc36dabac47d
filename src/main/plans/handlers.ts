import type { FeatureHandlers, Handler } from '../api/router';
import { required } from '../api/errors';
import type { Db } from '../db/open';
import { listPlans, setPlanArchived } from './repository';
import { createCheckedPlan, getPlanDetail, savePlan } from './service';

const plan = required('Call plan');

/**
 * `plans:dial` records a call, which is the calls feature's use case (calls/service.ts `dial`);
 * backend.ts hands it in, so plans does not import calls (calls reads plans).
 */
export interface PlanHandlerDeps {
  dial: Handler<'plans:dial'>;
}

export const planHandlers = (db: Db, { dial }: PlanHandlerDeps): FeatureHandlers<'plans'> => ({
  'plans:create': (input) => createCheckedPlan(db, input),
  'plans:get': ({ id }) => getPlanDetail(db, id),
  'plans:update': (input) => savePlan(db, input),
  'plans:list': ({ prospectId, limit }) => listPlans(db, prospectId, limit),
  'plans:archive': ({ id }) => plan(setPlanArchived(db, id, true), id),
  'plans:dial': dial,
});
