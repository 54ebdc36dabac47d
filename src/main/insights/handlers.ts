import type { Db } from '../db/open';
import type { FeatureHandlers } from '../api/router';
import { required } from '../api/errors';
import { getProspect } from '../prospects/repository';
import {
  createInsight,
  getInsight,
  insightFacets,
  listInsights,
  searchInsights,
  setInsightArchived,
  updateInsight,
} from './repository';
import { suggestInsights } from './suggest';

type InsightChannels = FeatureHandlers<'insights'>;

const found = required('Insight');
const requiredProspect = required('Prospect');

export const insightHandlers = (db: Db): InsightChannels => ({
  'insights:create': (input) => createInsight(db, input),
  'insights:update': ({ id, patch }) => found(updateInsight(db, id, patch), id),
  'insights:get': ({ id }) => found(getInsight(db, id), id),
  'insights:list': (input) => listInsights(db, input),
  'insights:archive': ({ id }) => found(setInsightArchived(db, id, true), id),
  'insights:restore': ({ id }) => found(setInsightArchived(db, id, false), id),
  'insights:search': ({ query, limit, ...filters }) => searchInsights(db, query, limit, filters),
  'insights:facets': () => insightFacets(db),
  'insights:suggest': ({ prospectId, limit }) =>
    suggestInsights(db, requiredProspect(getProspect(db, prospectId), prospectId), limit),
});
