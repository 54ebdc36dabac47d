import type { MessagePort } from 'node:worker_threads';
import { waitAtGate } from '../jobs/gate';
import type { GateData } from '../jobs/worker-protocol';
import { indexUnindexedInsights, type BackfillTurn } from './insight-search-index';
import { openWriteConnection, type Db } from './open';

/**
 * The worker's side of the search index backfill (db/search-backfill.ts): its own read-write
 * connection to the library, on which it runs one turn each time the main thread asks, then
 * copies the WAL into the database file. The main thread decides when a turn may start (no job
 * holds the write turn, nothing stopped it), so every ordering rule stays there; this side only
 * writes. It runs in the job worker (job-worker.ts), which electron-vite already builds.
 */

/** The backfill, as the main thread hands it to the job worker. */
export interface BackfillTask {
  job: 'search-backfill';
}

/** What the main thread sends the backfill's worker. */
export type ToBackfill =
  | { type: 'turn'; after: number; rows: number }
  /** Close the connection; the thread then ends. */
  | { type: 'close' };

/** What the backfill's worker answers. */
export type FromBackfill =
  | { type: 'ready' }
  | { type: 'turn'; turn: BackfillTurn }
  /**
   * The write lock was not to be had within the busy timeout (an import's transaction that
   * began meanwhile, or another process): nothing was written, the turn may be asked again.
   */
  | { type: 'busy' }
  /** Test only: the worker waits inside a turn's transaction (see BackfillTestGate). */
  | { type: 'held' }
  | { type: 'failed'; message: string; code?: string };

export interface BackfillStart {
  file: string;
  nativeBinding?: string | undefined;
  /** Test only: hold the turn that reaches this many indexed rows, before its COMMIT. */
  gate?: GateData | undefined;
}

/**
 * Opens the connection and serves turns until told to close. The connection commits without an
 * fsync of the WAL (synchronous NORMAL): a turn lost to a power cut leaves its rows marked,
 * which is valid, and the next start indexes them again. Its automatic checkpoint is off: after
 * each turn it runs a PASSIVE checkpoint, outside the turn's transaction, which waits for no
 * reader or writer and copies what it can (the main connection's own writes included), so the
 * WAL stays small and no checkpoint falls to the request thread (backend.ts pauses the main
 * connection's automatic checkpoint while the backfill runs).
 */
export function serveSearchBackfill(start: BackfillStart, port: MessagePort): void {
  const send = (message: FromBackfill) => port.postMessage(message);
  let db: Db;
  try {
    db = openWriteConnection(start.file, { nativeBinding: start.nativeBinding });
    db.pragma('synchronous = NORMAL');
    db.pragma('wal_autocheckpoint = 0');
  } catch (error) {
    send(failure(error));
    port.close();
    return;
  }
  let indexed = 0;
  let held = false;
  const turn = db.transaction((after: number, rows: number): BackfillTurn => {
    const done = indexUnindexedInsights(db, after, rows);
    indexed += done.indexed;
    if (start.gate && !held && indexed >= start.gate.afterRows) {
      held = true;
      send({ type: 'held' });
      waitAtGate(start.gate);
    }
    return done;
  });
  port.on('message', (message: ToBackfill) => {
    if (message.type === 'close') {
      db.close();
      port.close();
      return;
    }
    try {
      send({ type: 'turn', turn: turn.immediate(message.after, message.rows) });
    } catch (error) {
      send((error as { code?: string }).code === 'SQLITE_BUSY' ? { type: 'busy' } : failure(error));
      return;
    }
    checkpoint(db);
  });
  send({ type: 'ready' });
}

/** Never throws: frames it could not copy stay in the WAL, where reads find them. */
function checkpoint(db: Db): void {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // The next turn's checkpoint tries again.
  }
}

function failure(error: unknown): FromBackfill {
  const { message, code } = error as { message?: unknown; code?: unknown };
  return {
    type: 'failed',
    message: String(message),
    ...(typeof code === 'string' ? { code } : {}),
  };
}
