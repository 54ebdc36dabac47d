import type { Db } from './open';
import { statement } from './statements';

/**
 * A value that changes whenever the database may have: this connection's total_changes() (every
 * row it wrote, in any table, committed or not) and PRAGMA data_version (commits by any other
 * connection to the file). Caches of derived reads key on it. It moves on every write, not only
 * on the tables a cache reads: conservative, needs no trigger, and writes come at the rep's pace
 * while reads repeat. A rolled-back write only costs one recomputation. The import commits on
 * another connection (data/commit-task.ts): this one never reads its uncommitted rows, and sees
 * its COMMIT as a new data_version.
 */
export function databaseVersion(db: Db): string {
  const changes = statement(db, 'SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${dataVersion}`;
}
