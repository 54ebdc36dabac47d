import {
  dialInput,
  planCreateInput,
  planListInput,
  planUpdateInput,
  type CallPlan,
  type DialResult,
  type PlanDetail,
} from '../../domain/plan';
import { byId, channel } from '../channel';

export const planChannels = {
  'plans:create': channel<PlanDetail>()(planCreateInput),
  'plans:get': channel<PlanDetail>()(byId),
  'plans:update': channel<CallPlan>()(planUpdateInput),
  'plans:list': channel<CallPlan[]>()(planListInput),
  'plans:archive': channel<CallPlan>()(byId),
  'plans:dial': channel<DialResult>()(dialInput),
} as const;
