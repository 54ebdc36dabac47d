// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ApiModule from '../../src/renderer/src/lib/api';
import type { CallPlan, PlanDetail } from '../../src/shared/domain/plan';
import { callPlan, planDetail } from '../helpers/fixtures';
import { PATIENCE } from '../helpers/patience';

// The transport is replaced by a stand-in backend; everything above it (unwrap included) is the
// real code.
const backend = vi.hoisted(() => ({
  plans: { get: vi.fn(), update: vi.fn(), list: vi.fn(), dial: vi.fn() },
}));
vi.mock('../../src/renderer/src/lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof ApiModule>()),
  api: backend,
}));

const { planKeys, useDial, usePlan, useSavePlan } =
  await import('../../src/renderer/src/features/plans/queries');

const plan = (opener: string, revision: number): CallPlan =>
  callPlan({ id: 7, prospectId: 3, opener, revision });
const detail = (opener: string, revision: number): PlanDetail =>
  planDetail({ plan: plan(opener, revision) });

function wrapper(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('plan queries keep the cache true', () => {
  it('a save puts the stored row into the plan detail, so a screen opened later shows it', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    backend.plans.get.mockResolvedValue({ ok: true, value: detail('old opener', 1) });
    const first = renderHook(() => usePlan(7), { wrapper: wrapper(client) });
    await waitFor(
      () => expect(first.result.current.data?.plan.opener).toBe('old opener'),
      PATIENCE,
    );
    first.unmount();

    backend.plans.update.mockResolvedValue({ ok: true, value: plan('new opener', 2) });
    const save = renderHook(() => useSavePlan(7), { wrapper: wrapper(client) });
    await act(() =>
      save.result.current.mutateAsync({ id: 7, baseRevision: 1, patch: { opener: 'new opener' } }),
    );
    expect(client.getQueryData<PlanDetail>(planKeys.detail(7))?.plan).toMatchObject({
      opener: 'new opener',
      revision: 2,
    });
  });

  it('a save marks every plans list stale (the prospect timeline shows the plan)', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(planKeys.forProspect(3), [plan('old opener', 1)]);
    backend.plans.update.mockResolvedValue({ ok: true, value: plan('new opener', 2) });
    const save = renderHook(() => useSavePlan(7), { wrapper: wrapper(client) });
    await act(() =>
      save.result.current.mutateAsync({ id: 7, baseRevision: 1, patch: { opener: 'new opener' } }),
    );
    expect(client.getQueryState(planKeys.forProspect(3))?.isInvalidated).toBe(true);
  });

  it('a dial marks the plan, calls, prospects, review and insights stale', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const keys = [
      planKeys.detail(7),
      ['calls', 'list', 3],
      ['prospects', 'get', 3],
      ['review', 'list'],
      ['insights', 'suggest', 3, 5],
    ];
    for (const key of keys) client.setQueryData(key, { cached: true });
    backend.plans.dial.mockResolvedValue({ ok: true, value: { call: { id: 1 }, telUrl: null } });
    const dial = renderHook(() => useDial(), { wrapper: wrapper(client) });
    await act(() => dial.result.current.mutateAsync({ planId: 7, opener: 'x' }));
    for (const key of keys)
      expect(client.getQueryState(key)?.isInvalidated, String(key)).toBe(true);
  });
});
