import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { ApiFailure } from './api/errors';
import { writeExport, type ExportTask } from './data/export-file';
import { previewOnWorker, type PreviewTask } from './data/preview-job';
import type { Db } from './db/open';
import { waitAtGate } from './jobs/gate';
import type { WorkerReply, WorkerReporter, WorkerStart } from './jobs/worker-protocol';

type JobTask = ExportTask | PreviewTask;

/**
 * The job worker (issue #11: long work off the request path). It opens the library read-only
 * on its own connection, runs one task, reports progress, and ends. Started by
 * jobs/worker-thread.ts; electron-vite builds it to out/main/job-worker.js.
 */
const start = workerData as WorkerStart<JobTask>;
const port = parentPort!;
const post = (reply: WorkerReply) => port.postMessage(reply);

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

function run(db: Db, task: JobTask): unknown {
  switch (task.job) {
    case 'export':
      return writeExport(db, task.kind, task.target, reporter);
    case 'import-preview':
      return previewOnWorker(db, task, reporter);
  }
}

let db: Db | undefined;
try {
  db = new Database(start.file, {
    readonly: true,
    fileMustExist: true,
    ...(start.nativeBinding ? { nativeBinding: start.nativeBinding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  post({ type: 'done', result: run(db, start.task) });
} catch (error) {
  post({
    type: 'error',
    message: String((error as Error | undefined)?.message),
    code: (error as { code?: string } | undefined)?.code,
    refusal: error instanceof ApiFailure ? { code: error.code, message: error.message } : undefined,
  });
} finally {
  db?.close();
}
