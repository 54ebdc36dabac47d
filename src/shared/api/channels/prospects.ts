import type { Page } from '../../domain/fields';
import {
  prospectCreateInput,
  prospectListInput,
  prospectUpdateInput,
  type Prospect,
  type ProspectFacets,
} from '../../domain/prospect';
import { byId, channel, nothing, readChannel } from '../channel';

export const prospectChannels = {
  'prospects:create': channel<Prospect>()(prospectCreateInput),
  'prospects:update': channel<Prospect>()(prospectUpdateInput),
  'prospects:get': readChannel<Prospect>()(byId),
  'prospects:list': readChannel<Page<Prospect>>()(prospectListInput),
  'prospects:archive': channel<Prospect>()(byId),
  'prospects:restore': channel<Prospect>()(byId),
  'prospects:facets': readChannel<ProspectFacets>()(nothing),
} as const;
