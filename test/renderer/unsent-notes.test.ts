import { describe, expect, it } from 'vitest';
import {
  forgetNote,
  keepDraft,
  keepNote,
  readUnsent,
  startingDraft,
  type UnsentStores,
} from '../../src/renderer/src/features/calls/unsent-notes';

/** A browser's storage as far as the outbox uses it, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const stores = (): UnsentStores => ({ notes: memoryStorage(), draft: memoryStorage() });
const call = { id: 7, startedAt: '2026-12-05T21:00:00.000Z' };
const note = (clientId: string, body: string, draftRevision: number) => ({
  clientId,
  body,
  tags: [],
  offsetMs: 1_000,
  draftRevision,
});

describe('the live call’s unsent words kept in the browser', () => {
  it('keeps a note until its save is confirmed, and the box’s text, for the page loaded next', () => {
    const kept = stores();
    keepNote(call, note('note-aaaa-1', 'Carrier contract renews in March', 3), kept);
    keepNote(call, note('note-aaaa-2', 'Wants the benchmark', 5), kept);
    keepDraft(call, { body: 'Budget owner is', revision: 7 }, kept);
    forgetNote(call, 'note-aaaa-1', kept);
    expect(readUnsent(call, kept)).toEqual({
      notes: [note('note-aaaa-2', 'Wants the benchmark', 5)],
      draft: { body: 'Budget owner is', revision: 7 },
    });
    // An emptied box keeps nothing; the last confirmed note leaves no entry behind.
    keepDraft(call, { body: '', revision: 8 }, kept);
    forgetNote(call, 'note-aaaa-2', kept);
    expect(kept.notes!.length + kept.draft!.length).toBe(0);
  });

  it('gives nothing to another call with the same id (another library on the same port) or from a damaged entry', () => {
    const kept = stores();
    keepNote(call, note('note-bbbb-1', 'Re-bids yearly', 2), kept);
    expect(readUnsent({ ...call, startedAt: '2026-12-04T09:00:00.000Z' }, kept).notes).toEqual([]);
    kept.notes!.setItem(kept.notes!.key(0)!, '{not json');
    expect(readUnsent(call, kept)).toEqual({ notes: [], draft: null });
  });

  it('starts the box from what this tab showed, above every revision already stored or kept', () => {
    const stored = {
      draft: { callId: 7, body: '', revision: 9, savedAt: call.startedAt },
    };
    expect(
      startingDraft(stored, {
        notes: [note('note-cccc-1', 'Decision in Q3', 11)],
        draft: { body: 'Asked for the lane benchmark', revision: 4 },
      }),
    ).toEqual({ body: 'Asked for the lane benchmark', revision: 12, unsentFromBefore: true });
    // A kept note took the box's text: the box starts empty at its revision, nothing to resend.
    expect(
      startingDraft(stored, { notes: [note('note-cccc-1', 'Decision in Q3', 11)], draft: null }),
    ).toEqual({ body: '', revision: 11, unsentFromBefore: false });
  });
});
