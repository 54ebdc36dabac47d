import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { loadSampleData, removeSampleData } from './service';

export const sampleHandlers = (db: Db): FeatureHandlers<'sample'> => ({
  'sample:load': () => loadSampleData(db),
  'sample:remove': () => removeSampleData(db),
});
