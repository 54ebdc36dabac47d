import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiFailure } from '../api/errors';
import type { JobGate } from './gate';
import { JobCancelled, type JobContext } from './registry';
import type { SpareStart, ToWorker, WorkerReply, WorkerStart } from './worker-protocol';

export interface WorkerSource {
  file: string;
  /** The Electron build of better-sqlite3 (see db/open.ts); absent under plain Node. */
  nativeBinding?: string | undefined;
  /** Test only: see JobGate. */
  gate?: JobGate | undefined;
  /** TEST ONLY: the host's test clock offset (db/time.ts). */
  clockOffsetMs?: number | undefined;
}

export interface WorkerOptions {
  /** Receives the batches of rows the worker sends back (the import preview). */
  onBatch?: (json: string) => void;
  /** Batches of rows sent to the worker after it starts (the import commit), then `go`. */
  feed?: readonly string[];
  /**
   * How a cancel stops the worker. By default it is terminated at once (it writes nothing that
   * the caller cannot remove). A worker holding a write transaction is asked instead: the job sets
   * this flag (its first Int32 to 1) and the worker rolls back between two slices and answers,
   * so a cancel never lands in the middle of a COMMIT.
   */
  cancelFlag?: SharedArrayBuffer;
  /** Called once the thread has ended, which may be after its answer (the import's checkpoint). */
  onExit?: () => void;
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

function spawn(start: WorkerStart<unknown> | SpareStart): Worker {
  const entry = workerEntry();
  if (!entry.typescript) return new Worker(entry.file, { workerData: start });
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const code = `require(${JSON.stringify(tsx)}).require(${JSON.stringify(entry.file)}, ${JSON.stringify(tsx)});`;
  return new Worker(code, { eval: true, workerData: start });
}

/**
 * Starts the job worker with `start` and hands over the thread, for a caller that speaks its own
 * protocol with it rather than one task and its answer (the search backfill, db/search-backfill.ts).
 * Never a worker started ahead: that one is kept for the import commit.
 */
export function startJobWorker(start: WorkerStart<unknown>): Worker {
  return spawn(start);
}

/**
 * A worker started ahead of the job expected next, its code already loaded, waiting for the job
 * as its first message. Loading the worker's code took 300–450 ms of each import's preview and
 * commit (the built job-worker.js at load 11; 540–740 ms from the sources under tsx), paid while
 * the rep waits. At most one is kept, for SPARE_IDLE_MS.
 */
let spare: { worker: Worker; timer: NodeJS.Timeout; forget: () => void } | null = null;
const SPARE_IDLE_MS = 120_000;

/**
 * Starts a worker for the next job now, if none is waiting: the import preview calls this so the
 * commit that usually follows finds its worker ready. Unused, it ends after SPARE_IDLE_MS.
 */
export function prepareWorker(): void {
  if (spare) return;
  const worker = spawn({ spare: true } satisfies SpareStart);
  // A waiting worker never keeps the app from quitting.
  worker.unref();
  const forget = () => {
    if (spare?.worker !== worker) return;
    clearTimeout(spare.timer);
    spare = null;
  };
  const timer = setTimeout(() => {
    forget();
    void worker.terminate();
  }, SPARE_IDLE_MS);
  timer.unref();
  worker.once('exit', forget);
  // A worker that failed to start is not handed out; the job then starts its own.
  worker.once('error', forget);
  spare = { worker, timer, forget };
}

/** The waiting worker, given `start`, or a new one started with it. */
function workerFor(start: WorkerStart<unknown>): Worker {
  const waiting = spare;
  if (!waiting) return spawn(start);
  waiting.forget();
  waiting.worker.removeAllListeners();
  waiting.worker.postMessage({ type: 'start', start } satisfies ToWorker);
  return waiting.worker;
}

/**
 * Runs `task` on a fresh worker thread with its own connection to `source.file`. Progress goes to
 * the job's context; batches of rows to `onBatch` as they arrive; cancelling the job terminates
 * the worker at once (the caller removes whatever it had started to write), or raises
 * `cancelFlag` and waits for the worker's answer.
 */
export function runOnWorker<Result>(
  task: { job: string },
  source: WorkerSource,
  context: JobContext,
  { onBatch, feed, cancelFlag, onExit }: WorkerOptions = {},
): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    if (context.signal.aborted) {
      onExit?.();
      reject(new JobCancelled());
      return;
    }
    let worker: Worker;
    try {
      worker = workerFor({
        task,
        job: task.job,
        file: source.file,
        nativeBinding: source.nativeBinding,
        gate: source.gate?.data,
        clockOffsetMs: source.clockOffsetMs,
      });
    } catch (error) {
      // No thread was started (its code was not found): none will end.
      onExit?.();
      reject(error as Error);
      return;
    }
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
      if (cancelFlag) {
        // The worker answers at its next slice (rolled back), or with its result if it was
        // already committing; either way the job settles on its answer.
        const flag = new Int32Array(cancelFlag);
        Atomics.store(flag, 0, 1);
        Atomics.notify(flag, 0);
        return;
      }
      // Resolves once the thread has stopped, so nothing it wrote is still being written.
      void worker.terminate().then(() => settle(() => reject(new JobCancelled())));
    };
    context.signal.addEventListener('abort', onAbort);
    if (feed) {
      void (async () => {
        // Each batch crosses as one copy of its text, nothing parsed on this thread, a batch per
        // turn of the event loop: all at once, 100k rows' text held reads for 44 ms.
        for (const json of feed) {
          if (settled) return;
          worker.postMessage({ type: 'batch', json } satisfies ToWorker);
          await nextTurn();
        }
        if (!settled) worker.postMessage({ type: 'go' } satisfies ToWorker);
      })();
    }
    worker.on('message', (reply: WorkerReply) => {
      // A terminated worker's last messages are dropped; an asked one still answers.
      if (context.signal.aborted && !cancelFlag) return;
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
              context.signal.aborted
                ? new JobCancelled()
                : reply.refusal
                  ? new ApiFailure(reply.refusal.code as ApiFailure['code'], reply.refusal.message)
                  : Object.assign(new Error(reply.message), { code: reply.code }),
            ),
          );
          break;
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => {
      onExit?.();
      settle(() =>
        reject(
          context.signal.aborted
            ? new JobCancelled()
            : new Error(`The job's worker stopped (exit code ${code}).`),
        ),
      );
    });
  });
}
