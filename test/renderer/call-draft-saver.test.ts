import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftSaveResult } from '../../src/shared/domain/call';
import {
  CallDraftRevisions,
  type DraftSave,
} from '../../src/renderer/src/features/calls/draft-saver';
import { ApiCallError } from '../../src/renderer/src/lib/api-error';
import { Autosave } from '../../src/renderer/src/ui/autosave';

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

/**
 * A call's notes box as the live screen wires it (useCallDraft): the draft adapter on the one
 * autosave, each keystroke handed from one to the other.
 */
function boxFor(callId: number, save: (draft: DraftSave) => Promise<DraftSaveResult>) {
  const durable: string[] = [];
  const revisions = new CallDraftRevisions({
    callId,
    storedRevision: 0,
    storedBody: '',
    save,
    onDurable: ({ body }) => durable.push(body),
  });
  const autosave = new Autosave(revisions.autosaveOptions());
  revisions.resaveWith((edit) => autosave.edit(edit));
  const errors: string[] = [];
  autosave.subscribe(() => {
    if (autosave.status.kind === 'retrying') errors.push(autosave.status.message);
  });
  return {
    revisions,
    autosave,
    durable,
    errors,
    type: (body: string) => {
      const change = revisions.change(body);
      if (change) autosave.edit(change);
    },
    /** What the screen does when it goes away: save what is pending, accept nothing more. */
    leave: () => {
      revisions.leave();
      return autosave.flush();
    },
  };
}

describe('the call draft on the one autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves 300 ms after the last keystroke, once, with the last text', async () => {
    const backend = fakeBackend();
    const box = boxFor(1, backend.save);
    box.type('D');
    await vi.advanceTimersByTimeAsync(200);
    box.type('Da');
    box.type('Dan');
    await vi.advanceTimersByTimeAsync(299);
    expect(backend.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(backend.writes).toEqual([{ callId: 1, body: 'Dan', revision: 3 }]);
    expect(box.durable).toEqual(['Dan']);
  });

  it('a save still scheduled when the rep switches calls lands in the call it was typed in', async () => {
    const backend = fakeBackend();
    const a = boxFor(1, backend.save);
    a.type('about call A');
    // The screen for call A goes away inside the debounce window; call B opens at once.
    const leaving = a.leave();
    const b = boxFor(2, backend.save);
    b.type('about call B');
    a.type('typed after leaving A is ignored');
    await leaving;
    await vi.advanceTimersByTimeAsync(300);
    expect(backend.stored.get(1)?.body).toBe('about call A');
    expect(backend.stored.get(2)?.body).toBe('about call B');
    expect(backend.writes.every((w) => w.body.includes(w.callId === 1 ? 'A' : 'B'))).toBe(true);
  });

  it('a slow save is never overtaken: the newer text goes after it, and the indicator never goes backwards', async () => {
    const backend = fakeBackend();
    let releaseFirst: () => void = () => {};
    const slowFirst = vi.fn((draft: DraftSave) =>
      draft.revision === 1
        ? new Promise<DraftSaveResult>((resolve) => {
            releaseFirst = () => void backend.save(draft).then(resolve);
          })
        : backend.save(draft),
    );
    const box = boxFor(1, slowFirst);
    box.type('Re-bids');
    const first = box.autosave.flush();
    box.type('Re-bids yearly');
    const second = box.autosave.flush();
    expect(slowFirst).toHaveBeenCalledTimes(1);
    releaseFirst();
    await first;
    await second;
    expect(backend.writes.map((w) => w.body)).toEqual(['Re-bids', 'Re-bids yearly']);
    expect(backend.stored.get(1)?.body).toBe('Re-bids yearly');
    expect(box.durable).toEqual(['Re-bids', 'Re-bids yearly']);
  });

  it('a late draft reply older than a confirmed note does not bring the indicator back', async () => {
    const backend = fakeBackend();
    let release: () => void = () => {};
    const slow = vi.fn(
      (draft: DraftSave) =>
        new Promise<DraftSaveResult>((resolve) => {
          release = () => void backend.save(draft).then(resolve);
        }),
    );
    const box = boxFor(1, slow);
    box.type('Budget set in March');
    const inFlight = box.autosave.flush();
    const noteRevision = box.revisions.takeForNote();
    // The note's save (carrying noteRevision) is confirmed first: the stored draft is empty.
    box.revisions.confirmCleared(noteRevision, new Date());
    release();
    await inFlight;
    expect(box.durable).toEqual(['']);
  });

  it('turning the text into a note cancels the scheduled save and moves the revision on', async () => {
    const backend = fakeBackend();
    const box = boxFor(1, backend.save);
    box.type('Budget set in March');
    const noteRevision = box.revisions.takeForNote();
    expect(noteRevision).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(backend.save).not.toHaveBeenCalled();
    expect(box.revisions.latest).toEqual({ body: '', revision: 2 });
    // What is typed after the note is saved as usual, at a newer revision.
    box.type('Next: CFO');
    await vi.advanceTimersByTimeAsync(300);
    expect(backend.writes).toEqual([{ callId: 1, body: 'Next: CFO', revision: 3 }]);
  });

  it('a failed save keeps the text, says so, and lands by itself once the host is back', async () => {
    const backend = fakeBackend();
    let down = true;
    const flaky = vi.fn((draft: DraftSave) =>
      down
        ? Promise.reject(new ApiCallError('internal', 'OneUp is not reachable'))
        : backend.save(draft),
    );
    const box = boxFor(1, flaky);
    box.type('Wants the benchmark');
    await box.autosave.flush();
    expect(box.errors).toEqual(['OneUp is not reachable']);
    expect(box.durable).toEqual([]);
    box.type('Wants the benchmark by Friday');
    down = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(backend.stored.get(1)?.body).toBe('Wants the benchmark by Friday');
    expect(box.durable).toEqual(['Wants the benchmark by Friday']);
  });

  it('text typed in one tab is saved again over a newer draft another tab stored, and only then shown as saved', async () => {
    const backend = fakeBackend();
    const one = boxFor(1, backend.save);
    const two = boxFor(1, backend.save);
    // Tab two has typed further (its revisions run ahead); tab one's text is then refused as older.
    for (const text of ['D', 'De', 'Dec', 'Decision in Q3']) two.type(text);
    await two.autosave.flush();
    one.type('Asked for the lane benchmark');
    await one.autosave.flush();
    await vi.advanceTimersByTimeAsync(300);
    await one.autosave.flush();
    expect(backend.stored.get(1)).toEqual({
      callId: 1,
      body: 'Asked for the lane benchmark',
      revision: 5,
    });
    // What tab one's indicator reported durable is its own text, never the other tab's.
    expect(one.durable).toEqual(['Asked for the lane benchmark']);
  });
});
