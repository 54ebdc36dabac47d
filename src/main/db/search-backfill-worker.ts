import type { MessagePort } from 'node:worker_threads';
import { waitAtGate } from '../jobs/gate';
import type { GateData } from '../jobs/worker-protocol';
import { indexUnindexedInsights, type BackfillTurn } from './insight-search-index';
import { openWriteConnection, type Db } from './open';

/**
 * The worker's side of the search index backfill (db/search-backfill.ts): its own read-write
 * connection to the library, on which it runs the turns one after another, each followed by a
 * checkpoint, until every marked row has been looked at or the main thread stops it. It runs in
 * the job worker (job-worker.ts), which electron-vite already builds.
 *
 * The main thread steers it through shared flags rather than messages, so the turns need
 * nothing from the main thread's event loop (a busy request thread does not slow them): it
 * raises PAUSED while a job holds the write turn, WRITING while the main connection writes
 * (so that write waits for one turn at most: SQLite's busy handler sleeps longer and longer and
 * lost the lock to the next turn again and again, 141 ms p99 and 638 ms at worst for a one-row
 * write in the bench), STOP to end it, and counts STEP in a test that inspects the library
 * between turns. The worker counts in HELD_FOR_WRITE each time it holds a turn back for a write. Each change also adds one to WAKE, which the worker
 * waits on.
 */
export const FLAG = { stop: 0, paused: 1, step: 2, wake: 3, writing: 4, heldForWrite: 5 } as const;
export const FLAG_COUNT = 6;

/** The backfill, as the main thread hands it to the job worker. */
export interface BackfillTask {
  job: 'search-backfill';
  rowsPerTurn: number;
  /** Int32 flags, indexed by FLAG. */
  flags: SharedArrayBuffer;
  /** Test only: wait after each turn until the main thread has counted it in STEP. */
  stepped: boolean;
}

/** What the backfill's worker tells the main thread. */
export type FromBackfill =
  /** One turn committed (sent only when stepped: nothing listens otherwise). */
  | { type: 'turn'; turn: BackfillTurn }
  /** It waits for a job to give the write turn back. */
  | { type: 'waiting' }
  /** Test only: the worker waits inside a turn's transaction (BackfillStart's gate). */
  | { type: 'held' }
  | { type: 'end'; outcome: 'done' | 'stopped' }
  | { type: 'failed'; message: string; code?: string };

export interface BackfillStart {
  task: BackfillTask;
  file: string;
  nativeBinding?: string | undefined;
  /** Test only: hold the turn that reaches `afterRows` indexed rows, before its COMMIT. */
  gate?: GateData | undefined;
}

/**
 * A turn refused the write lock this many times in a row (each after the connection's busy
 * timeout) while no job held the write turn ends the backfill: another process is writing.
 */
const BUSY_TURNS_AT_MOST = 3;

/**
 * Runs the backfill on this thread, then closes the connection.
 *
 * The connection commits without an fsync of the WAL (synchronous NORMAL): a turn lost to a
 * power cut leaves its rows marked, which is valid, and the next start indexes them again. Its
 * automatic checkpoint is off: after each turn, outside the turn's transaction, `checkpoint`
 * copies the WAL into the database file (the job worker passes data/checkpoint.ts's PASSIVE
 * passes, which wait for no reader or writer, and pause this thread between passes until the
 * copy is complete), and once more before it closes. So no checkpoint falls to the request
 * thread (backend.ts pauses the main connection's automatic checkpoint meanwhile), and the WAL
 * stays small: a read that began before a turn's COMMIT holds back that turn's frames, and
 * with reads back to back on the request thread the WAL grew to 81–92 MB when the next turn
 * went on regardless (bench/upgrade.bench.ts); once the copy is complete, the next turn's
 * transaction starts the WAL over.
 */
export function runSearchBackfill(
  start: BackfillStart,
  port: MessagePort,
  checkpoint: (db: Db) => void,
): void {
  const send = (message: FromBackfill) => port.postMessage(message);
  let db: Db;
  try {
    db = openWriteConnection(start.file, { nativeBinding: start.nativeBinding });
    db.pragma('synchronous = NORMAL');
    db.pragma('wal_autocheckpoint = 0');
  } catch (error) {
    send(failure(error));
    return;
  }
  try {
    send({ type: 'end', outcome: turns(db, start, send, checkpoint) });
  } catch (error) {
    send(failure(error));
  } finally {
    checkpoint(db);
    db.close();
  }
}

function turns(
  db: Db,
  start: BackfillStart,
  send: (message: FromBackfill) => void,
  checkpoint: (db: Db) => void,
) {
  const flags = new Int32Array(start.task.flags);
  const flag = (index: number) => Atomics.load(flags, index);
  const { gate } = start;
  let indexed = 0;
  const turn = db.transaction((after: number): BackfillTurn => {
    const done = indexUnindexedInsights(db, after, start.task.rowsPerTurn);
    indexed += done.indexed;
    if (gate && indexed >= gate.afterRows && indexed - done.indexed < gate.afterRows) {
      send({ type: 'held' });
      waitAtGate(gate);
    }
    return done;
  });
  let after = 0;
  let busy = 0;
  let steps = 0;
  let told = false;
  for (;;) {
    // Read before the checks: a change after them makes the wait below return at once.
    const seen = flag(FLAG.wake);
    if (flag(FLAG.stop)) return 'stopped';
    if (flag(FLAG.paused) || flag(FLAG.writing) || flag(FLAG.step) < steps) {
      if (flag(FLAG.paused) && !told) send({ type: 'waiting' });
      told = flag(FLAG.paused) === 1;
      if (flag(FLAG.writing)) {
        Atomics.add(flags, FLAG.heldForWrite, 1);
        Atomics.notify(flags, FLAG.heldForWrite);
      }
      Atomics.wait(flags, FLAG.wake, seen);
      continue;
    }
    told = false;
    let done: BackfillTurn;
    try {
      done = turn.immediate(after);
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      // Locked the whole busy timeout: by an import that began meanwhile (its write turn is
      // then raised here, and the loop waits for it), or by another process.
      if (!flag(FLAG.paused) && ++busy >= BUSY_TURNS_AT_MOST) throw error;
      continue;
    }
    busy = 0;
    if (done.last === null) return 'done';
    after = done.last;
    checkpoint(db);
    if (start.task.stepped) {
      steps++;
      send({ type: 'turn', turn: done });
    }
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
