// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigate } from 'wouter/use-browser-location';
import { ApiCallError } from '../../src/renderer/src/lib/api-error';
import { Autosave, type SaveStatusValue } from '../../src/renderer/src/ui/autosave';
import { describeSaveStatus } from '../../src/renderer/src/ui/autosave/SaveStatus';
import { useAutosave } from '../../src/renderer/src/ui/autosave/useAutosave';

interface Patch {
  opener?: string;
  objective?: string;
}
interface Row {
  opener: string;
  objective: string;
  revision: number;
}

/**
 * A backend holding one plan, refusing saves based on an older revision as plans:update does.
 * `hold()` makes the next saves wait until released, to see what happens while one is in flight.
 */
function fakeBackend() {
  const row: Row = { opener: '', objective: '', revision: 1 };
  const writes: { patch: Patch; base: number }[] = [];
  let failures: Error[] = [];
  let gate: Promise<void> | null = null;
  let open: () => void = () => {};
  const save = vi.fn(async (patch: Patch, base: number): Promise<Row> => {
    writes.push({ patch, base });
    if (gate) await gate;
    const failure = failures.shift();
    if (failure) throw failure;
    if (base !== row.revision)
      throw new ApiCallError('conflict', 'This plan was changed elsewhere');
    Object.assign(row, patch, { revision: row.revision + 1 });
    return { ...row };
  });
  return {
    row,
    writes,
    save,
    failNext: (...errors: Error[]) => (failures = errors),
    hold: () => {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => {
      gate = null;
      open();
    },
  };
}

const down = () =>
  new ApiCallError('internal', 'OneUp is not reachable. Is the host still running?');

function saverOn(backend: ReturnType<typeof fakeBackend>, extra = {}) {
  const statuses: SaveStatusValue['kind'][] = [];
  const conflicts: Patch[] = [];
  const saver = new Autosave<Patch, Row>({
    baseRevision: backend.row.revision,
    save: backend.save,
    revisionOf: (row) => row.revision,
    delayMs: 500,
    onConflict: (mine) => conflicts.push(mine),
    now: () => new Date(2026, 11, 3, 10, 42),
    ...extra,
  });
  saver.subscribe(() => statuses.push(saver.status.kind));
  return { saver, statuses, conflicts };
}

describe('the autosave core', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then saves every edit merged into one change', async () => {
    const backend = fakeBackend();
    const { saver } = saverOn(backend);
    saver.edit({ opener: 'H' });
    await vi.advanceTimersByTimeAsync(300);
    saver.edit({ objective: 'Book a briefing' });
    saver.edit({ opener: 'Hi Dana' });
    await vi.advanceTimersByTimeAsync(499);
    expect(backend.save).not.toHaveBeenCalled();
    expect(saver.status.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(backend.writes).toEqual([
      { patch: { opener: 'Hi Dana', objective: 'Book a briefing' }, base: 1 },
    ]);
    expect(backend.row).toMatchObject({ opener: 'Hi Dana', objective: 'Book a briefing' });
    expect(saver.status).toEqual({ kind: 'saved', at: new Date(2026, 11, 3, 10, 42) });
    expect(describeSaveStatus(saver.status)).toMatch(/^Saved \d\d:42/u);
  });

  it('says Saved only once the backend confirmed, and sends each save on the revision the last one returned', async () => {
    const backend = fakeBackend();
    const { saver, statuses } = saverOn(backend);
    backend.hold();
    saver.edit({ opener: 'first' });
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.status.kind).toBe('saving');
    // Typed while the first save is on its way: it must not start a second, racing save.
    saver.edit({ opener: 'second' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(backend.writes).toHaveLength(1);
    expect(statuses).not.toContain('saved');
    backend.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.status.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.writes).toEqual([
      { patch: { opener: 'first' }, base: 1 },
      { patch: { opener: 'second' }, base: 2 },
    ]);
    // The older text never lands over the newer one.
    expect(backend.row).toMatchObject({ opener: 'second', revision: 3 });
    expect(saver.revision).toBe(3);
    expect(saver.status.kind).toBe('saved');
  });

  it('flush saves at once, after the save in flight, and resolves when the text is stored', async () => {
    const backend = fakeBackend();
    const { saver } = saverOn(backend);
    saver.edit({ opener: 'typed just before blur' });
    await saver.flush();
    expect(backend.row.opener).toBe('typed just before blur');
    expect(saver.hasUnsaved).toBe(false);
    await saver.flush(); // nothing pending: nothing sent
    expect(backend.save).toHaveBeenCalledTimes(1);
  });

  it('keeps the text through failures, says "Not saved — retrying" and backs off 1, 2, 4 … 30 s', async () => {
    const backend = fakeBackend();
    const { saver } = saverOn(backend);
    backend.failNext(down(), down(), down(), down(), down(), down(), down());
    saver.edit({ opener: 'words that must not be lost' });
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.status).toMatchObject({ kind: 'retrying', attempt: 1, retryInMs: 1_000 });
    expect(describeSaveStatus(saver.status)).toBe('Not saved — retrying');
    expect(saver.unsaved).toEqual({ opener: 'words that must not be lost' });

    const waits: number[] = [];
    for (let attempt = 2; attempt <= 8; attempt++) {
      const before = backend.writes.length;
      const wait = (saver.status as { retryInMs: number }).retryInMs;
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(backend.writes).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(backend.writes).toHaveLength(before + 1);
      waits.push(wait);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(backend.row.opener).toBe('words that must not be lost');
    expect(saver.status.kind).toBe('saved');
  });

  it('an edit during an outage is tried after the usual pause, together with what failed', async () => {
    const backend = fakeBackend();
    const { saver } = saverOn(backend);
    backend.failNext(down(), down(), down(), down());
    saver.edit({ opener: 'first words' });
    await vi.advanceTimersByTimeAsync(500 + 1_000 + 2_000 + 4_000);
    expect(saver.status).toMatchObject({ kind: 'retrying', retryInMs: 8_000 });
    saver.edit({ objective: 'typed while the host was down' });
    expect(saver.status.kind).toBe('retrying'); // not "Saving…" before anything landed
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.writes.at(-1)).toEqual({
      patch: { opener: 'first words', objective: 'typed while the host was down' },
      base: 1,
    });
    expect(backend.row).toMatchObject({
      opener: 'first words',
      objective: 'typed while the host was down',
    });
    expect(saver.status.kind).toBe('saved');
  });

  it('a flush (blur, pagehide) retries at once instead of waiting out the backoff', async () => {
    const backend = fakeBackend();
    const { saver } = saverOn(backend);
    backend.failNext(down());
    saver.edit({ opener: 'x' });
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.status.kind).toBe('retrying');
    await saver.flush();
    expect(backend.row.opener).toBe('x');
  });

  it('a refused edit (bad input) is not retried until the rep edits again', async () => {
    const backend = fakeBackend();
    const { saver } = saverOn(backend);
    backend.failNext(
      new ApiCallError('invalid_input', 'Opener is too long', [
        { path: 'patch.opener', message: 'Too long' },
      ]),
    );
    saver.edit({ opener: 'far too long' });
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.status.kind).toBe('refused');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(backend.writes).toHaveLength(1);
    saver.edit({ opener: 'short' });
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.row.opener).toBe('short');
  });

  it('on conflict stops, keeps both versions, and saves the chosen one on the newest revision', async () => {
    const backend = fakeBackend();
    const { saver, conflicts } = saverOn(backend);
    // Another tab saves first.
    Object.assign(backend.row, { opener: 'their opener', revision: 2 });
    saver.edit({ opener: 'my opener' });
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.status.kind).toBe('conflict');
    expect(describeSaveStatus(saver.status)).toBe('Not saved — changed elsewhere');
    expect(conflicts).toEqual([{ opener: 'my opener' }]);
    expect(backend.row.opener).toBe('their opener');

    // Nothing more is sent, not by timers, edits or flushes, until the rep chooses.
    saver.edit({ objective: 'mine too' });
    await saver.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(backend.writes).toHaveLength(1);

    await saver.resolve(2, { opener: 'merged opener', objective: 'mine too' });
    expect(backend.writes.at(-1)).toEqual({
      patch: { opener: 'merged opener', objective: 'mine too' },
      base: 2,
    });
    expect(backend.row).toMatchObject({ opener: 'merged opener', revision: 3 });
    expect(saver.status.kind).toBe('saved');
  });

  it('keeping theirs saves nothing and later edits build on their revision', async () => {
    const backend = fakeBackend();
    const { saver } = saverOn(backend);
    Object.assign(backend.row, { opener: 'their opener', revision: 5 });
    saver.edit({ opener: 'my opener' });
    await vi.advanceTimersByTimeAsync(500);
    await saver.resolve(5, null);
    expect(backend.writes).toHaveLength(1);
    expect(saver.status.kind).toBe('saved');
    saver.edit({ objective: 'after' });
    await vi.advanceTimersByTimeAsync(500);
    expect(backend.writes.at(-1)).toEqual({ patch: { objective: 'after' }, base: 5 });
    expect(backend.row).toMatchObject({ opener: 'their opener', objective: 'after' });
  });
});

describe('useAutosave', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  function mount(backend: ReturnType<typeof fakeBackend>) {
    return renderHook(() =>
      useAutosave<Patch, Row>({
        baseRevision: backend.row.revision,
        save: backend.save,
        revisionOf: (row) => row.revision,
        delayMs: 10_000, // long: these tests show what saves without waiting for the pause
      }),
    );
  }

  it('saves on pagehide', async () => {
    const backend = fakeBackend();
    const { result } = mount(backend);
    act(() => result.current.edit({ opener: 'typed before closing the tab' }));
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(backend.row.opener).toBe('typed before closing the tab');
    expect(result.current.status.kind).toBe('saved');
  });

  it('saves when the page is hidden, not when it becomes visible', async () => {
    const backend = fakeBackend();
    const { result } = mount(backend);
    let visibility: DocumentVisibilityState = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    act(() => result.current.edit({ opener: 'a' }));
    await act(async () => document.dispatchEvent(new Event('visibilitychange')));
    expect(backend.save).not.toHaveBeenCalled();
    visibility = 'hidden';
    await act(async () => document.dispatchEvent(new Event('visibilitychange')));
    expect(backend.row.opener).toBe('a');
    vi.restoreAllMocks();
  });

  it('saves when the route changes and when the editor unmounts', async () => {
    const backend = fakeBackend();
    const { result, unmount } = mount(backend);
    act(() => result.current.edit({ opener: 'before leaving' }));
    await act(async () => navigate('/prospects'));
    expect(backend.row.opener).toBe('before leaving');

    act(() => result.current.edit({ objective: 'before unmount' }));
    await act(async () => unmount());
    expect(backend.row).toMatchObject({ objective: 'before unmount', revision: 3 });
  });

  it('exposes flush for onBlur and reports each status to the screen', async () => {
    const backend = fakeBackend();
    const { result } = mount(backend);
    expect(result.current.status.kind).toBe('idle');
    act(() => result.current.edit({ opener: 'blurred' }));
    expect(result.current.status.kind).toBe('pending');
    await act(() => result.current.flush());
    expect(result.current.status.kind).toBe('saved');
    expect(result.current.revision()).toBe(2);
  });

  it('an editor opened again on the same key takes over words the last one could not save yet', async () => {
    const backend = fakeBackend();
    const options = (save: typeof backend.save) => ({
      key: 'plan:7',
      baseRevision: backend.row.revision,
      save,
      revisionOf: (row: Row) => row.revision,
      delayMs: 10_000,
    });
    const failing = vi.fn(async () => {
      throw down();
    });
    const first = renderHook(() => useAutosave<Patch, Row>(options(failing)));
    act(() => first.result.current.edit({ opener: 'typed while the host was down' }));
    await act(() => first.result.current.flush());
    expect(first.result.current.status.kind).toBe('retrying');
    await act(async () => first.unmount());

    // Back on the plan: the words are there to show, the state is still "retrying", and the
    // next attempt goes through the editor mounted now.
    const second = renderHook(() => useAutosave<Patch, Row>(options(backend.save)));
    expect(second.result.current.unsaved()).toEqual({ opener: 'typed while the host was down' });
    expect(second.result.current.status.kind).toBe('retrying');
    await act(() => second.result.current.flush());
    expect(backend.row).toMatchObject({ opener: 'typed while the host was down', revision: 2 });
    await act(async () => second.unmount());

    // Nothing left unsaved: the next editor starts fresh from the stored revision.
    const third = renderHook(() =>
      useAutosave<Patch, Row>({ ...options(backend.save), baseRevision: 2 }),
    );
    expect(third.result.current.unsaved()).toBeNull();
    expect(third.result.current.status.kind).toBe('idle');
  });
});
