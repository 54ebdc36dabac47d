import type { Page } from '../../domain/fields';
import {
  briefingCreateInput,
  briefingFromTemplateInput,
  briefingListInput,
  briefingUpdateInput,
  type Briefing,
  type BriefingExport,
  type BriefingSummary,
} from '../../domain/briefing';
import { byId, channel, readChannel } from '../channel';

export const briefingChannels = {
  'briefings:create': channel<Briefing>()(briefingCreateInput),
  'briefings:update': channel<Briefing>()(briefingUpdateInput),
  'briefings:get': readChannel<Briefing>()(byId),
  'briefings:list': readChannel<Page<BriefingSummary>>()(briefingListInput),
  'briefings:archive': channel<Briefing>()(byId),
  'briefings:restore': channel<Briefing>()(byId),
  'briefings:from-template': channel<Briefing>()(briefingFromTemplateInput),
  'briefings:export-markdown': readChannel<BriefingExport>()(byId),
} as const;
