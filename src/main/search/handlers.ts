import type { Handlers } from '../api/router';
import type { Db } from '../db/open';
import { searchEverything } from './global';

export const searchHandlers = (db: Db): Pick<Handlers, 'search:global'> => ({
  'search:global': (input) => searchEverything(db, input),
});
