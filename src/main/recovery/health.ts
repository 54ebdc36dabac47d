import type { DatabaseHealth } from '../../shared/domain/recovery';
import type { Db } from '../db/open';

/**
 * `PRAGMA quick_check` on the open connection: read-only, and it runs between requests because
 * the backend is single-threaded. A thrown SQLITE_CORRUPT counts as damage too.
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
