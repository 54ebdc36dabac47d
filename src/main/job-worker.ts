import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { ApiFailure } from './api/errors';
import { checkpointPasses } from './data/checkpoint';
import { commitOnWorker, type CommitTask } from './data/commit-task';
import { writeExport, type ExportTask } from './data/export-file';
import { previewOnWorker, type PreviewTask } from './data/preview-job';
import { openWriteConnection, type Db } from './db/open';
import { runSearchBackfill, type BackfillTask } from './db/search-backfill-worker';
import { setTestClockOffset } from './db/time';
import { waitAtGate } from './jobs/gate';
import type {
  SpareStart,
  ToWorker,
  WorkerReply,
  WorkerReporter,
  WorkerStart,
} from './jobs/worker-protocol';

type JobTask = ExportTask | PreviewTask | CommitTask;

/**
 * The job worker (issue #11: long work off the request path). It opens the library on its own
 * connection (read-only, except for the import commit), runs one task, reports progress, and
 * ends; or it runs the search index backfill's turns until done or stopped
 * (db/search-backfill-worker.ts). The import commit first receives its rows as messages. A worker started ahead of its job
 * receives the job as its first message. Started by
 * jobs/worker-thread.ts; electron-vite builds it to out/main/job-worker.js.
 */
const port = parentPort!;
const post = (reply: WorkerReply) => port.postMessage(reply);
/** Set once the job is known: at once, or by the start message of a worker started ahead. */
let start: WorkerStart<JobTask>;

let held = false;
const reporter: WorkerReporter = {
  progress: (progress) => post({ type: 'progress', progress }),
  batch: (json) => post({ type: 'batch', json }),
  checkpoint: (done) => {
    if (!start.gate || held || done < start.gate.afterRows) return;
    held = true;
    post({ type: 'held' });
    waitAtGate(start.gate);
  },
};

function run(db: Db, task: JobTask, batches: readonly string[]): unknown {
  switch (task.job) {
    case 'export':
      return writeExport(db, task.kind, task.target, reporter);
    case 'import-preview':
      return previewOnWorker(db, task, reporter);
    case 'import-commit':
      return commitOnWorker(db, task, batches, reporter);
  }
}

function open(): Db {
  const binding = start.nativeBinding ? { nativeBinding: start.nativeBinding } : {};
  if (start.task.job === 'import-commit') return openWriteConnection(start.file, binding);
  const db = new Database(start.file, { readonly: true, fileMustExist: true, ...binding });
  db.pragma('busy_timeout = 5000');
  return db;
}

function runAndAnswer(batches: readonly string[]): void {
  let db: Db | undefined;
  try {
    db = open();
    post({ type: 'done', result: run(db, start.task, batches) });
    // The import's rows are durable and its job is done; copying them from the WAL into the
    // database file is this thread's last work (data/checkpoint.ts).
    if (start.task.job === 'import-commit') checkpointPasses(db);
  } catch (error) {
    post({
      type: 'error',
      message: String((error as Error | undefined)?.message),
      code: (error as { code?: string } | undefined)?.code,
      refusal:
        error instanceof ApiFailure ? { code: error.code, message: error.message } : undefined,
    });
  } finally {
    db?.close();
  }
}

function begin(given: WorkerStart<JobTask | BackfillTask>): void {
  if (given.task.job === 'search-backfill') {
    // Turn after turn until done or stopped (db/search-backfill.ts), then what is left of
    // the WAL is copied into the database file, as after an import.
    runSearchBackfill(given as WorkerStart<BackfillTask>, port, checkpointPasses);
    return;
  }
  start = given as WorkerStart<JobTask>;
  setTestClockOffset(start.clockOffsetMs ?? 0);
  if (start.task.job !== 'import-commit') {
    runAndAnswer([]);
    return;
  }
  const batches: string[] = [];
  const receive = (message: ToWorker) => {
    if (message.type === 'batch') {
      batches.push(message.json);
      return;
    }
    if (message.type !== 'go') return;
    // Without a listener the port no longer keeps the thread alive: it ends after the answer.
    port.off('message', receive);
    runAndAnswer(batches);
  };
  port.on('message', receive);
}

const data = workerData as WorkerStart<JobTask | BackfillTask> | SpareStart;
if ('spare' in data) {
  // Started ahead (jobs/worker-thread.ts, prepareWorker): the code is loaded; the job comes now.
  const onStart = (message: ToWorker) => {
    if (message.type !== 'start') return;
    port.off('message', onStart);
    begin(message.start as WorkerStart<JobTask | BackfillTask>);
  };
  port.on('message', onStart);
} else {
  begin(data);
}
