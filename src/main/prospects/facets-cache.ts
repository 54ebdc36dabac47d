import type { ProspectFacets } from '../../shared/domain/prospect';
import type { Db } from '../db/open';
import { databaseVersion } from '../db/version';
import { prospectFacets } from './repository';

interface Cached {
  version: string;
  facets: ProspectFacets;
}

const cache = new WeakMap<Db, Cached>();

/**
 * The filter menus' tags and industries, computed once per version of the database (see
 * databaseVersion). Counting them costs ~228 ms of CPU at 100k prospects and the list asked on
 * every load (issue #11). A restore opens a new connection, so the WeakMap starts empty for it.
 */
export function cachedProspectFacets(db: Db): ProspectFacets {
  const version = databaseVersion(db);
  const hit = cache.get(db);
  if (hit?.version === version) return hit.facets;
  const facets = prospectFacets(db);
  cache.set(db, { version, facets });
  return facets;
}
