// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as RealApi from '../../src/renderer/src/lib/api';
import type { Insight } from '../../src/shared/domain/insight';
import type { PlanDetail } from '../../src/shared/domain/plan';
import type { Prospect } from '../../src/shared/domain/prospect';
import * as fixtures from '../helpers/fixtures';
import { PATIENCE } from '../helpers/patience';

/** What the backend stores and answers; each test sets the row it returns. */
const stored: { prospect?: Prospect; insight?: Insight } = {};
const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });

vi.mock('../../src/renderer/src/lib/api', async (importOriginal) => {
  const original = await importOriginal<typeof RealApi>();
  return {
    ...original,
    api: {
      prospects: {
        update: () => ok(stored.prospect),
        create: () => ok(stored.prospect),
        archive: () => ok(stored.prospect),
      },
      insights: {
        update: () => ok(stored.insight),
        create: () => ok(stored.insight),
        archive: () => ok(stored.insight),
      },
    },
  };
});

const { useSaveProspect, useArchiveProspect, prospectKeys } =
  await import('../../src/renderer/src/features/prospects/queries');
const { planKeys } = await import('../../src/renderer/src/features/plans/queries');
const { useSaveInsight, insightKeys } =
  await import('../../src/renderer/src/features/insights/queries');

const prospect = (fields: Partial<Prospect> = {}) =>
  fixtures.prospect({ id: 7, name: 'Dana', ...fields });
const insight = (fields: Partial<Insight> = {}) =>
  fixtures.insight({ id: 3, headline: 'Freight costs 11% less', ...fields });
const plan = (id: number, fields: Partial<PlanDetail>) => {
  const owner = fields.prospect ?? prospect();
  return fixtures.planDetail({
    plan: fixtures.callPlan({ id, prospectId: owner.id }),
    prospect: owner,
    insights: [insight()],
    ...fields,
  });
};

let client: QueryClient;
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={client}>{children}</QueryClientProvider>
);
const invalidated = (queryKey: readonly unknown[]) =>
  client.getQueryCache().find({ queryKey, exact: true })?.state.isInvalidated;

beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  // Screens seen earlier: the prospect, two of its plans, another prospect's plan, lists.
  client.setQueryData(prospectKeys.detail(7), prospect());
  client.setQueryData(planKeys.detail(1), plan(1, {}));
  client.setQueryData(planKeys.detail(2), plan(2, { insights: [] }));
  client.setQueryData(
    planKeys.detail(3),
    plan(3, { prospect: prospect({ id: 8, name: 'Priya' }) }),
  );
  client.setQueryData(planKeys.forProspect(7), [{ id: 1 }]);
  client.setQueryData(prospectKeys.page({ query: '' }, 0), { items: [prospect()], total: 1 });
  client.setQueryData(insightKeys.list({ offset: 0, limit: 25 }), { items: [insight()] });
  client.setQueryData(['review', 'filter-options'], { insights: [], prospects: [] });
  client.setQueryData(['briefings', 4], { id: 4 });
  client.setQueryData(['calls', 9], { id: 9 });
});

describe('a saved prospect', () => {
  it('is what the prospect page and every cached plan of that prospect show next', async () => {
    stored.prospect = prospect({ name: 'Dana Reyes', company: 'Tidewater' });
    const { result } = renderHook(() => useSaveProspect(), { wrapper });
    await act(() => result.current.mutateAsync({ id: 7, fields: { name: 'Dana Reyes' } }));

    expect(client.getQueryData(prospectKeys.detail(7))).toEqual(stored.prospect);
    expect(client.getQueryData<PlanDetail>(planKeys.detail(1))?.prospect.name).toBe('Dana Reyes');
    expect(client.getQueryData<PlanDetail>(planKeys.detail(2))?.prospect.company).toBe('Tidewater');
    // Another prospect's plan, and a list of plans, keep what they had.
    expect(client.getQueryData<PlanDetail>(planKeys.detail(3))?.prospect.name).toBe('Priya');
    expect(client.getQueryData(planKeys.forProspect(7))).toEqual([{ id: 1 }]);
  });

  it('sends every list and screen that shows prospects back to the backend, not the calls', async () => {
    stored.prospect = prospect({ archivedAt: '2026-12-03T10:00:00.000Z' });
    const { result } = renderHook(() => useArchiveProspect(), { wrapper });
    await act(() => result.current.mutateAsync({ id: 7, archived: true }));

    await waitFor(
      () => expect(invalidated(prospectKeys.page({ query: '' }, 0))).toBe(true),
      PATIENCE,
    );
    expect(invalidated(planKeys.detail(1))).toBe(true);
    expect(invalidated(['review', 'filter-options'])).toBe(true);
    expect(invalidated(['briefings', 4])).toBe(true);
    expect(invalidated(['calls', 9])).toBe(false);
    // The row just stored is not asked for again.
    expect(invalidated(prospectKeys.detail(7))).toBe(false);
  });
});

describe('a saved insight', () => {
  it('replaces its copy in the cached plans that use it and refreshes the library', async () => {
    stored.insight = insight({ headline: 'Freight costs 12% less' });
    const { result } = renderHook(() => useSaveInsight(), { wrapper });
    await act(() =>
      result.current.mutateAsync({
        id: 3,
        fields: { headline: 'Freight costs 12% less' },
      }),
    );

    expect(client.getQueryData(insightKeys.detail(3))).toEqual(stored.insight);
    expect(client.getQueryData<PlanDetail>(planKeys.detail(1))?.insights[0]?.headline).toBe(
      'Freight costs 12% less',
    );
    expect(client.getQueryData<PlanDetail>(planKeys.detail(2))?.insights).toEqual([]);
    await waitFor(
      () => expect(invalidated(insightKeys.list({ offset: 0, limit: 25 }))).toBe(true),
      PATIENCE,
    );
    expect(invalidated(['review', 'filter-options'])).toBe(true);
    expect(invalidated(prospectKeys.detail(7))).toBe(false);
  });
});
