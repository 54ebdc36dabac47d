import type { Db } from '../db/open';

/**
 * The WAL checkpoint of a large write, off the request thread (issue #11).
 *
 * After a COMMIT that leaves the WAL past `wal_autocheckpoint` pages, SQLite checkpoints on the
 * committing connection, inside that COMMIT call: after a 100k-row import that copied thousands
 * of pages into the database file on the request thread (163–173 ms with every read waiting).
 * The import now commits on a worker's own connection, whose automatic checkpoint is off; the
 * worker then runs a PASSIVE checkpoint, which waits for no one: reads go on from the WAL
 * meanwhile, and other writes commit normally (the WAL only grows). The main connection's own
 * checkpoint is paused for the whole import job, so that a write right after the COMMIT does not
 * copy the import's pages on the request thread either.
 *
 * Durability does not depend on the checkpoint: a commit is on disk once its WAL frames are
 * synced (synchronous FULL), and a checkpoint interrupted by a crash is finished by the next
 * open, as SQLite replays the WAL.
 */

/** A reader still on the snapshot before the COMMIT holds back its frames for a few ms. */
const CHECKPOINT_PASSES = 5;
const PAUSE_BETWEEN_PASSES_MS = 20;

/** What `PRAGMA wal_checkpoint` answered: frames in the WAL, and how many are in the file. */
export interface WalCheckpoint {
  /** The checkpoint could not take its lock (another checkpoint, or a restarting writer). */
  busy: boolean;
  log: number;
  checkpointed: number;
}

/**
 * PASSIVE checkpoints of `db`'s WAL until every frame is in the database file or the passes are
 * spent. On a worker thread only: it pauses the thread between passes. Never throws: a
 * checkpoint that fails leaves the frames in the WAL, where reads still find them and the next
 * checkpoint copies them.
 */
export function checkpointPasses(db: Db): { checkpoint?: WalCheckpoint } {
  try {
    let row: { busy: number; log: number; checkpointed: number };
    for (let pass = 1; ; pass++) {
      row = (db.pragma('wal_checkpoint(PASSIVE)') as (typeof row)[])[0]!;
      if ((row.busy === 0 && row.checkpointed >= row.log) || pass === CHECKPOINT_PASSES) break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_BETWEEN_PASSES_MS);
    }
    return { checkpoint: { busy: row.busy === 1, log: row.log, checkpointed: row.checkpointed } };
  } catch {
    return {};
  }
}

interface Paused {
  holders: number;
  /** The connection's own setting, put back when the last holder resumes. */
  pages: number;
}

const paused = new WeakMap<Db, Paused>();

/**
 * Turns off `db`'s automatic checkpoint until the returned function is called. Two imports may
 * overlap (the second's COMMIT before the first's checkpoint is done): the setting comes back
 * only when both have resumed. Calling the returned function twice resumes once.
 */
export function pauseAutocheckpoint(db: Db): () => void {
  let entry = paused.get(db);
  if (!entry) {
    entry = { holders: 0, pages: db.pragma('wal_autocheckpoint', { simple: true }) as number };
    paused.set(db, entry);
    db.pragma('wal_autocheckpoint = 0');
  }
  entry.holders++;
  let resumed = false;
  return () => {
    if (resumed) return;
    resumed = true;
    entry.holders--;
    if (entry.holders > 0) return;
    paused.delete(db);
    // A connection closed meanwhile (the app quitting) needs nothing back.
    if (db.open) db.pragma(`wal_autocheckpoint = ${entry.pages}`);
  };
}
