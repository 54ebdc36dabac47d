import type { ProspectFacets } from '../../shared/domain/prospect';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { prospectFacets } from './repository';

interface Cached {
  version: string;
  facets: ProspectFacets;
}

const cache = new WeakMap<Db, Cached>();

/**
 * The filter menus' tags and industries, computed once per version of the database. Counting
 * them costs ~228 ms of CPU at 100k prospects and the list asked on every load (issue #11).
 *
 * The version is this connection's total_changes() (every row it wrote, in any table, committed
 * or not: a rolled-back write only costs one recomputation) plus PRAGMA data_version (commits by
 * any other connection to the file). Any write invalidates, not only prospect writes: that is
 * conservative, needs no trigger, and writes come at the rep's pace while list loads repeat.
 * A restore opens a new connection, so the WeakMap starts empty for it.
 */
export function cachedProspectFacets(db: Db): ProspectFacets {
  const version = `${String(statement(db, 'SELECT total_changes()').pluck().get())}:${String(db.pragma('data_version', { simple: true }))}`;
  const hit = cache.get(db);
  if (hit?.version === version) return hit.facets;
  const facets = prospectFacets(db);
  cache.set(db, { version, facets });
  return facets;
}
