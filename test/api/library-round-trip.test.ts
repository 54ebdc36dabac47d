import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { LIBRARY_VERSION, type LibraryDocument } from '../../src/shared/domain/data';
import { backend, call, uploadId } from './import-support';

/**
 * A library export restores everything the rep made: every table and every column, compared row
 * by row in the database, not only in the JSON. A new table has to be placed in CARRIED or
 * NOT_CARRIED below (the test lists the database's tables), and a new column of a carried table
 * that the export drops shows up as a difference.
 */
const CARRIED = [
  'prospects',
  'insights',
  'briefings',
  'briefing_items',
  'call_plans',
  'call_plan_insights',
  'calls',
  'call_insights',
  'call_notes',
  'call_note_revisions',
  'meetings',
  'sample_records',
] as const;

/** Tables a library file does not carry, and why. */
const NOT_CARRIED: Record<string, string> = {
  settings: "the rep's name and preferences belong to the install the file is restored into",
  call_drafts: 'text still being typed; it becomes a note when the call ends',
  insight_search_impacts: "search's index of the insights, rebuilt from them as they are written",
  insight_search_unindexed: "search's list of insights its index leaves to FTS5, rebuilt likewise",
};

/** Columns a restore may set differently, and why. */
const NOT_COMPARED: Partial<Record<(typeof CARRIED)[number], string[]>> = {
  // The row key of an item: nothing refers to it; items are ordered by position.
  briefing_items: ['id'],
  // The renderer's key for retrying one save: meaningless in another library.
  call_notes: ['client_id'],
};

/** The database's tables, leaving out the full-text indexes (rebuilt from the rows by triggers). */
function tables(api: Backend): string[] {
  const names = api.db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'`)
    .pluck()
    .all() as string[];
  return names.filter((name) => !/_fts(?:_|$)/u.test(name)).sort();
}

/** Every row of a table, the columns a restore must keep, in a stable order. */
function contents(api: Backend, table: (typeof CARRIED)[number]): Record<string, unknown>[] {
  const skip = new Set(NOT_COMPARED[table] ?? []);
  const rows = api.db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
  return rows
    .map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !skip.has(column))))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

async function exportDoc(api: Backend): Promise<LibraryDocument> {
  return JSON.parse((await call(api, 'export:library-json')).content) as LibraryDocument;
}

async function restore(content: string) {
  const target = backend();
  const counts = await call(target, 'import:library-json', {
    uploadId: await uploadId(target, Buffer.from(content)),
  });
  return { target, counts };
}

/** Sample data plus what only a rep's use makes: edits, a done follow-up, a cancelled meeting. */
async function usedLibrary(): Promise<Backend> {
  const api = backend();
  await call(api, 'sample:load');
  const one = <T>(sql: string) => api.db.prepare(sql).pluck().get() as T;

  const noteId = one<number>('SELECT id FROM call_notes ORDER BY id LIMIT 1');
  const note = await call(api, 'calls:edit-note', {
    noteId,
    body: 'Reworded after the call',
    expectedRevision: 1,
  });
  await call(api, 'calls:edit-note', {
    noteId,
    body: 'Reworded twice',
    tags: ['pain'],
    expectedRevision: note.revision,
  });
  await call(api, 'today:follow-up-done', {
    callId: one<number>('SELECT id FROM calls WHERE follow_up_on IS NOT NULL ORDER BY id LIMIT 1'),
  });
  const [plan] = await call(api, 'plans:list', {});
  await call(api, 'plans:update', {
    id: plan!.id,
    baseRevision: plan!.revision,
    patch: { referral: 'Maria Chen' },
  });
  const [summary] = (await call(api, 'briefings:list', {})).items;
  const briefing = await call(api, 'briefings:get', { id: summary!.id });
  await call(api, 'briefings:update', {
    id: briefing.id,
    baseRevision: briefing.revision,
    patch: { notes: 'Ask about the Q3 re-bid', items: [] },
  });
  // Correcting the booked call's outcome cancels its meeting; booking again makes a new one.
  const bookedCallId = one<number>('SELECT call_id FROM meetings LIMIT 1');
  await call(api, 'calls:end', { callId: bookedCallId, outcome: 'callback' });
  await call(api, 'calls:end', {
    callId: bookedCallId,
    outcome: 'meeting_booked',
    meeting: { startsAt: '2027-01-12T15:00:00Z', durationMinutes: 45, attendees: [] },
  });
  await call(api, 'prospects:archive', {
    id: one<number>('SELECT id FROM prospects ORDER BY id DESC LIMIT 1'),
  });
  return api;
}

describe('the library JSON carries every table and field', () => {
  it('export, restore into an empty library, export again: the same file and the same rows', async () => {
    const source = await usedLibrary();
    // The seed really has what the round trip must keep, or the comparison proves nothing.
    const has = (sql: string) => source.db.prepare(sql).pluck().get() === 1;
    expect(has('SELECT EXISTS (SELECT 1 FROM call_note_revisions)')).toBe(true);
    expect(has('SELECT EXISTS (SELECT 1 FROM calls WHERE follow_up_done_at IS NOT NULL)')).toBe(
      true,
    );
    expect(has('SELECT EXISTS (SELECT 1 FROM meetings WHERE cancelled_at IS NOT NULL)')).toBe(true);
    expect(has('SELECT EXISTS (SELECT 1 FROM meetings WHERE cancelled_at IS NULL)')).toBe(true);
    expect(has('SELECT EXISTS (SELECT 1 FROM sample_records)')).toBe(true);
    expect(has('SELECT EXISTS (SELECT 1 FROM call_plans WHERE revision > 1)')).toBe(true);
    expect(has('SELECT EXISTS (SELECT 1 FROM briefings WHERE revision > 1)')).toBe(true);

    const first = await exportDoc(source);
    expect(first.version).toBe(LIBRARY_VERSION);
    const { target, counts } = await restore(JSON.stringify(first));
    expect(counts.meetings).toBe(2);
    const { exportedAt: _first, ...before } = first;
    const { exportedAt: _second, ...after } = await exportDoc(target);
    expect(after).toEqual(before);

    expect(tables(source)).toEqual([...CARRIED, ...Object.keys(NOT_CARRIED)].sort());
    for (const table of CARRIED) {
      expect({ table, rows: contents(target, table) }).toEqual({
        table,
        rows: contents(source, table),
      });
    }

    // Restored sample data is still removable as sample data.
    expect((await call(target, 'app:info')).hasSampleData).toBe(true);
    expect(await call(target, 'sample:remove')).toEqual(await call(source, 'sample:remove'));
  });

  it('still imports a version-1 file, which had no meetings, sample records, note history, revisions or follow-up done dates', async () => {
    const source = await usedLibrary();
    const current = await exportDoc(source);
    // What OneUp wrote before version 2, field for field.
    const v1 = {
      format: current.format,
      version: 1,
      exportedAt: current.exportedAt,
      prospects: current.prospects,
      insights: current.insights,
      briefings: current.briefings.map(({ revision: _r, ...briefing }) => briefing),
      plans: current.plans.map(({ revision: _r, ...plan }) => plan),
      calls: current.calls.map(({ followUpDoneAt: _d, ...rest }) => rest),
      notes: current.notes.map(({ history: _h, ...note }) => note),
    };
    const { target, counts } = await restore(JSON.stringify(v1));
    expect(counts).toEqual({
      prospects: current.prospects.length,
      insights: current.insights.length,
      briefings: current.briefings.length,
      plans: current.plans.length,
      calls: current.calls.length,
      notes: current.notes.length,
      meetings: 0,
    });
    const restored = await exportDoc(target);
    expect(restored.version).toBe(LIBRARY_VERSION);
    expect(restored.meetings).toEqual([]);
    expect(restored.sampleRecords).toEqual([]);
    expect(restored.calls.every((c) => c.followUpDoneAt === null)).toBe(true);
    expect(restored.plans.every((p) => p.revision === 1)).toBe(true);
    expect(restored.notes.every((n) => n.history.length === 0)).toBe(true);
    // Everything version 1 did carry is back as it was.
    expect(restored.calls.map(({ followUpDoneAt: _d, ...rest }) => rest)).toEqual(v1.calls);
    expect(restored.prospects).toEqual(current.prospects);
  });

  it('drops a sample record whose row is left out of the restore, so removal never hits a row made later', async () => {
    const source = await usedLibrary();
    const doc = await exportDoc(source);
    const left = doc.sampleRecords.find((record) => record.table === 'insights')!;
    // An insight nothing refers to, refused for a broken field and left out by the rep's choice.
    const insightIndex = doc.insights.findIndex((insight) => insight.id === left.rowId);
    const orphan = { ...doc.insights[insightIndex]!, sourceUrl: 'http://not-https.example' };
    const unused = {
      ...doc,
      briefings: doc.briefings.map((b) => ({
        ...b,
        items: b.items.filter((i) => i.insightId !== left.rowId),
      })),
      plans: doc.plans.map((p) => ({
        ...p,
        insights: p.insights.filter((i) => i.insightId !== left.rowId),
      })),
      calls: doc.calls.map((c) => ({
        ...c,
        insightIds: c.insightIds.filter((id) => id !== left.rowId),
      })),
      insights: doc.insights.map((insight, index) => (index === insightIndex ? orphan : insight)),
    };
    const target = backend();
    const restored = await call(target, 'import:library-json', {
      uploadId: await uploadId(target, Buffer.from(JSON.stringify(unused))),
      skipRefused: true,
    });
    expect(restored.insights).toBe(doc.insights.length - 1);
    const after = await exportDoc(target);
    expect(after.sampleRecords).toEqual(doc.sampleRecords.filter((record) => record !== left));
  });
});
