import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { searchEverything } from './global';

export const searchHandlers = (db: Db): FeatureHandlers<'search'> => ({
  'search:global': (input) => searchEverything(db, input),
});
