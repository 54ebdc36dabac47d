// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type * as RealTransport from '../../src/renderer/src/lib/transport';
import { PATIENCE } from '../helpers/patience';

/** Every request the renderer sends, in order. */
const sent: { channel: string; input?: unknown }[] = [];
const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
/** What prospects:list answers next; a test sets a failure here. */
let listReply: () => Promise<unknown> = () => ok({ items: [], total: 0, offset: 0, limit: 100 });

// The transport is the only thing replaced: the start-up requests, the hand-over and the query
// modules (through lib/api, which re-exports this `api`) are the app's own.
vi.mock('../../src/renderer/src/lib/transport', async (importOriginal) => {
  const original = await importOriginal<typeof RealTransport>();
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
const { sendStartupRequests, startStartupRequests, takeStartupRequests } =
  await import('../../src/renderer/src/app/startup-requests');
const { useProspectWindow } = await import('../../src/renderer/src/features/prospects/queries');
const { useToday } = await import('../../src/renderer/src/features/today/queries');

const DEFAULT_FILTER = { sort: 'name', lastContact: 'any', status: 'active', query: '' } as const;

/** The app's query defaults (app/startup.ts). */
const appQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 5_000 } } });

const withClient =
  (queryClient: QueryClient) =>
  ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );

const channels = () => sent.map((request) => request.channel);

describe('start-up requests', () => {
  it('asks for the first page of prospects before anything renders, and the list reuses it', async () => {
    sent.length = 0;
    const queryClient = appQueryClient();
    const requests = sendStartupRequests('/prospects');
    expect(channels()).toEqual(['prospects:list', 'settings:get', 'app:info']);
    expect(sent[0]?.input).toEqual({ ...DEFAULT_FILTER, offset: 0, limit: 100 });
    await prefetchStartupQueries(queryClient, requests);
    // The list screen's first render, with its default filters, finds that page in the cache.
    const { result } = renderHook(() => useProspectWindow(DEFAULT_FILTER, 0, 40), {
      wrapper: withClient(queryClient),
    });
    expect(result.current.isSuccess).toBe(true);
    expect(channels()).toEqual(['prospects:list', 'settings:get', 'app:info']);
  });

  it('hands the requests the first script sent to the app once: a second take finds none', () => {
    sent.length = 0;
    startStartupRequests('/prospects');
    const taken = takeStartupRequests();
    expect(taken?.prospectsFirstPage).toBeInstanceOf(Promise);
    expect(takeStartupRequests()).toBeUndefined();
    expect(channels()).toEqual(['prospects:list', 'settings:get', 'app:info']);
  });

  it('uses a start-up reply once: a later refetch of the first page is a new request', async () => {
    sent.length = 0;
    const queryClient = appQueryClient();
    await prefetchStartupQueries(queryClient, sendStartupRequests('/prospects'));
    const { result } = renderHook(() => useProspectWindow(DEFAULT_FILTER, 0, 40), {
      wrapper: withClient(queryClient),
    });
    await queryClient.refetchQueries({ queryKey: ['prospects', 'list'] });
    await waitFor(() => expect(result.current.isFetching).toBe(false), PATIENCE);
    expect(channels().filter((channel) => channel === 'prospects:list')).toHaveLength(2);
  });

  it('shows a failed start-up reply as the list error', async () => {
    sent.length = 0;
    listReply = () =>
      Promise.resolve({ ok: false, error: { code: 'internal', message: 'The disk is full.' } });
    try {
      const queryClient = appQueryClient();
      await prefetchStartupQueries(queryClient, sendStartupRequests('/prospects'));
      // The failure is in the cache before anything renders (the screen, mounting, asks once
      // more, as React Query does for a query that failed).
      expect(
        queryClient.getQueryState(['prospects', 'list', DEFAULT_FILTER, 0])?.error?.message,
      ).toBe('The disk is full.');
      const { result } = renderHook(() => useProspectWindow(DEFAULT_FILTER, 0, 40), {
        wrapper: withClient(queryClient),
      });
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
    void prefetchStartupQueries(queryClient, sendStartupRequests('/'));
    expect(channels()).toEqual(['today:get', 'settings:get', 'app:info']);
    const { result } = renderHook(() => useToday(), { wrapper: withClient(queryClient) });
    await waitFor(
      () => expect(result.current.isSuccess && !result.current.isFetching).toBe(true),
      PATIENCE,
    );
    expect(channels().filter((channel) => channel === 'today:get')).toHaveLength(1);
  });

  it('does not fetch the prospects list when the app opens on another screen', () => {
    sent.length = 0;
    sendStartupRequests('/insights');
    expect(channels()).toEqual(['settings:get', 'app:info']);
  });
});
