import type { Db } from '../db/open';
import {
  runDatabaseJob,
  type JobHooks,
  type WalCheckpoint,
  type WorkerSource,
} from '../jobs/database-worker';

/**
 * The WAL checkpoint of a large write, off the request thread (issue #11).
 *
 * After a COMMIT that leaves the WAL past `wal_autocheckpoint` pages, SQLite checkpoints on the
 * committing connection, inside that COMMIT call: after a 100k-row import that copied thousands
 * of pages into the database file on the request thread (163–173 ms with every read waiting).
 * Instead the import pauses the main connection's automatic checkpoint for its COMMIT and a
 * worker thread with its own read-write connection runs a PASSIVE checkpoint, which waits for no
 * one: reads go on from the WAL meanwhile, and other writes commit normally (the WAL only grows).
 *
 * Durability does not depend on the checkpoint: a commit is on disk once its WAL frames are
 * synced (synchronous FULL), and a checkpoint interrupted by a crash is finished by the next
 * open, as SQLite replays the WAL.
 */

/** A reader still on the snapshot before the COMMIT holds back its frames for a few ms. */
const CHECKPOINT_PASSES = 5;
const PAUSE_BETWEEN_PASSES_MS = 20;

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

export interface CheckpointOutcome {
  /** What the worker's last PASSIVE pass answered; absent when it failed. */
  checkpoint?: WalCheckpoint;
  error?: { message: string; code?: string };
  /** The worker's thread: never the main thread's 0. */
  threadId?: number;
}

/**
 * Runs a PASSIVE checkpoint of `source.file` on a worker thread. Never rejects: a checkpoint that
 * fails leaves the frames in the WAL, where reads still find them and the next checkpoint copies
 * them; the caller's data is safe either way.
 */
export async function checkpointOnWorker(
  source: WorkerSource,
  hooks: Pick<JobHooks, 'gate'> = {},
): Promise<CheckpointOutcome> {
  try {
    const outcome = await runDatabaseJob(
      { job: 'checkpoint', passes: CHECKPOINT_PASSES, pauseMs: PAUSE_BETWEEN_PASSES_MS },
      source,
      hooks,
    );
    return outcome.checkpoint
      ? { checkpoint: outcome.checkpoint, threadId: outcome.threadId }
      : { error: outcome.error ?? { message: 'The checkpoint answered nothing.' } };
  } catch (error) {
    return { error: { message: String((error as Error | undefined)?.message) } };
  }
}

/** Checkpoints on a worker, then gives `db` its automatic checkpoint back (also on failure). */
export async function checkpointThenResume(
  resume: () => void,
  source: WorkerSource,
  hooks: Pick<JobHooks, 'gate'> = {},
): Promise<CheckpointOutcome> {
  try {
    return await checkpointOnWorker(source, hooks);
  } finally {
    resume();
  }
}
