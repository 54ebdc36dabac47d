import type * as WorkerThreads from 'node:worker_threads';

/**
 * The database jobs started on worker threads, by name: proof that work left the request thread.
 * A test file records them with
 * `vi.mock('node:worker_threads', async (real) => recordingWorkers(await real()))`, the helper
 * imported inside the factory (mocks are hoisted above imports), and reads `workerJobs`.
 */
export const workerJobs: string[] = [];

export function recordingWorkers(real: typeof WorkerThreads): typeof WorkerThreads {
  class RecordingWorker extends real.Worker {
    constructor(code: string | URL, options?: WorkerThreads.WorkerOptions) {
      super(code, options);
      workerJobs.push(String((options?.workerData as { job?: string } | undefined)?.job));
    }
  }
  return { ...real, Worker: RecordingWorker };
}
