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
import { byId, channel, nothing, readChannel } from '../channel';

export const insightChannels = {
  'insights:create': channel<Insight>()(insightCreateInput),
  'insights:update': channel<Insight>()(insightUpdateInput),
  'insights:get': readChannel<Insight>()(byId),
  'insights:list': readChannel<Page<Insight>>()(insightListInput),
  'insights:archive': channel<Insight>()(byId),
  'insights:restore': channel<Insight>()(byId),
  'insights:search': readChannel<InsightSearchHit[]>()(insightSearchInput),
  'insights:facets': readChannel<InsightFacets>()(nothing),
  'insights:suggest': readChannel<InsightSuggestion[]>()(insightSuggestInput),
} as const;
