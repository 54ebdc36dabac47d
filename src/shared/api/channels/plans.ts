import {
  dialInput,
  planCreateInput,
  planListInput,
  planUpdateInput,
  type CallPlan,
  type DialResult,
  type PlanDetail,
} from '../../domain/plan';
import { byId, channel, readChannel } from '../channel';

export const planChannels = {
  'plans:create': channel<PlanDetail>()(planCreateInput),
  'plans:get': readChannel<PlanDetail>()(byId),
  'plans:update': channel<CallPlan>()(planUpdateInput),
  'plans:list': readChannel<CallPlan[]>()(planListInput),
  'plans:archive': channel<CallPlan>()(byId),
  'plans:dial': channel<DialResult>()(dialInput),
} as const;
