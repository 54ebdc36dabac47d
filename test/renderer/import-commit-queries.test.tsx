// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ApiModule from '../../src/renderer/src/lib/api';
import type { ImportResult } from '../../src/shared/domain/data';
import type { JobState } from '../../src/shared/domain/jobs';
import { PATIENCE } from '../helpers/patience';

// The transport is replaced by a stand-in backend; everything above it (unwrap included) is the
// real code.
const backend = vi.hoisted(() => ({
  import: { 'start-commit': vi.fn() },
  jobs: { get: vi.fn(), cancel: vi.fn() },
}));
vi.mock('../../src/renderer/src/lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof ApiModule>()),
  api: backend,
}));

const { useCommitImport } = await import('../../src/renderer/src/features/data/queries');
const { JobStopped } = await import('../../src/renderer/src/features/jobs/queries');

const JOB = 'a'.repeat(32);
const counts: ImportResult = { created: 900, merged: 100, skipped: 0, invalid: 0, blanked: 0 };
const input = { uploadId: 'u'.repeat(32), duplicateStrategy: 'merge' as const };
const job = (patch: Partial<JobState>): { ok: true; value: JobState } => ({
  ok: true,
  value: {
    id: JOB,
    kind: 'import-commit',
    status: 'running',
    progress: { done: 500, total: 1_000, phase: 'writing' },
    error: null,
    result: null,
    ...patch,
  },
});

function wrapper(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('the import runs as a job on screen', () => {
  it('shows the rows written while it runs, then the counts', async () => {
    const client = new QueryClient();
    backend.import['start-commit'].mockResolvedValue({ ok: true, value: { jobId: JOB } });
    let finished = false;
    backend.jobs.get.mockImplementation(async () =>
      finished
        ? job({
            status: 'done',
            progress: { done: 1_000, total: 1_000, phase: 'finished' },
            result: { kind: 'import-commit', counts },
          })
        : job({}),
    );
    const { result } = renderHook(() => useCommitImport(), { wrapper: wrapper(client) });
    act(() => result.current.mutate(input));
    await waitFor(() => expect(result.current.progress).toMatchObject({ done: 500 }), PATIENCE);
    expect(result.current.isPending).toBe(true);
    expect(backend.import['start-commit']).toHaveBeenCalledWith(input);
    finished = true;
    await waitFor(() => expect(result.current.data).toEqual(counts), PATIENCE);
  });

  it('cancelled, it asks the backend to stop and ends as cancelled, with no counts', async () => {
    const client = new QueryClient();
    backend.import['start-commit'].mockResolvedValue({ ok: true, value: { jobId: JOB } });
    let cancelled = false;
    backend.jobs.get.mockImplementation(async () => job(cancelled ? { status: 'cancelled' } : {}));
    backend.jobs.cancel.mockImplementation(async () => {
      cancelled = true;
      return { ok: true, value: { cancelled: true } };
    });
    const { result } = renderHook(() => useCommitImport(), { wrapper: wrapper(client) });
    act(() => result.current.mutate(input));
    await waitFor(() => expect(result.current.progress).not.toBeNull(), PATIENCE);
    act(() => result.current.cancel());
    await waitFor(() => expect(result.current.isError).toBe(true), PATIENCE);
    expect(backend.jobs.cancel).toHaveBeenCalledWith({ jobId: JOB });
    expect(result.current.error).toBeInstanceOf(JobStopped);
    expect((result.current.error as InstanceType<typeof JobStopped>).cancelled).toBe(true);
    expect(result.current.data).toBeUndefined();
  });
});
