import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiFailure } from '../api/errors';
import type { JobGate } from './gate';
import { JobCancelled, type JobContext } from './registry';
import type { WorkerReply, WorkerStart } from './worker-protocol';

export interface WorkerSource {
  file: string;
  /** The Electron build of better-sqlite3 (see db/open.ts); absent under plain Node. */
  nativeBinding?: string | undefined;
  /** Test only: see JobGate. */
  gate?: JobGate | undefined;
}

/**
 * Where the worker's code is: `job-worker.js` beside the bundle's entries (electron-vite builds
 * it from src/main/job-worker.ts), or the TypeScript source itself under Vitest, tsx and the
 * bench, which is then loaded through tsx's require hook.
 */
function workerEntry(): { file: string; typescript: boolean } {
  const here = dirname(fileURLToPath(import.meta.url));
  // The bundle may put this module in a chunk folder below the entries.
  for (const folder of [here, join(here, '..')]) {
    const built = join(folder, 'job-worker.js');
    if (existsSync(built)) return { file: built, typescript: false };
    const source = join(folder, 'job-worker.ts');
    if (existsSync(source)) return { file: source, typescript: true };
  }
  throw new Error(`The job worker's code was not found near ${here}.`);
}

function spawn(start: WorkerStart<unknown>): Worker {
  const entry = workerEntry();
  if (!entry.typescript) return new Worker(entry.file, { workerData: start });
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const code = `require(${JSON.stringify(tsx)}).require(${JSON.stringify(entry.file)}, ${JSON.stringify(tsx)});`;
  return new Worker(code, { eval: true, workerData: start });
}

/**
 * Runs `task` on a fresh worker thread with its own read-only connection to `source.file`.
 * Progress goes to the job's context; batches of rows to `onBatch` as they arrive; cancelling the
 * job terminates the worker at once (the caller removes whatever it had started to write).
 */
export function runOnWorker<Result>(
  task: unknown,
  source: WorkerSource,
  context: JobContext,
  onBatch?: (json: string) => void,
): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    if (context.signal.aborted) {
      reject(new JobCancelled());
      return;
    }
    const worker = spawn({
      task,
      file: source.file,
      nativeBinding: source.nativeBinding,
      gate: source.gate?.data,
    });
    // A job never keeps the app from quitting.
    worker.unref();
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      context.signal.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () => {
      // Resolves once the thread has stopped, so nothing it wrote is still being written.
      void worker.terminate().then(() => settle(() => reject(new JobCancelled())));
    };
    context.signal.addEventListener('abort', onAbort);
    worker.on('message', (reply: WorkerReply) => {
      if (context.signal.aborted) return;
      switch (reply.type) {
        case 'progress':
          context.progress(reply.progress);
          break;
        case 'batch':
          onBatch?.(reply.json);
          break;
        case 'held':
          source.gate?.noticeHeld();
          break;
        case 'done':
          settle(() => resolve(reply.result as Result));
          break;
        case 'error':
          settle(() =>
            reject(
              reply.refusal
                ? new ApiFailure(reply.refusal.code as ApiFailure['code'], reply.refusal.message)
                : Object.assign(new Error(reply.message), { code: reply.code }),
            ),
          );
          break;
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(
          context.signal.aborted
            ? new JobCancelled()
            : new Error(`The job's worker stopped (exit code ${code}).`),
        ),
      ),
    );
  });
}
