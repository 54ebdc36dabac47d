import { describe, expect, it } from 'vitest';
import { openBackend } from '../../src/main/backend';
import type { ChannelInput } from '../../src/shared/api/contract';
import { MANY_MATCHES } from '../../src/main/prospects/repository';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

describe('prospect list filters and facets', () => {
  it('filters by last contact (never, within 30 days, older) and lists tags and industries', async () => {
    const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
    const { db, router } = backend;
    const insert = db.prepare(
      "INSERT INTO prospects (name, industry, tags, created_at, updated_at) VALUES (@name, @industry, @tags, 't', 't') RETURNING id",
    );
    const id = (name: string, industry: string, tags: string[]) =>
      (insert.get({ name, industry, tags: JSON.stringify(tags) }) as { id: number }).id;
    const recent = id('Recent Rita', 'Banking', ['fraud']);
    const old = id('Old Omar', 'Banking', []);
    id('Never Nora', 'Healthcare', ['scheduling', 'fraud']);
    const insertCall = db.prepare(
      "INSERT INTO calls (prospect_id, started_at, created_at, updated_at) VALUES (?, ?, 't', 't')",
    );
    insertCall.run(recent, new Date(Date.now() - 2 * 86_400_000).toISOString());
    insertCall.run(old, new Date(Date.now() - 90 * 86_400_000).toISOString());

    const names = async (input: ChannelInput<'prospects:list'>) =>
      (await call(backend, 'prospects:list', input)).items.map((p) => p.name);
    expect(await names({ lastContact: 'never' })).toEqual(['Never Nora']);
    expect(await names({ lastContact: 'within_30_days' })).toEqual(['Recent Rita']);
    expect(await names({ lastContact: 'over_30_days' })).toEqual(['Old Omar']);
    expect(await names({ sort: 'last_contact' })).toEqual([
      'Recent Rita',
      'Old Omar',
      'Never Nora',
    ]);
    expect(await names({ tag: 'FRAUD' })).toEqual(['Never Nora', 'Recent Rita']);
    expect(await names({ industry: 'banking', lastContact: 'within_30_days' })).toEqual([
      'Recent Rita',
    ]);

    const facets = await router.handle('prospects:facets', {});
    expect(facets.ok && facets.value).toEqual({
      tags: ['fraud', 'scheduling'],
      industries: ['Banking', 'Healthcare'],
    });
    backend.close();
  });

  it('lists and counts a search that matches thousands exactly as one that matches few', async () => {
    const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
    const insert = backend.db.prepare(
      `INSERT INTO prospects (name, company, notes, created_at, updated_at, archived_at)
       VALUES (@name, @company, @notes, 't', @updated, @archived)`,
    );
    // Names in an order unrelated to ids; every 7th row is archived, every 3rd lacks the word.
    const rows = Array.from({ length: MANY_MATCHES * 2 }, (_, index) => ({
      name: `Rep ${String((index * 7919) % 10_007).padStart(5, '0')}`,
      company: `Co ${index % 97}`,
      notes: index % 3 === 0 ? 'nothing relevant' : 'asked about harbor fees',
      updated: `2024-01-${String(1 + (index % 28)).padStart(2, '0')}`,
      archived: index % 7 === 0 ? '2024-02-01' : null,
    }));
    backend.db.transaction(() => rows.forEach((row) => insert.run(row)))();
    const expected = (archived: boolean) =>
      rows
        .filter((row) => row.notes.includes('harbor') && (row.archived !== null) === archived)
        .map((row) => row.name)
        .sort();
    const active = expected(false);
    expect(active.length).toBeGreaterThan(MANY_MATCHES);

    for (const query of ['harbor', 'ha']) {
      const first = await call(backend, 'prospects:list', { query, limit: 100 });
      expect(first.total, query).toBe(active.length);
      expect(first.items.map((p) => p.name)).toEqual(active.slice(0, 100));
      const later = await call(backend, 'prospects:list', { query, offset: 1_000, limit: 50 });
      expect(later.items.map((p) => p.name)).toEqual(active.slice(1_000, 1_050));
      const archivedPage = await call(backend, 'prospects:list', { query, status: 'archived' });
      expect(archivedPage.total).toBe(expected(true).length);
      expect(archivedPage.items.map((p) => p.name)).toEqual(expected(true).slice(0, 50));
    }
    // Other sort orders walk their own index and give the same rows as sorting every match.
    const byUpdated = await call(backend, 'prospects:list', { query: 'harbor', sort: 'updated' });
    const reference = backend.db
      .prepare(
        `SELECT name FROM prospects WHERE archived_at IS NULL AND notes LIKE '%harbor%'
         ORDER BY updated_at DESC, id LIMIT 50`,
      )
      .pluck()
      .all();
    expect(byUpdated.items.map((p) => p.name)).toEqual(reference);
    backend.close();
  });
});
