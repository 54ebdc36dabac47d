import { randomBytes } from 'node:crypto';
import type {
  JobKind,
  JobProgress,
  JobResult,
  JobState,
  JobStatus,
} from '../../shared/domain/jobs';
import { ApiFailure } from '../api/errors';

/** What a running job is given: where to report progress, and the signal that cancels it. */
export interface JobContext {
  progress(update: Partial<JobProgress>): void;
  readonly signal: AbortSignal;
}

/** Thrown (or rejected with) by a job that stopped because it was cancelled. */
export class JobCancelled extends Error {
  constructor() {
    super('The job was cancelled.');
    this.name = 'JobCancelled';
  }
}

interface Entry {
  state: JobState;
  controller: AbortController;
  settled: Promise<JobState>;
  /** Runs when the job is forgotten (e.g. deletes its export file). */
  dispose?: () => void;
}

/** Finished jobs are kept for the renderer to read their result; a few are plenty for one rep. */
const KEEP_FINISHED = 16;

/**
 * The long jobs of one backend, by id. A job runs as an async function (its heavy part on a
 * worker thread); the registry keeps its progress for polling, cancels it through an
 * AbortSignal, and keeps its result until it is read or pushed out by newer jobs.
 */
export class JobRegistry {
  #jobs = new Map<string, Entry>();
  #closed = false;

  /** Starts `run` now and answers with the job's id; `run` never blocks the caller. */
  start(
    kind: JobKind,
    run: (context: JobContext) => Promise<JobResult>,
    options: { dispose?: () => void } = {},
  ): string {
    if (this.#closed) throw new ApiFailure('conflict', 'OneUp is shutting down.');
    const id = randomBytes(16).toString('hex');
    const controller = new AbortController();
    const state: JobState = {
      id,
      kind,
      status: 'running',
      progress: { done: 0, total: 0, phase: 'starting' },
      error: null,
      result: null,
    };
    const finish = (status: JobStatus, patch: Partial<JobState> = {}) => {
      Object.assign(state, { status, ...patch });
      this.#prune();
      return { ...state };
    };
    const context: JobContext = {
      progress: (update) => {
        if (state.status === 'running') state.progress = { ...state.progress, ...update };
      },
      signal: controller.signal,
    };
    // Started on the next turn, so the id is answered before any of the job's work runs.
    const settled = Promise.resolve()
      .then(() => {
        if (controller.signal.aborted) throw new JobCancelled();
        return run(context);
      })
      .then(
        (result) =>
          controller.signal.aborted
            ? finish('cancelled')
            : finish('done', {
                result,
                progress: { ...state.progress, done: state.progress.total, phase: 'finished' },
              }),
        (error: unknown) =>
          controller.signal.aborted || error instanceof JobCancelled
            ? finish('cancelled')
            : finish('failed', { error: describe(error) }),
      );
    this.#jobs.set(id, { state, controller, settled, dispose: options.dispose });
    return id;
  }

  get(id: string): JobState {
    return { ...this.#find(id).state };
  }

  /** The job's result once it is done; a refusal the rep can read otherwise. */
  result<K extends JobResult['kind']>(id: string, kind: K): Extract<JobResult, { kind: K }> {
    const { state } = this.#find(id);
    if (state.kind !== kind) throw new ApiFailure('not_found', `That job is not an ${kind} job.`);
    if (state.status === 'running')
      throw new ApiFailure('conflict', 'That job has not finished yet.');
    if (state.status !== 'done' || state.result?.kind !== kind) {
      throw new ApiFailure('conflict', state.error ?? 'That job was cancelled.');
    }
    return state.result as Extract<JobResult, { kind: K }>;
  }

  /** Cancels a running job; true if it was running. Its work leaves nothing half-written. */
  cancel(id: string): { cancelled: boolean } {
    const entry = this.#find(id);
    if (entry.state.status !== 'running') return { cancelled: false };
    entry.controller.abort();
    return { cancelled: true };
  }

  /** Resolves when the job has finished, whatever the outcome. */
  settled(id: string): Promise<JobState> {
    return this.#find(id).settled;
  }

  /** Cancels every running job (the app is closing) and forgets them all. */
  close(): void {
    this.#closed = true;
    for (const entry of this.#jobs.values()) {
      entry.controller.abort();
      void entry.settled.then(() => entry.dispose?.());
    }
    this.#jobs.clear();
  }

  #find(id: string): Entry {
    const entry = this.#jobs.get(id);
    if (!entry) {
      throw new ApiFailure(
        'not_found',
        'That job is gone (finished long ago, or OneUp restarted). Start it again.',
      );
    }
    return entry;
  }

  /** Forgets the oldest finished jobs beyond KEEP_FINISHED. */
  #prune(): void {
    const finished = [...this.#jobs.values()].filter((entry) => entry.state.status !== 'running');
    for (const entry of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.#jobs.delete(entry.state.id);
      entry.dispose?.();
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `The job stopped: ${message}`;
}
