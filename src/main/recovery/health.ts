import type { DatabaseHealth } from '../../shared/domain/recovery';
import type { Db } from '../db/open';
import { runDatabaseJob, type WorkerSource } from '../jobs/database-worker';

/**
 * `PRAGMA quick_check` on the open connection: read-only, but it holds the request path for as
 * long as it reads (see quickCheckOffThread). A thrown SQLITE_CORRUPT counts as damage too.
 */
export function quickCheck(db: Db, now: Date = new Date()): DatabaseHealth {
  const checkedAt = now.toISOString();
  try {
    const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
    const messages = rows.map((row) => row.quick_check);
    if (messages.length === 1 && messages[0] === 'ok') return { status: 'ok', checkedAt };
    return { status: 'damaged', checkedAt, message: messages.join('; ').slice(0, 500) };
  } catch (error) {
    return { status: 'damaged', checkedAt, message: (error as Error).message };
  }
}

/**
 * The same check on a worker thread with its own read-only connection (jobs/database-worker.ts):
 * what the background schedule runs, so requests keep being answered while it reads every page.
 */
export async function quickCheckOffThread(
  source: WorkerSource,
  now: Date = new Date(),
): Promise<DatabaseHealth> {
  const checkedAt = now.toISOString();
  try {
    const outcome = await runDatabaseJob({ job: 'quick-check' }, source);
    if (outcome.error) return { status: 'damaged', checkedAt, message: outcome.error.message };
    const messages = outcome.messages ?? [];
    if (messages.length === 1 && messages[0] === 'ok') return { status: 'ok', checkedAt };
    return { status: 'damaged', checkedAt, message: messages.join('; ').slice(0, 500) };
  } catch (error) {
    // The worker itself failed to start: that says nothing about the file.
    console.error('[health] the background check could not run:', error);
    return { status: 'unchecked' };
  }
}
