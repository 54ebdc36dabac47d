import type { DuplicateStrategy, ImportKind, ImportResult } from '../../shared/domain/data';
import type { Db } from '../db/open';
import type { WorkerReporter } from '../jobs/worker-protocol';
import { planImport, type Analysis, type ValidatedRow } from './import-engine';
import { specs } from './service';

/** New rows written between two looks at the cancel flag and two progress reports. */
export const ROWS_PER_SLICE = 500;
/** Existing records merged per slice: read, merged and updated together. */
export const MERGES_PER_SLICE = 500;

/**
 * The page cache of the worker's connection, in KiB. A small cache spills the transaction's pages
 * to the WAL as the slices go and leaves the COMMIT little to write; now that the COMMIT runs
 * here, off the request thread, only the job's total time counts.
 */
export const IMPORT_CACHE_KIB = 4_000;

/** The import commit, as the job hands it to its worker (data/commit-job.ts). */
export interface CommitTask {
  job: 'import-commit';
  kind: ImportKind;
  duplicateStrategy: DuplicateStrategy;
  /** Rows the preview found invalid and the rep chose to leave out: counted, not written. */
  invalidRows: number;
  /** Raised (first Int32 set to 1) by the job to cancel; read between slices. */
  cancelFlag: SharedArrayBuffer;
}

export interface CommitOutcome {
  counts: ImportResult;
}

/** Thrown on the worker when the job asked it to stop; the job reports a cancel. */
class StoppedByCancel extends Error {
  constructor() {
    super('The import was cancelled.');
  }
}

/**
 * The import commit on the job worker, on its own read-write connection (issue #11).
 *
 * One transaction, so the import is all or nothing: a cancel or an error is a ROLLBACK here, and
 * a crash leaves only uncommitted WAL frames that the next open ignores. Nothing of it runs on the
 * request thread, not even the COMMIT (its fsync and last WAL frames took 80 ms there): reads go
 * on at reader threads or on the main connection, all of which see the library as it was until
 * the COMMIT, also with no reader threads. The job holds the write turn meanwhile, so no write
 * of the main connection waits for this transaction's lock.
 *
 * The duplicate lookup runs inside the transaction, so the rows merged into are those the
 * transaction writes over. After the COMMIT the job is done (the rows are durable); the worker
 * then copies the WAL into the database file with a PASSIVE checkpoint (job-worker.ts; this
 * connection's automatic one is off, so the COMMIT does not do it) and ends.
 */
export function commitOnWorker(
  db: Db,
  task: CommitTask,
  batches: readonly string[],
  reporter: WorkerReporter,
): CommitOutcome {
  const cancelFlag = new Int32Array(task.cancelFlag);
  const stopIfCancelled = () => {
    if (Atomics.load(cancelFlag, 0) !== 0) throw new StoppedByCancel();
  };
  const spec = specs[task.kind];
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  reporter.progress({ phase: 'checking' });
  const rows: ValidatedRow<unknown>[] = [];
  for (const json of batches) {
    for (const row of JSON.parse(json) as ValidatedRow<unknown>[]) rows.push(row);
  }
  const analysis: Analysis<unknown> = {
    rows,
    errors: [],
    invalidRows: task.invalidRows,
    blocking: null,
  };
  stopIfCancelled();
  db.exec('BEGIN IMMEDIATE');
  let counts: ImportResult;
  try {
    const plan = planImport(db, spec, analysis, task.duplicateStrategy);
    counts = plan.result;
    const total = plan.created.length + plan.merges.length;
    let done = 0;
    reporter.progress({ done, total, phase: 'writing' });
    const wrote = (count: number) => {
      done += count;
      reporter.progress({ done });
      reporter.checkpoint(done);
      stopIfCancelled();
    };
    stopIfCancelled();
    for (let start = 0; start < plan.created.length; start += ROWS_PER_SLICE) {
      const slice = plan.created.slice(start, start + ROWS_PER_SLICE);
      spec.insert(db, slice);
      wrote(slice.length);
    }
    for (let start = 0; start < plan.merges.length; start += MERGES_PER_SLICE) {
      const slice = plan.merges.slice(start, start + MERGES_PER_SLICE);
      spec.mergeIntoExisting(db, slice);
      wrote(slice.length);
    }
    db.exec('COMMIT');
  } catch (error) {
    // A statement that failed may already have ended the transaction (SQLite rolls back on some
    // errors, e.g. a full disk); otherwise every slice written so far is undone here.
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  reporter.progress({ phase: 'finished' });
  return { counts };
}
