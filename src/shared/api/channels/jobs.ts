import { jobRef, type JobState } from '../../domain/jobs';
import { channel } from '../channel';

/** Long work off the request path: its progress and result, and cancelling it. */
export const jobChannels = {
  'jobs:get': channel<JobState>()(jobRef),
  'jobs:cancel': channel<{ cancelled: boolean }>()(jobRef),
} as const;
