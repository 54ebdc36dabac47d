import type * as WorkerThreads from 'node:worker_threads';

/**
 * The database jobs started on worker threads, by name: proof that work left the request thread.
 * A test file records them with
 * `vi.mock('node:worker_threads', async (real) => recordingWorkers(await real()))`, the helper
 * imported inside the factory (mocks are hoisted above imports), and reads `workerJobs`.
 */
export const workerJobs: string[] = [];

/** Every worker thread started, by job, `spare` for one started ahead of its job. */
export const spawnedWorkers: string[] = [];

export function recordingWorkers(real: typeof WorkerThreads): typeof WorkerThreads {
  class RecordingWorker extends real.Worker {
    constructor(code: string | URL, options?: WorkerThreads.WorkerOptions) {
      super(code, options);
      const data = options?.workerData as { job?: string; spare?: true } | undefined;
      spawnedWorkers.push(data?.spare ? 'spare' : String(data?.job));
      // A worker started ahead of its job is recorded when it is given one (postMessage).
      if (!data?.spare) workerJobs.push(String(data?.job));
    }

    override postMessage(
      message: unknown,
      transfer?: Parameters<WorkerThreads.Worker['postMessage']>[1],
    ): void {
      const start = message as { type?: string; start?: { job?: string } } | null;
      if (start?.type === 'start') workerJobs.push(String(start.start?.job));
      super.postMessage(message, transfer);
    }
  }
  return { ...real, Worker: RecordingWorker };
}
