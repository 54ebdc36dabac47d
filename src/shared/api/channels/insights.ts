import type { Page } from '../../domain/fields';
import {
  insightCreateInput,
  insightListInput,
  insightSearchInput,
  insightUpdateInput,
  type Insight,
  type InsightSearchHit,
} from '../../domain/insight';
import { byId, channel } from '../channel';

export const insightChannels = {
  'insights:create': channel<Insight>()(insightCreateInput),
  'insights:update': channel<Insight>()(insightUpdateInput),
  'insights:get': channel<Insight>()(byId),
  'insights:list': channel<Page<Insight>>()(insightListInput),
  'insights:archive': channel<Insight>()(byId),
  'insights:restore': channel<Insight>()(byId),
  'insights:search': channel<InsightSearchHit[]>()(insightSearchInput),
} as const;
