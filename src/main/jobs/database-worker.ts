import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { JobGate } from './gate';

/**
 * Long reads of the whole library on a worker thread with its own connection, so the request
 * path never waits behind them (issue #11: the start-up quick_check of a 700 MB library held a
 * read for 6.1 s when it ran on the request connection).
 *
 * The worker's code is a plain CommonJS string run with `eval: true`: it then needs no bundler
 * entry, works the same from the TypeScript sources (Vitest, the bench) and from electron-vite's
 * output, and loads better-sqlite3 from the path the main thread resolved (with the Electron
 * build's native binding when there is one).
 */
const WORKER_CODE = `
const { parentPort, workerData, threadId } = require('node:worker_threads');
const Database = require(workerData.betterSqlite3);
const options = { readonly: true, fileMustExist: true };
if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
let db;
try {
  db = new Database(workerData.file, options);
  db.pragma('busy_timeout = 5000');
  if (workerData.job === 'quick-check') {
    const messages = db.pragma('quick_check(5)').map((row) => row.quick_check);
    parentPort.postMessage({ type: 'done', threadId, result: { messages } });
  } else if (workerData.job === 'backup') {
    // One statement reads one committed snapshot, so writes on the main connection meanwhile
    // neither tear the copy nor restart it (the backup API restarts when another connection
    // writes).
    parentPort.postMessage({ type: 'progress', phase: 'copying', done: 0 });
    db.prepare('VACUUM INTO ?').run(workerData.target);
    parentPort.postMessage({ type: 'progress', phase: 'checking', done: 1 });
    if (workerData.gate) {
      // Test only (jobs/gate.ts): wait here, between the copy and its check, until released.
      parentPort.postMessage({ type: 'held' });
      Atomics.wait(new Int32Array(workerData.gate.buffer), 0, 0);
    }
    db.close();
    db = undefined;
    const copyOptions = workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {};
    const copy = new Database(workerData.target, copyOptions);
    try {
      // A backup is one self-contained file: rollback journal, no -wal beside it.
      copy.pragma('journal_mode = DELETE');
      const facts = {
        applicationId: copy.pragma('application_id', { simple: true }),
        userVersion: copy.pragma('user_version', { simple: true }),
        messages: workerData.check === 'full'
          ? copy.pragma('integrity_check(5)').map((row) => row.integrity_check)
          : ['ok'],
      };
      parentPort.postMessage({ type: 'done', threadId, result: { facts } });
    } finally {
      copy.close();
    }
  } else if (workerData.job === 'check-copy') {
    // A copy about to be restored: read it here so that its integrity_check (seconds on a large
    // library) never runs on the request thread.
    const facts = {
      applicationId: db.pragma('application_id', { simple: true }),
      userVersion: db.pragma('user_version', { simple: true }),
      messages: workerData.check === 'full'
        ? db.pragma('integrity_check(5)').map((row) => row.integrity_check)
        : ['ok'],
    };
    parentPort.postMessage({ type: 'done', threadId, result: { facts } });
  } else {
    throw new Error('Unknown job ' + workerData.job);
  }
} catch (error) {
  parentPort.postMessage({
    type: 'done',
    threadId,
    result: { error: { message: String(error && error.message), code: error && error.code } },
  });
} finally {
  if (db) db.close();
}
`;

export type DatabaseJob =
  | { job: 'quick-check' }
  | { job: 'backup'; target: string; check: 'full' | 'identity' }
  | { job: 'check-copy'; check: 'full' | 'identity' };

/** What a checked copy is made of: the facts copies.ts judges (see checkCopy). */
export interface CopyFacts {
  applicationId: number;
  userVersion: number;
  /** integrity_check's rows, ['ok'] when healthy (and for an identity-only check). */
  messages: string[];
}

export interface JobOutcome {
  /** PRAGMA quick_check's rows (['ok'] when healthy). */
  messages?: string[];
  /** The backup job's copy. */
  facts?: CopyFacts;
  /** What stopped the job. */
  error?: { message: string; code?: string };
  /** The worker's thread id: never the main thread's 0. */
  threadId: number;
}

export interface WorkerSource {
  file: string;
  /** The Electron build of better-sqlite3 (see db/open.ts); absent under plain Node. */
  nativeBinding?: string | undefined;
}

/** A backup's steps as they happen (copy, then check), and the test gate between them. */
export interface JobHooks {
  onStep?: (step: { phase: 'copying' | 'checking'; done: number }) => void;
  gate?: JobGate | undefined;
}

type WorkerMessage =
  | { type: 'done'; threadId: number; result: JobOutcome }
  | { type: 'progress'; phase: 'copying' | 'checking'; done: number }
  | { type: 'held' };

const betterSqlite3Path = () => createRequire(import.meta.url).resolve('better-sqlite3');

export function runDatabaseJob(
  job: DatabaseJob,
  source: WorkerSource,
  hooks: JobHooks = {},
): Promise<JobOutcome> {
  const name = job.job;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: {
        ...job,
        file: source.file,
        nativeBinding: source.nativeBinding,
        betterSqlite3: betterSqlite3Path(),
        gate: hooks.gate?.data,
      },
    });
    // A job never keeps the app from quitting.
    worker.unref();
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          hooks.onStep?.({ phase: message.phase, done: message.done });
          return;
        case 'held':
          hooks.gate?.noticeHeld();
          return;
        case 'done':
          settled = true;
          resolve({ ...message.result, threadId: message.threadId });
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The ${name} worker stopped (exit code ${code}).`));
    });
  });
}
