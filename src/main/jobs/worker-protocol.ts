import type { JobProgress } from '../../shared/domain/jobs';

/**
 * The messages between a job and its worker thread (src/main/job-worker.ts). Plain data only:
 * they cross the thread boundary by structured clone.
 */
export type WorkerReply =
  | { type: 'progress'; progress: Partial<JobProgress> }
  /**
   * A slice of the job's rows as JSON text, sent as they are ready so no one message is huge.
   * Text crosses the thread as one copy; the receiver parses it only when it needs the rows.
   */
  | { type: 'batch'; json: string }
  /** The test gate is closed: the worker waits, mid-job, until the test releases it. */
  | { type: 'held' }
  | { type: 'done'; result: unknown }
  | { type: 'error'; message: string; code?: string; refusal?: { code: string; message: string } };

/**
 * Test only: stops the worker mid-job (after `afterRows` rows) until released, so a test can show
 * a read answered while the job is running without relying on how long anything takes.
 */
export interface GateData {
  buffer: SharedArrayBuffer;
  afterRows: number;
}

/**
 * What the worker is told: the task, and the database to open (read-only, except for the
 * import commit's connection).
 */
export interface WorkerStart<Task> {
  task: Task;
  /** The task's name again, where test/helpers/worker-jobs.ts records the jobs started. */
  job: string;
  file: string;
  nativeBinding?: string | undefined;
  gate?: GateData | undefined;
  /** TEST ONLY: the host's test clock (db/time.ts), so rows are stamped with the same "now". */
  clockOffsetMs?: number | undefined;
}

/**
 * Messages to a worker that takes input after it started (the import commit): its rows as JSON
 * text, a batch per message so that no one message is huge, then `go`.
 */
export type ToWorker =
  | { type: 'batch'; json: string }
  | { type: 'go' }
  /** To a worker started ahead of its job (SpareStart): the job. */
  | { type: 'start'; start: WorkerStart<unknown> };

/** The workerData of a worker started ahead of its job (jobs/worker-thread.ts prepareWorker). */
export interface SpareStart {
  spare: true;
}

/** What a task running on the worker may do besides returning its result. */
export interface WorkerReporter {
  progress(update: Partial<JobProgress>): void;
  batch(json: string): void;
  /** Called as rows finish; waits at the test gate once `done` reaches it. */
  checkpoint(done: number): void;
}
