import { z } from 'zod';
import { idField } from '../../domain/fields';
import {
  dialInput,
  planCreateInput,
  planListInput,
  planUpdateInput,
  type Call,
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
  'calls:get': channel<Call>()(byId),
  'calls:list': channel<Call[]>()(
    z.strictObject({ prospectId: idField, limit: z.number().int().min(1).max(200).default(50) }),
  ),
} as const;
