import type { Db } from '../db/open';
import type { FeatureHandlers } from '../api/router';
import { required } from '../api/errors';
import { cachedProspectFacets } from './facets-cache';
import { cachedListProspects } from './list-cache';
import { createProspect, getProspect, setProspectArchived, updateProspect } from './repository';

type ProspectChannels = FeatureHandlers<'prospects'>;

const found = required('Prospect');

export const prospectHandlers = (db: Db): ProspectChannels => ({
  'prospects:create': (input) => createProspect(db, input),
  'prospects:update': ({ id, patch }) => found(updateProspect(db, id, patch), id),
  'prospects:get': ({ id }) => found(getProspect(db, id), id),
  'prospects:list': (input) => cachedListProspects(db, input),
  'prospects:archive': ({ id }) => found(setProspectArchived(db, id, true), id),
  'prospects:restore': ({ id }) => found(setProspectArchived(db, id, false), id),
  'prospects:facets': () => cachedProspectFacets(db),
});
