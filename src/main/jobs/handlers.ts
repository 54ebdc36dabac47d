import type { FeatureHandlers } from '../api/router';
import type { JobRegistry } from './registry';

export type JobChannels = FeatureHandlers<'jobs'>;

/** Progress, result and cancel of any long job; the job itself is started by its feature. */
export const jobHandlers = (jobs: JobRegistry): JobChannels => ({
  'jobs:get': ({ jobId }) => jobs.get(jobId),
  'jobs:cancel': ({ jobId }) => jobs.cancel(jobId),
});
