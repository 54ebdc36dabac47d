// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type * as RealApi from '../../src/renderer/src/lib/api';
import { PATIENCE } from '../helpers/patience';

/** Every request the renderer sends, in order. */
const sent: { channel: string; input?: unknown }[] = [];
const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
/** What prospects:list answers next; a test sets a failure here. */
let listReply: () => Promise<unknown> = () => ok({ items: [], total: 0, offset: 0, limit: 100 });

vi.mock('../../src/renderer/src/lib/api', async (importOriginal) => {
  const original = await importOriginal<typeof RealApi>();
  return {
    ...original,
    api: {
      prospects: {
        list: (input: unknown) => {
          sent.push({ channel: 'prospects:list', input });
          return listReply();
        },
      },
      today: {
        get: (input: unknown) => {
          sent.push({ channel: 'today:get', input });
          return ok({ due: [], followUps: [], meetings: [] });
        },
      },
      settings: {
        get: () => {
          sent.push({ channel: 'settings:get' });
          return ok({ theme: 'system' });
        },
      },
      app: {
        info: () => {
          sent.push({ channel: 'app:info' });
          return ok({ mode: 'normal' });
        },
      },
    },
  };
});

const { prefetchStartupQueries } = await import('../../src/renderer/src/app/queries');
const { useProspectWindow } = await import('../../src/renderer/src/features/prospects/queries');
const { useToday } = await import('../../src/renderer/src/features/today/queries');

const withClient =
  (queryClient: QueryClient) =>
  ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );

describe('start-up requests', () => {
  it('asks for the first page of prospects before anything renders, and the list reuses it', async () => {
    sent.length = 0;
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 5_000 } } });
    prefetchStartupQueries(queryClient, '/prospects');
    expect(sent.map((request) => request.channel)).toEqual([
      'prospects:list',
      'settings:get',
      'app:info',
    ]);
    // The list screen's first render, with its default filters, finds that page in the cache.
    const { result } = renderHook(
      () =>
        useProspectWindow({ sort: 'name', lastContact: 'any', status: 'active', query: '' }, 0, 40),
      { wrapper: withClient(queryClient) },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true), PATIENCE);
    expect(sent.filter((request) => request.channel === 'prospects:list')).toHaveLength(1);
  });

  it('settles once the first frame has its data, so the list renders once, with its rows', async () => {
    sent.length = 0;
    const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 5_000 } } });
    await prefetchStartupQueries(queryClient, '/prospects');
    const { result } = renderHook(
      () =>
        useProspectWindow({ sort: 'name', lastContact: 'any', status: 'active', query: '' }, 0, 40),
      { wrapper: withClient(queryClient) },
    );
    // Already answered on the first render: no frame of an empty list.
    expect(result.current.isSuccess).toBe(true);
    expect(queryClient.getQueryData(['settings'])).toEqual({ theme: 'system' });
    expect(queryClient.getQueryData(['app', 'info'])).toEqual({ mode: 'normal' });
    expect(sent.filter((request) => request.channel === 'prospects:list')).toHaveLength(1);
  });

  it('settles on a failed first page too, and the list shows that failure', async () => {
    sent.length = 0;
    listReply = () =>
      Promise.resolve({ ok: false, error: { code: 'internal', message: 'The disk is full.' } });
    try {
      const queryClient = new QueryClient({
        defaultOptions: { queries: { retry: false, staleTime: 5_000 } },
      });
      await prefetchStartupQueries(queryClient, '/prospects');
      const { result } = renderHook(
        () =>
          useProspectWindow(
            { sort: 'name', lastContact: 'any', status: 'active', query: '' },
            0,
            40,
          ),
        { wrapper: withClient(queryClient) },
      );
      await waitFor(
        () => expect(result.current.error?.message).toBe('The disk is full.'),
        PATIENCE,
      );
    } finally {
      listReply = () => ok({ items: [], total: 0, offset: 0, limit: 100 });
    }
  });

  it('opening on / (Today, once there is data) asks for Today first, and Today reuses it', async () => {
    sent.length = 0;
    const queryClient = new QueryClient();
    prefetchStartupQueries(queryClient, '/');
    expect(sent.map((request) => request.channel)).toEqual([
      'today:get',
      'settings:get',
      'app:info',
    ]);
    const { result } = renderHook(() => useToday(), { wrapper: withClient(queryClient) });
    await waitFor(
      () => expect(result.current.isSuccess && !result.current.isFetching).toBe(true),
      PATIENCE,
    );
    expect(sent.filter((request) => request.channel === 'today:get')).toHaveLength(1);
  });

  it('does not fetch the prospects list when the app opens on another screen', () => {
    sent.length = 0;
    prefetchStartupQueries(new QueryClient(), '/insights');
    expect(sent.map((request) => request.channel)).toEqual(['settings:get', 'app:info']);
  });
});
