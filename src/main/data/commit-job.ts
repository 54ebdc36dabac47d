/**
 * The import commit as a job (issue #11): reads are answered while it writes, and the import is
 * still all or nothing.
 *
 * Why one transaction written in slices, and not bounded transactions with staged rows:
 * - All or nothing is the rep's rule: a crash, a cancel or an error mid-import leaves the library
 *   as it was. Rows committed batch by batch would be visible to every list, search and count
 *   (and could be called, edited or planned) before the import is complete; hiding them needs an
 *   "imported, not yet visible" mark that every read of prospects and insights filters, and a
 *   clean-up of the marked rows and an undo of the merges after a crash. One open transaction
 *   gives the same guarantee from SQLite itself: a crash leaves only uncommitted WAL frames, which
 *   the next open ignores; a cancel or an error is a ROLLBACK. Nothing to clean up at start-up.
 * - What froze reads was not a lock (reader threads read the last commit in WAL mode) but the
 *   request thread, busy for seconds in one synchronous call. Here the work is cut into steps
 *   (reading the preview's rows back, the duplicate lookup, then slices of ROWS_PER_SLICE rows,
 *   about 10 ms of CPU each) and the job yields the event loop between them, so reads are served
 *   in between: by the reader threads, which see the library as it was until the COMMIT, or
 *   (without readers) on this connection, where they also see the rows written so far. The
 *   COMMIT itself remains one synchronous step, kept short: a small page cache for the
 *   transaction sends most pages to the WAL during the slices (IMPORT_CACHE_KIB), and the WAL
 *   checkpoint SQLite would run inside the COMMIT (the WAL is thousands of pages past
 *   wal_autocheckpoint after 100k rows) runs on a worker thread instead, after the write turn is
 *   given back (data/checkpoint.ts).
 * - A write from the rep (a note, a new prospect) must not land inside the import's transaction,
 *   where a cancel would roll it back too: the job holds the WriteTurn (jobs/write-turn.ts) and
 *   write channels wait for it, for the few seconds the import takes. Reads never wait.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { z } from 'zod';
import type { importCommitInput } from '../../shared/domain/data';
import type { JobResult, JobStarted } from '../../shared/domain/jobs';
import { ApiFailure } from '../api/errors';
import type { Db } from '../db/open';
import { noteRollback } from '../db/version';
import { checkpointThenResume, pauseAutocheckpoint } from './checkpoint';
import { JobCancelled, type JobContext } from '../jobs/registry';
import { planImportSteps, type Steps } from './import-engine';
import type { DataJobs } from './jobs';
import { analysisToCommit } from './service';
import type { UploadStore } from './uploads';

/** New rows written between two turns of the event loop: about 10 ms of CPU. */
export const ROWS_PER_SLICE = 500;
/** Existing records merged between two turns: read, merged and updated together. */
export const MERGES_PER_SLICE = 500;
/**
 * The page cache during the import's transaction, in KiB (the connection's own is 32 MB, put
 * back after). The COMMIT writes every page still dirty in the cache, then syncs: importing 100k
 * rows into the bench's 776 MB library (load 2.5–6 on 2 cores, 6 runs each, interleaved), its
 * COMMIT took 95–136 ms with 4 MB against 126–239 ms with 32 MB; the job took no longer and the
 * WAL was the same 18,734 frames (a page spilled twice is rewritten in place). 2 MB and 1 MB were
 * no better than 4 MB.
 */
export const IMPORT_CACHE_KIB = 4000;

/** Starts the commit of a previewed upload; its progress counts rows written. */
export function startCommit(
  jobs: DataJobs,
  db: () => Db,
  uploads: UploadStore,
  input: z.output<typeof importCommitInput>,
): JobStarted {
  // Refused now, as the one-shot commit does; every other refusal comes from the job.
  if (!uploads.recall(input.uploadId, 'previewed')) {
    throw new ApiFailure('conflict', 'Preview the file before importing it.');
  }
  const jobId = jobs.registry.start('import-commit', async (context) => {
    // Another import may still be writing: this one starts after it.
    while (jobs.writeTurn.held) await jobs.writeTurn.free();
    const release = jobs.writeTurn.take();
    let committed: Committed;
    try {
      committed = await commitInSlices(db(), uploads, input, context);
    } finally {
      release();
    }
    // The rows are durable now (the UI may say so); the job ends once they are also in the database file, so the
    // next import does not start with this one's WAL still to copy. The worker gets no test
    // gate: that one holds exports and previews.
    context.progress({ phase: 'finished' });
    const { file, nativeBinding } = jobs.source();
    await checkpointThenResume(committed.resumeAutocheckpoint, { file, nativeBinding });
    return committed.result;
  });
  return { jobId };
}

interface Committed {
  result: JobResult;
  /** Gives the main connection its automatic checkpoint back (paused for the COMMIT). */
  resumeAutocheckpoint: () => void;
}

async function commitInSlices(
  db: Db,
  uploads: UploadStore,
  input: z.output<typeof importCommitInput>,
  context: JobContext,
): Promise<Committed> {
  const stopIfCancelled = () => {
    if (context.signal.aborted) throw new JobCancelled();
  };
  /** Runs stepwise work a step per turn of the event loop. */
  const inTurns = async <T>(steps: Steps<T>): Promise<T> => {
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      await nextTurn();
      stopIfCancelled();
    }
  };
  stopIfCancelled();
  context.progress({ phase: 'checking' });
  // Reading the preview's rows back and finding the duplicates take seconds at 100k rows: in
  // steps, as the writing below.
  const { spec, analysis, blanked } = await inTurns(analysisToCommit(uploads, input));
  const plan = await inTurns(planImportSteps(db, spec, analysis, input.duplicateStrategy));
  const total = plan.created.length + plan.merges.length;
  let done = 0;
  context.progress({ done, total, phase: 'writing' });
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.exec('BEGIN IMMEDIATE');
  // A small cache makes SQLite spill the transaction's pages to the WAL as the slices go, so the
  // COMMIT (one synchronous step) has at most this much left to write.
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  let resumeAutocheckpoint: (() => void) | undefined;
  try {
    for (let start = 0; start < plan.created.length; start += ROWS_PER_SLICE) {
      const slice = plan.created.slice(start, start + ROWS_PER_SLICE);
      spec.insert(db, slice);
      done += slice.length;
      context.progress({ done });
      await nextTurn();
      stopIfCancelled();
    }
    for (let start = 0; start < plan.merges.length; start += MERGES_PER_SLICE) {
      const slice = plan.merges.slice(start, start + MERGES_PER_SLICE);
      spec.mergeIntoExisting(db, slice);
      done += slice.length;
      context.progress({ done });
      await nextTurn();
      stopIfCancelled();
    }
    resumeAutocheckpoint = pauseAutocheckpoint(db);
    db.exec('COMMIT');
  } catch (error) {
    resumeAutocheckpoint?.();
    // A statement that failed may already have ended the transaction (SQLite rolls back on some
    // errors, e.g. a full disk); otherwise every slice written so far is undone here.
    if (db.inTransaction) db.exec('ROLLBACK');
    noteRollback(db);
    throw error;
  } finally {
    if (db.open) db.pragma(`cache_size = ${cacheSize}`);
  }
  // The upload has done its job; a second commit of the same file would import it twice.
  uploads.discard(input.uploadId);
  return {
    result: { kind: 'import-commit', counts: { ...plan.result, blanked } },
    resumeAutocheckpoint,
  };
}
