/**
 * The import commit as a job (issue #11): reads are answered while it writes, and the import is
 * still all or nothing.
 *
 * Why one transaction, and not bounded transactions with staged rows:
 * - All or nothing is the rep's rule: a crash, a cancel or an error mid-import leaves the library
 *   as it was. Rows committed batch by batch would be visible to every list, search and count
 *   (and could be called, edited or planned) before the import is complete; hiding them needs an
 *   "imported, not yet visible" mark that every read of prospects and insights filters, and a
 *   clean-up of the marked rows and an undo of the merges after a crash. One open transaction
 *   gives the same guarantee from SQLite itself: a crash leaves only uncommitted WAL frames, which
 *   the next open ignores; a cancel or an error is a ROLLBACK. Nothing to clean up at start-up.
 * - The transaction runs on the job worker's own read-write connection (data/commit-task.ts):
 *   the duplicate lookup, the slices and the COMMIT (its fsync and last WAL frames took 80 ms on
 *   the request thread when it ran there). The job is done at the COMMIT; the worker then copies
 *   the WAL into the database file before it ends. This thread only hands over
 *   the preview's rows as the text the preview's worker sent, and relays progress. Every read,
 *   at the reader threads or on the main connection, sees the library as it was until the
 *   COMMIT; with no reader threads too, since the main connection is not the one writing.
 *   Importing 100k rows into the bench's 776 MB library (npm run bench -- background, upload,
 *   preview and commit), the request thread's event loop was busy 215–262 ms in all, its reads
 *   included, against 1,951–2,644 ms when the slices and the COMMIT ran there (load 1.4–3.9).
 * - A write from the rep (a note, a new prospect) must not wait on the worker's write lock for
 *   seconds and time out: the job holds the WriteTurn (jobs/write-turn.ts) until the COMMIT and
 *   write channels wait for it, for the few seconds the import takes. Reads never wait.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { z } from 'zod';
import type { importCommitInput } from '../../shared/domain/data';
import type { JobStarted } from '../../shared/domain/jobs';
import { ApiFailure } from '../api/errors';
import type { Db } from '../db/open';
import { JobCancelled, type JobContext } from '../jobs/registry';
import { runOnWorker } from '../jobs/worker-thread';
import { pauseAutocheckpoint } from './checkpoint';
import type { CommitOutcome, CommitTask } from './commit-task';
import type { Steps } from './import-engine';
import type { DataJobs } from './jobs';
import { rowsToCommit } from './service';
import type { UploadStore } from './uploads';

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
    const release = once(jobs.writeTurn.take());
    // Off until the worker has checkpointed and ended (after the job): a write right after the
    // COMMIT would otherwise copy the import's pages into the file on this thread.
    const resumeAutocheckpoint = pauseAutocheckpoint(db());
    let workerOwnsResume = false;
    try {
      context.progress({ phase: 'checking' });
      const rows = await inTurns(rowsToCommit(uploads, input), context);
      const task: CommitTask = {
        job: 'import-commit',
        kind: rows.kind,
        duplicateStrategy: input.duplicateStrategy,
        invalidRows: rows.invalidRows,
        cancelFlag: new SharedArrayBuffer(4),
      };
      workerOwnsResume = true;
      const outcome = await runOnWorker<CommitOutcome>(
        task,
        jobs.source(),
        {
          signal: context.signal,
          progress: (update) => {
            context.progress(update);
            // The rows are durable: writes need not wait for the checkpoint.
            if (update.phase === 'finished') release();
          },
        },
        { feed: rows.batches, cancelFlag: task.cancelFlag, onExit: resumeAutocheckpoint },
      );
      // The upload has done its job; a second commit of the same file would import it twice.
      uploads.discard(input.uploadId);
      return { kind: 'import-commit', counts: { ...outcome.counts, blanked: rows.blanked } };
    } finally {
      release();
      if (!workerOwnsResume) resumeAutocheckpoint();
    }
  });
  return { jobId };
}

/** Runs stepwise work a step per turn of the event loop, stopping if the job is cancelled. */
async function inTurns<T>(steps: Steps<T>, context: JobContext): Promise<T> {
  for (;;) {
    if (context.signal.aborted) throw new JobCancelled();
    const next = steps.next();
    if (next.done) return next.value;
    await nextTurn();
  }
}

/** The write turn is given back at the COMMIT or at the end, whichever comes first; once. */
function once(release: () => void): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}
