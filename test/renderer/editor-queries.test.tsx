// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ApiModule from '../../src/renderer/src/lib/api';
import type { Briefing } from '../../src/shared/domain/briefing';
import type { CallDetail } from '../../src/shared/domain/call';
import type { Settings } from '../../src/shared/domain/settings';
import * as fixtures from '../helpers/fixtures';

// The transport is replaced by a stand-in backend; everything above it (unwrap included) is the
// real code.
const backend = vi.hoisted(() => ({
  calls: { end: vi.fn(), 'add-note': vi.fn(), 'save-draft': vi.fn() },
  briefings: { update: vi.fn() },
  settings: { update: vi.fn() },
  backup: { start: vi.fn(), list: vi.fn() },
  jobs: { get: vi.fn(), cancel: vi.fn() },
}));
vi.mock('../../src/renderer/src/lib/api', async (importOriginal) => ({
  ...(await importOriginal<typeof ApiModule>()),
  api: backend,
}));

const calls = await import('../../src/renderer/src/features/calls/queries');
const briefings = await import('../../src/renderer/src/features/briefings/queries');
const settings = await import('../../src/renderer/src/features/settings/queries');
const backup = await import('../../src/renderer/src/features/backup/queries');

const ok = <T,>(value: T) => Promise.resolve({ ok: true, value });

function setUp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const hook = <T,>(use: () => T) => renderHook(use, { wrapper }).result;
  return { client, hook };
}

const liveCall = (): CallDetail =>
  fixtures.callDetail({
    id: 5,
    prospectId: 3,
    draft: { callId: 5, body: 'Budget in March', revision: 4, savedAt: '2026-12-03T10:00:00Z' },
  });

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('calls keep the cache true', () => {
  it('ending a call puts its outcome into the cached call and marks the timeline, review and insights stale', async () => {
    const { client, hook } = setUp();
    client.setQueryData(calls.callKeys.detail(5), liveCall());
    const dependents = [
      calls.callKeys.forProspect(3),
      ['prospects', 'get', 3],
      ['review', 'list', {}],
      ['insights', 'list', {}],
    ];
    for (const key of dependents) client.setQueryData(key, []);
    client.setQueryData(calls.callKeys.forProspect(99), []);
    backend.calls.end.mockReturnValue(
      ok(fixtures.call({ id: 5, prospectId: 3, outcome: 'meeting_booked' })),
    );
    const end = hook(() => calls.useEndCall());
    await act(() => end.current.mutateAsync({ callId: 5, outcome: 'meeting_booked' }));

    expect(client.getQueryData<CallDetail>(calls.callKeys.detail(5))?.outcome).toBe(
      'meeting_booked',
    );
    for (const key of dependents) expect(client.getQueryState(key)?.isInvalidated).toBe(true);
    // Another prospect's calls did not change.
    expect(client.getQueryState(calls.callKeys.forProspect(99))?.isInvalidated).toBe(false);
  });

  it('a note goes into the cached call and empties the cached draft at the note’s revision', async () => {
    const { client, hook } = setUp();
    client.setQueryData(calls.callKeys.detail(5), liveCall());
    const note = fixtures.callNote({ id: 1, callId: 5, body: 'Budget in March', offsetMs: 1_000 });
    backend.calls['add-note'].mockReturnValue(ok({ ...note, createdAt: '2026-12-03T10:01:00Z' }));
    const add = hook(() => calls.useAddNote());
    await act(() =>
      add.current.mutateAsync({
        callId: 5,
        body: note.body,
        tags: [],
        offsetMs: 1_000,
        clientId: 'c1',
        draftRevision: 5,
      }),
    );
    const cached = client.getQueryData<CallDetail>(calls.callKeys.detail(5));
    expect(cached?.notes.map((n) => n.body)).toEqual(['Budget in March']);
    expect(cached?.draft).toMatchObject({ body: '', revision: 5 });
  });

  it('a draft reply older than the cached draft does not replace it', async () => {
    const { client, hook } = setUp();
    client.setQueryData(calls.callKeys.detail(5), liveCall());
    backend.calls['save-draft'].mockReturnValue(
      ok({ applied: true, draft: { callId: 5, body: 'Budget', revision: 3, savedAt: '' } }),
    );
    const save = hook(() => calls.useSaveDraft());
    await act(() => save.current.mutateAsync({ callId: 5, body: 'Budget', revision: 3 }));
    expect(client.getQueryData<CallDetail>(calls.callKeys.detail(5))?.draft?.body).toBe(
      'Budget in March',
    );
  });
});

describe('briefings, settings and backups keep the cache true', () => {
  it('a briefing save puts the stored briefing in the cache and marks the lists and plans stale', async () => {
    const { client, hook } = setUp();
    const list = briefings.briefingKeys.list({ kind: 'all' });
    client.setQueryData(list, { items: [], total: 0 });
    client.setQueryData(['plans', 'detail', 7], {});
    backend.briefings.update.mockReturnValue(
      ok(fixtures.briefing({ id: 2, title: 'Freight review', notes: 'CFO', revision: 4 })),
    );
    const update = hook(() => briefings.useUpdateBriefing(2));
    await act(() => update.current.mutateAsync({ baseRevision: 3, patch: { notes: 'CFO' } }));
    expect(backend.briefings.update).toHaveBeenCalledWith({
      id: 2,
      baseRevision: 3,
      patch: { notes: 'CFO' },
    });
    expect(client.getQueryData<Briefing>(briefings.briefingKeys.detail(2))).toMatchObject({
      notes: 'CFO',
      revision: 4,
    });
    expect(client.getQueryState(list)?.isInvalidated).toBe(true);
    expect(client.getQueryState(['plans', 'detail', 7])?.isInvalidated).toBe(true);
  });

  it('a settings save puts the stored settings in the cache the theme is read from', async () => {
    const { client, hook } = setUp();
    client.setQueryData(settings.settingsKeys.all, fixtures.settings({ theme: 'system' }));
    backend.settings.update.mockReturnValue(ok(fixtures.settings({ theme: 'dark' })));
    const save = hook(() => settings.useSaveSettings());
    await act(() => save.current.mutateAsync({ theme: 'dark' }));
    expect(client.getQueryData<Settings>(settings.settingsKeys.all)?.theme).toBe('dark');
  });

  it('Back up now shows the new copy in the list at once and fetches the list again', async () => {
    const { client, hook } = setUp();
    const old = { name: 'oneup-a.sqlite', kind: 'automatic', takenAt: '', bytes: 1 };
    const fresh = { name: 'oneup-b.sqlite', kind: 'manual', takenAt: '', bytes: 1 };
    client.setQueryData(backup.backupKeys.list(), { backups: [old], setAside: [], folder: '' });
    // The backup runs as a job; its first poll already finds it done.
    backend.backup.start.mockReturnValue(ok({ jobId: 'f'.repeat(32) }));
    backend.jobs.get.mockReturnValue(
      ok({
        id: 'f'.repeat(32),
        kind: 'backup',
        status: 'done',
        progress: { done: 2, total: 2, phase: 'finished' },
        error: null,
        result: { kind: 'backup', backup: fresh },
      }),
    );
    backend.backup.list.mockReturnValue(new Promise(() => {}));
    const now = hook(() => backup.useBackUpNow());
    await act(() => now.current.mutateAsync());
    const cached = client.getQueryData<{ backups: { name: string }[] }>(backup.backupKeys.list());
    expect(cached?.backups.map((b) => b.name)).toEqual(['oneup-b.sqlite', 'oneup-a.sqlite']);
    expect(client.getQueryState(backup.backupKeys.list())?.isInvalidated).toBe(true);
  });
});
