import { useCallback, useRef, useState } from 'react';
import type { JobResult, JobStarted, JobState } from '../../../../shared/domain/jobs';
import type { ApiResult } from '../../../../shared/api/result';
import { api, unwrap } from '../../lib/api';

/** How often a running job's progress is asked for: often enough for a bar that moves. */
const POLL_MS = 250;

/** A job that ended without its result: cancelled by the rep, or failed with a reason. */
export class JobStopped extends Error {
  constructor(
    message: string,
    readonly cancelled: boolean,
  ) {
    super(message);
    this.name = 'JobStopped';
  }
}

/** The job's result, or JobStopped saying why there is none. */
export function resultOf<K extends JobResult['kind']>(
  state: JobState,
  kind: K,
): Extract<JobResult, { kind: K }> {
  if (state.status === 'cancelled') throw new JobStopped('Cancelled: nothing was saved.', true);
  if (state.status !== 'done' || state.result?.kind !== kind) {
    throw new JobStopped(state.error ?? 'The job stopped without a result.', false);
  }
  return state.result as Extract<JobResult, { kind: K }>;
}

/**
 * Follows one long job at a time (export, import preview, backup): starts it, polls its progress
 * for the bar, and cancels it on request. `run` resolves with the final state.
 */
export function useJob() {
  const [state, setState] = useState<JobState | null>(null);
  const current = useRef<string | null>(null);

  const run = useCallback(async (start: Promise<ApiResult<JobStarted>>): Promise<JobState> => {
    // The previous job's bar is not this one's.
    setState(null);
    const { jobId } = await unwrap(start);
    current.current = jobId;
    try {
      for (;;) {
        const next = await unwrap(api.jobs.get({ jobId }));
        if (current.current === jobId) setState(next);
        if (next.status !== 'running') return next;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } finally {
      if (current.current === jobId) current.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (jobId) void api.jobs.cancel({ jobId });
  }, []);

  const clear = useCallback(() => setState(null), []);

  return { state, run, cancel, clear };
}
