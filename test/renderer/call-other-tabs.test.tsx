// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ApiModule from '../../src/renderer/src/lib/api';
import type { CallDetail, CallNote } from '../../src/shared/domain/call';
import { callDetail, callNote } from '../helpers/fixtures';
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
const note = callNote({ callId: CALL_ID, offsetMs: 12_000, body: 'Freight is their top cost' });
const call = (notes: CallNote[]) => callDetail({ id: CALL_ID, notes });

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

/** Another tab (its own query client) adds `note` to call `CALL_ID`, as a rep presses Enter. */
async function addNoteInAnotherTab(clientId: string): Promise<void> {
  const adding = new QueryClient();
  adding.setQueryData(callKeys.detail(CALL_ID), call([]));
  backend.calls['add-note'].mockResolvedValue({ ok: true, value: note });
  const { result } = renderHook(() => useAddNote(), { wrapper: wrapper(adding) });
  await result.current.mutateAsync({
    callId: CALL_ID,
    body: note.body,
    tags: [],
    offsetMs: note.offsetMs,
    clientId,
  });
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

    await addNoteInAnotherTab('note-client-1');

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
    await addNoteInAnotherTab('note-client-2');
    // A look the other tab does take (it comes back into view) is one read, so the announcement
    // before it, had it been taken, would show as a second.
    backend.calls.get.mockResolvedValue({ ok: true, value: call([]) });
    window.dispatchEvent(new Event('focus'));
    await settlesTo(() => backend.calls.get.mock.calls.length, 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(backend.calls.get).toHaveBeenCalledTimes(1);
  });
});
