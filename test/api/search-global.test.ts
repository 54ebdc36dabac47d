import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { excerptAround } from '../../src/main/search/global';
import type { ChannelInput } from '../../src/shared/api/contract';
import type { GlobalSearchResult } from '../../src/shared/domain/search';
import { call, callRaw } from '../helpers/api';
import { tempDir } from '../helpers/temp';

function backend(): Backend {
  return openBackend({ dataDir: tempDir(), transport: 'browser', onInternalError: () => {} });
}

async function search(
  { router }: Backend,
  query: string,
  limit?: number,
): Promise<GlobalSearchResult> {
  return call({ router }, 'search:global', { query, ...(limit ? { limit } : {}) });
}

/** What the rep reads once the renderer has turned the marks into <mark> elements. */
const plain = (marked: string) => marked.replace(/[\u0002\u0003]/gu, '');
const marked = (text: string) => [...text.matchAll(/\u0002(.*?)\u0003/gu)].map((m) => m[1]);

/** A call with notes, as the live call screen will write them. */
function addCall(db: Backend['db'], prospectId: number, notes: string[]): number {
  const now = '2026-03-02T15:04:00.000Z';
  const { id } = db
    .prepare(
      `INSERT INTO calls (prospect_id, started_at, opener, created_at, updated_at)
       VALUES (?, ?, '', ?, ?) RETURNING id`,
    )
    .get(prospectId, now, now, now) as { id: number };
  notes.forEach((body, index) =>
    db
      .prepare(
        `INSERT INTO call_notes (call_id, offset_ms, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(id, 65_000 * (index + 1), body, now, now),
  );
  return id;
}

describe('search:global', () => {
  it('finds prospects, insights and call notes for one query, with the matches marked', async () => {
    const app = backend();
    await call(app, 'sample:load', {});
    const henrik = app.db
      .prepare(`SELECT id FROM prospects WHERE name = 'Henrik Sørensen'`)
      .get() as { id: number };
    const callId = addCall(app.db, henrik.id, [
      'Gatekeeper put me through. Henrik cares about freight spend before the Q3 budget.',
    ]);

    const found = await search(app, 'freight');
    expect(found.insights.map((hit) => plain(hit.titleMarked))).toContain(
      'Distributors who re-bid LTL lanes every quarter pay about 11% less for freight',
    );
    expect(marked(found.insights[0]!.titleMarked + found.insights[0]!.excerptMarked)).toContain(
      'freight',
    );
    expect(found.notes).toHaveLength(1);
    expect(found.notes[0]).toMatchObject({
      callId,
      prospectId: henrik.id,
      titleMarked: 'Call with Henrik Sørensen',
      subtitle: '2026-03-02 · 1:05 into the call',
    });
    expect(marked(found.notes[0]!.excerptMarked)).toEqual(['freight']);

    const byName = await search(app, 'sørens');
    expect(byName.prospects).toHaveLength(1);
    expect(plain(byName.prospects[0]!.titleMarked)).toBe('Henrik Sørensen');
    expect(marked(byName.prospects[0]!.titleMarked)).toEqual(['Sørensen']);
    expect(byName.prospects[0]!.excerptMarked).toBe('');
    app.close();
  });

  it('ranks a match in the name above one in the notes, and skips archived prospects', async () => {
    const app = backend();
    const create = async (fields: ChannelInput<'prospects:create'>) =>
      (await call(app, 'prospects:create', fields)).id;
    const noted = await create({ name: 'Ada Quill', notes: 'Knows Maple from the trade show.' });
    const named = await create({ name: 'Maple Ortiz', company: 'Birch & Co' });
    const archived = await create({ name: 'Maple Gone' });
    await call(app, 'prospects:archive', { id: archived });

    const found = await search(app, 'maple');
    expect(found.prospects.map((hit) => hit.id)).toEqual([named, noted]);
    expect(found.prospects[0]!.subtitle).toBe('Birch & Co');
    expect(marked(found.prospects[1]!.excerptMarked)).toEqual(['Maple']);
    app.close();
  });

  it('returns at most `limit` of each kind', async () => {
    const app = backend();
    for (let i = 0; i < 8; i++) await call(app, 'prospects:create', { name: `Jordan Tester ${i}` });
    expect((await search(app, 'jordan')).prospects).toHaveLength(5);
    expect((await search(app, 'jordan', 2)).prospects).toHaveLength(2);
    app.close();
  });

  it('answers hostile or empty queries with nothing found, never an error', async () => {
    const app = backend();
    await call(app, 'sample:load', {});
    const hostile = [
      '',
      '   ',
      '"',
      '""',
      '*',
      'title:secret "',
      'NEAR(freight cost)',
      'freight NOT cost AND OR',
      "'; DROP TABLE prospects; --",
      '^freight',
      '{name}:x',
      '(((',
      '\u0002freight\u0003',
      'line\nbreak\ttab',
      '🙂🙂',
      'x'.repeat(2000),
      '\u0000',
    ];
    for (const query of hostile) {
      const found = await search(app, query);
      for (const hits of [found.prospects, found.insights, found.notes])
        for (const hit of hits) expect(hit.titleMarked.length, query).toBeGreaterThan(0);
    }
    expect(await search(app, '"')).toEqual({ prospects: [], insights: [], notes: [] });
    expect(await search(app, '🙂🙂')).toEqual({ prospects: [], insights: [], notes: [] });
    // The library is intact after all of that.
    expect((await search(app, 'freight')).insights.length).toBeGreaterThan(0);
    app.close();
  });

  it('refuses input of the wrong shape', async () => {
    const app = backend();
    const result = await callRaw(app, 'search:global', { query: 42 });
    expect(result.ok).toBe(false);
    const tooMany = await callRaw(app, 'search:global', { query: 'a', limit: 1000 });
    expect(tooMany.ok).toBe(false);
    app.close();
  });
});

describe('excerptAround', () => {
  it('keeps a window around the first match, cut between words, marks balanced', () => {
    const body = `${'lorem ipsum '.repeat(30)}the \u0002freight\u0003 budget ${'dolor sit '.repeat(30)}`;
    const excerpt = excerptAround(body, 80);
    expect(excerpt.length).toBeLessThan(110);
    expect(excerpt).toMatch(/^….*\u0002freight\u0003 budget.*…$/u);
    expect(excerpt).not.toMatch(/ipsu…|…psum/u);
    const cut = excerptAround(`\u0002${'word '.repeat(60)}\u0003`, 40);
    expect(cut.split('\u0002').length).toBe(cut.split('\u0003').length);
  });
});
