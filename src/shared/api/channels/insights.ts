import type { Page } from '../../domain/fields';
import {
  insightCreateInput,
  insightListInput,
  insightSearchInput,
  insightSuggestInput,
  insightUpdateInput,
  type Insight,
  type InsightFacets,
  type InsightSearchHit,
  type InsightSuggestion,
} from '../../domain/insight';
import { byId, channel, nothing } from '../channel';

export const insightChannels = {
  'insights:create': channel<Insight>()(insightCreateInput),
  'insights:update': channel<Insight>()(insightUpdateInput),
  'insights:get': channel<Insight>()(byId),
  'insights:list': channel<Page<Insight>>()(insightListInput),
  'insights:archive': channel<Insight>()(byId),
  'insights:restore': channel<Insight>()(byId),
  'insights:search': channel<InsightSearchHit[]>()(insightSearchInput),
  'insights:facets': channel<InsightFacets>()(nothing),
  'insights:suggest': channel<InsightSuggestion[]>()(insightSuggestInput),
} as const;
