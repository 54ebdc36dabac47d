import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_AFTER_MS, runNoteIndexUpkeep } from '../../src/main/calls/note-index';
import { migrations } from '../../src/main/db/migrate';
import { closeDatabase, openDatabase, type Db } from '../../src/main/db/open';
import { readyToDial } from '../helpers/dialing';
import { tempDir } from '../helpers/temp';

/** One made-up word per note, so each note is the only hit for its word. */
const WORDS = ['alderwood', 'bramblefin', 'cobaltine', 'dunmarrow', 'emberlace', 'fenwhistle'];
const WORDS_MORE = ['galloway', 'hollowmere', 'ironvale', 'juniperly', 'kestrelton', 'larchmont'];

/** The segments of the call-note index: each is one row or more in its `_idx` shadow table. */
const segments = (db: Db) =>
  db.prepare('SELECT count(DISTINCT segid) FROM call_notes_fts_idx').pluck().get() as number;

const integrityCheck = (db: Db) =>
  db.prepare("INSERT INTO call_notes_fts (call_notes_fts) VALUES ('integrity-check')").run();

async function liveCall() {
  const start = await readyToDial();
  const dialed = await start.dial();
  let seq = 0;
  const addNote = (body: string) =>
    start.call('calls:add-note', {
      callId: dialed.id,
      body,
      offsetMs: ++seq * 1_000,
      clientId: `upkeep-${seq}`,
    });
  const notesFound = async (word: string) =>
    (await start.call('search:global', { query: word })).notes.map((hit) => hit.callId);
  return { ...start, dialed, addNote, notesFound };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the call-note index upkeep', () => {
  it('merges the notes of a call into the search index once the rep pauses, and finds every one', async () => {
    const { backend, dialed, addNote, notesFound } = await liveCall();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] });
    for (const word of [...WORDS, ...WORDS_MORE])
      await addNote(`Asked about ${word} freight rates`);
    // Saving a note merged nothing: each of the 12 notes is still its own segment.
    const unmerged = segments(backend.db);
    expect(unmerged).toBeGreaterThanOrEqual(12);

    await vi.advanceTimersByTimeAsync(IDLE_AFTER_MS - 1);
    expect(segments(backend.db)).toBe(unmerged);
    await vi.runAllTimersAsync();
    expect(segments(backend.db)).toBeLessThanOrEqual(3);
    // The merge steps skip their own fsync; the notes' commits are FULL again afterwards.
    expect(backend.db.pragma('synchronous', { simple: true })).toBe(2);

    expect(() => integrityCheck(backend.db)).not.toThrow();
    for (const word of [...WORDS, ...WORDS_MORE])
      expect(await notesFound(word)).toEqual([dialed.id]);
    backend.close();
  });

  it('waits while the rep keeps writing notes and merges after the last one', async () => {
    const { backend, addNote, notesFound, dialed } = await liveCall();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] });
    for (const word of WORDS) await addNote(`Mentioned ${word} twice`);
    await vi.advanceTimersByTimeAsync(IDLE_AFTER_MS - 100);
    await addNote('One more about galloway');
    await vi.advanceTimersByTimeAsync(IDLE_AFTER_MS - 100);
    // Still within a pause of the last note: nothing merged yet.
    expect(segments(backend.db)).toBeGreaterThanOrEqual(WORDS.length + 1);
    await vi.runAllTimersAsync();
    expect(segments(backend.db)).toBeLessThanOrEqual(3);
    expect(() => integrityCheck(backend.db)).not.toThrow();
    expect(await notesFound('galloway')).toEqual([dialed.id]);
    backend.close();
  });

  it('leaves an edited note found by its new words only', async () => {
    const { backend, call, addNote, notesFound, dialed } = await liveCall();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] });
    for (const word of WORDS) await addNote(`Talked ${word}`);
    const note = await addNote('Budget owner is hollowmere');
    await call('calls:edit-note', {
      noteId: note.id,
      body: 'Budget owner is ironvale',
      expectedRevision: 1,
    });
    await vi.runAllTimersAsync();
    expect(() => integrityCheck(backend.db)).not.toThrow();
    expect(await notesFound('hollowmere')).toEqual([]);
    expect(await notesFound('ironvale')).toEqual([dialed.id]);
    backend.close();
  });
});

describe('migration 009: note index merging off the add path', () => {
  it('turns automerge off on a library of version 8, and upkeep then merges its notes', () => {
    const dir = tempDir();
    const v8 = openDatabase(dir, { migrationList: migrations.slice(0, 8) });
    v8.exec(`
      INSERT INTO prospects (id, name, created_at, updated_at) VALUES (1, 'Dana', 't', 't');
      INSERT INTO calls (id, prospect_id, started_at, opener, created_at, updated_at)
        VALUES (9, 1, '2026-11-20T10:00:00.000Z', 'This is Sam with Freightwise.', 't', 't');
    `);
    const insert = v8.prepare(
      "INSERT INTO call_notes (call_id, offset_ms, body, created_at, updated_at) VALUES (9, ?, ?, 't', 't')",
    );
    WORDS.forEach((word, index) => insert.run(index * 1_000, `Said ${word}`));
    closeDatabase(v8);

    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(
      db.prepare("SELECT v FROM call_notes_fts_config WHERE k = 'automerge'").pluck().get(),
    ).toBe(0);
    const add = db.prepare(
      "INSERT INTO call_notes (call_id, offset_ms, body, created_at, updated_at) VALUES (9, ?, ?, 't', 't')",
    );
    WORDS_MORE.forEach((word, index) => add.run(10_000 + index * 1_000, `Said ${word}`));
    const before = segments(db);
    expect(runNoteIndexUpkeep(db)).toBeGreaterThan(0);
    expect(segments(db)).toBeLessThan(before);
    expect(() => integrityCheck(db)).not.toThrow();
    const found = db
      .prepare('SELECT count(*) FROM call_notes_fts WHERE call_notes_fts MATCH ?')
      .pluck();
    for (const word of [...WORDS, ...WORDS_MORE]) expect(found.get(word)).toBe(1);
    closeDatabase(db);
  });
});
