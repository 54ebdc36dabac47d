// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ApiModule from '../../src/renderer/src/lib/api';
import type { CallDetail, CallNote } from '../../src/shared/domain/call';
import { PATIENCE } from '../helpers/patience';

// The transport is replaced by a stand-in backend; the hooks above it are the real code.
const backend = vi.hoisted(() => ({
  calls: { get: vi.fn(), 'add-note': vi.fn(), end: vi.fn() },
}));
vi.mock('../../src/renderer/src/lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof ApiModule>()),
  api: backend,
}));

const { callKeys, useAddNote, useCallFromOtherTabs } =
  await import('../../src/renderer/src/features/calls/queries');

const CALL_ID = 7;
const note: CallNote = {
  id: 1,
  callId: CALL_ID,
  offsetMs: 12_000,
  body: 'Freight is their top cost',
  tags: [],
  revision: 1,
  createdAt: '2026-12-07T10:00:12Z',
  updatedAt: '2026-12-07T10:00:12Z',
  history: [],
};
const call = (notes: CallNote[]): CallDetail => ({
  id: CALL_ID,
  prospectId: 3,
  prospectName: 'Dana Reyes',
  planId: null,
  briefingId: null,
  startedAt: '2026-12-07T10:00:00Z',
  endedAt: null,
  opener: '',
  checkResult: null,
  verdict: null,
  score: null,
  overrideReason: null,
  outcome: null,
  nextStep: '',
  followUpOn: null,
  loggedAfter: false,
  insightIds: [],
  createdAt: '2026-12-07T10:00:00Z',
  meeting: null,
  notes,
  draft: null,
  plan: null,
  contact: { phone: '', email: '', timezone: 'UTC' },
});

function wrapper(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
}

/**
 * Waits until `read` gives `expected`, with the real clock: `expect.poll` would move the faked
 * interval timers on, which is the very look these tests keep from coming.
 */
async function settlesTo<T>(read: () => T, expected: T): Promise<void> {
  const deadline = Date.now() + PATIENCE.timeout;
  while (JSON.stringify(read()) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, PATIENCE.interval));
  }
  expect(read()).toEqual(expected);
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.clearAllMocks();
});

describe('two tabs on one live call', () => {
  it('a note added in one tab is read by the other at once, not at its next look', async () => {
    // The other tab's periodic look never comes: only the announcement can make it read.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const watching = new QueryClient();
    watching.setQueryData(callKeys.detail(CALL_ID), call([]));
    renderHook(() => useCallFromOtherTabs(CALL_ID), { wrapper: wrapper(watching) });
    backend.calls.get.mockResolvedValue({ ok: true, value: call([note]) });
    expect(backend.calls.get).not.toHaveBeenCalled();

    const adding = new QueryClient();
    adding.setQueryData(callKeys.detail(CALL_ID), call([]));
    backend.calls['add-note'].mockResolvedValue({ ok: true, value: note });
    const { result } = renderHook(() => useAddNote(), { wrapper: wrapper(adding) });
    await result.current.mutateAsync({
      callId: CALL_ID,
      body: note.body,
      tags: [],
      offsetMs: note.offsetMs,
      clientId: 'note-client-1',
    });

    await settlesTo(
      () => watching.getQueryData<CallDetail>(callKeys.detail(CALL_ID))?.notes.map((n) => n.body),
      ['Freight is their top cost'],
    );
    expect(backend.calls.get).toHaveBeenCalledWith({ id: CALL_ID });
  });

  it('an announcement about another call is not read', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const watching = new QueryClient();
    renderHook(() => useCallFromOtherTabs(CALL_ID + 1), { wrapper: wrapper(watching) });
    const adding = new QueryClient();
    backend.calls['add-note'].mockResolvedValue({ ok: true, value: note });
    const { result } = renderHook(() => useAddNote(), { wrapper: wrapper(adding) });
    await result.current.mutateAsync({
      callId: CALL_ID,
      body: note.body,
      tags: [],
      offsetMs: note.offsetMs,
      clientId: 'note-client-2',
    });
    // A look the other tab does take (it comes back into view) is one read, so the announcement
    // before it, had it been taken, would show as a second.
    backend.calls.get.mockResolvedValue({ ok: true, value: call([]) });
    window.dispatchEvent(new Event('focus'));
    await settlesTo(() => backend.calls.get.mock.calls.length, 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(backend.calls.get).toHaveBeenCalledTimes(1);
  });
});
