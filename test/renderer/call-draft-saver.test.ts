import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftSaveResult } from '../../src/shared/domain/call';
import { DraftSaver, type DraftSave } from '../../src/renderer/src/features/calls/draft-saver';

/** A backend that stores drafts per call and ignores stale revisions, as calls:save-draft does. */
function fakeBackend() {
  const stored = new Map<number, DraftSave>();
  const writes: DraftSave[] = [];
  const save = vi.fn(async (draft: DraftSave): Promise<DraftSaveResult> => {
    writes.push(draft);
    const current = stored.get(draft.callId);
    const applied = !current || draft.revision >= current.revision;
    if (applied) stored.set(draft.callId, draft);
    const now = stored.get(draft.callId)!;
    return { applied, draft: { ...now, savedAt: new Date().toISOString() } };
  });
  return { stored, writes, save };
}

function saverFor(callId: number, save: (draft: DraftSave) => Promise<DraftSaveResult>) {
  const durable: string[] = [];
  const saver = new DraftSaver({
    callId,
    storedRevision: 0,
    storedBody: '',
    save,
    onDurable: ({ body }) => durable.push(body),
    onError: () => {},
  });
  return { saver, durable };
}

describe('the call draft saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves 300 ms after the last keystroke, once, with the last text', async () => {
    const backend = fakeBackend();
    const { saver, durable } = saverFor(1, backend.save);
    saver.change('D');
    await vi.advanceTimersByTimeAsync(200);
    saver.change('Da');
    saver.change('Dan');
    await vi.advanceTimersByTimeAsync(299);
    expect(backend.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(backend.writes).toEqual([{ callId: 1, body: 'Dan', revision: 3 }]);
    expect(durable).toEqual(['Dan']);
  });

  it('a save still scheduled when the rep switches calls lands in the call it was typed in', async () => {
    const backend = fakeBackend();
    const a = saverFor(1, backend.save);
    a.saver.change('about call A');
    // The screen for call A goes away inside the debounce window; call B opens at once.
    const leaving = a.saver.dispose();
    const b = saverFor(2, backend.save);
    b.saver.change('about call B');
    a.saver.change('typed after leaving A is ignored');
    await leaving;
    await vi.advanceTimersByTimeAsync(300);
    expect(backend.stored.get(1)?.body).toBe('about call A');
    expect(backend.stored.get(2)?.body).toBe('about call B');
    expect(backend.writes.every((w) => w.body.includes(w.callId === 1 ? 'A' : 'B'))).toBe(true);
  });

  it('a slow older save cannot replace a newer one, and the indicator never goes backwards', async () => {
    const backend = fakeBackend();
    let releaseFirst: () => void = () => {};
    const slowFirst = vi.fn((draft: DraftSave) =>
      draft.revision === 1
        ? new Promise<DraftSaveResult>((resolve) => {
            releaseFirst = () => void backend.save(draft).then(resolve);
          })
        : backend.save(draft),
    );
    const { saver, durable } = saverFor(1, slowFirst);
    saver.change('Re-bids');
    const first = saver.flush();
    saver.change('Re-bids yearly');
    await saver.flush();
    releaseFirst();
    await first;
    expect(backend.stored.get(1)?.body).toBe('Re-bids yearly');
    expect(durable).toEqual(['Re-bids yearly', 'Re-bids yearly']);
  });

  it('turning the text into a note cancels the scheduled save and moves the revision on', async () => {
    const backend = fakeBackend();
    const { saver } = saverFor(1, backend.save);
    saver.change('Budget set in March');
    const noteRevision = saver.takeForNote();
    expect(noteRevision).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(backend.save).not.toHaveBeenCalled();
    expect(saver.latest).toEqual({ body: '', revision: 2 });
  });

  it('keeps a failed save for the next attempt', async () => {
    const backend = fakeBackend();
    let down = true;
    const flaky = vi.fn((draft: DraftSave) =>
      down ? Promise.reject(new Error('OneUp is not reachable')) : backend.save(draft),
    );
    const errors: string[] = [];
    const saver = new DraftSaver({
      callId: 1,
      storedRevision: 0,
      storedBody: '',
      save: flaky,
      onDurable: () => {},
      onError: (message) => errors.push(message),
    });
    saver.change('Wants the benchmark');
    await saver.flush();
    expect(errors).toEqual(['OneUp is not reachable']);
    down = false;
    await saver.flush();
    expect(backend.stored.get(1)?.body).toBe('Wants the benchmark');
  });
});
