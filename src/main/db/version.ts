import type { Db } from './open';
import { statement } from './statements';

/**
 * A value that changes whenever the database may have: this connection's total_changes() (every
 * row it wrote, in any table, committed or not) and PRAGMA data_version (commits by any other
 * connection to the file). Caches of derived reads key on it. It moves on every write, not only
 * on the tables a cache reads: conservative, needs no trigger, and writes come at the rep's pace
 * while reads repeat. A rolled-back write only costs one recomputation.
 */
export function databaseVersion(db: Db): string {
  const changes = statement(db, 'SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${dataVersion}:${rollbacks.get(db) ?? 0}`;
}

const rollbacks = new WeakMap<Db, number>();

/**
 * Called after rolling back a transaction whose rows this connection's reads may have seen (an
 * import written in slices, data/commit-job.ts): total_changes() does not go back down, so
 * without this a cache filled mid-import would keep showing the rows that were undone.
 */
export function noteRollback(db: Db): void {
  rollbacks.set(db, (rollbacks.get(db) ?? 0) + 1);
}
