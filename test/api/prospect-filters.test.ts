import { describe, expect, it } from 'vitest';
import { openBackend } from '../../src/main/backend';
import type { ChannelInput } from '../../src/shared/api/contract';
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
});
