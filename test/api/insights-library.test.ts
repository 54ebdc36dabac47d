import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { MATCH_END, MATCH_START } from '../../src/shared/domain/match-marks';
import { call, callRaw } from '../helpers/api';
import { tempDir } from '../helpers/temp';

function backend(): Backend {
  return openBackend({ dataDir: tempDir(), transport: 'browser', onInternalError: () => {} });
}

const FREIGHT = {
  headline: 'Distributors who re-bid freight lanes quarterly pay 11% less',
  detail: 'Carriers price annual contracts for the worst quarter of the year.',
  evidence: '60 distributors, 2025 invoices, median saving 11%',
  source: 'Our 2025 client benchmark',
  sourceUrl: 'https://example.com/benchmark',
  isPublic: false,
  industries: ['Distribution', 'Logistics'],
  roles: ['VP Operations'],
  tags: ['freight', 'cost'],
};

describe('the insight library over the API', () => {
  it('stores every field, and an edit keeps what it does not touch', async () => {
    const app = backend();
    const created = await call(app, 'insights:create', FREIGHT);
    expect(created).toMatchObject({
      ...FREIGHT,
      timesUsed: 0,
      meetingsBooked: 0,
      meetingRate: null,
      archivedAt: null,
    });
    const edited = await call(app, 'insights:update', {
      id: created.id,
      patch: { isPublic: true, tags: ['freight'] },
    });
    expect(edited).toMatchObject({ ...FREIGHT, isPublic: true, tags: ['freight'] });
    app.close();
  });

  it('refuses a source link that is not https, at the field', async () => {
    const app = backend();
    for (const sourceUrl of ['http://example.com/report', 'ftp://example.com', 'example.com']) {
      const result = await callRaw(app, 'insights:create', { headline: 'X', sourceUrl });
      expect(result.ok, sourceUrl).toBe(false);
      if (result.ok) continue;
      expect(result.error.fields).toContainEqual({
        path: 'sourceUrl',
        message: 'Enter a link starting with https://',
      });
    }
    const { id } = await call(app, 'insights:create', { headline: 'X' });
    const update = await callRaw(app, 'insights:update', {
      id,
      patch: { sourceUrl: 'javascript:alert(1)' },
    });
    expect(!update.ok && update.error.fields?.[0]?.path).toBe('patch.sourceUrl');
    app.close();
  });

  it('searches with marked matches, within the chosen filters and status', async () => {
    const app = backend();
    const freight = await call(app, 'insights:create', FREIGHT);
    await call(app, 'insights:create', {
      headline: 'Clinics lose one visit in eight to no-shows',
      detail: 'A same-day text with freight-free scheduling cuts it in half.',
      industries: ['Healthcare'],
      tags: ['scheduling'],
    });

    const hits = await call(app, 'insights:search', { query: 'freig' });
    expect(hits).toHaveLength(2);
    const freightHit = hits.find((hit) => hit.insight.id === freight.id)!;
    expect(freightHit.headlineMarked).toContain(`${MATCH_START}freight${MATCH_END}`);

    const inHealthcare = await call(app, 'insights:search', {
      query: 'freight',
      industry: 'healthcare',
    });
    expect(inHealthcare.map((hit) => hit.insight.headline)).toEqual([
      'Clinics lose one visit in eight to no-shows',
    ]);
    expect(inHealthcare[0]!.detailExcerptMarked).toContain(`${MATCH_START}freight${MATCH_END}`);
    const tagged = await call(app, 'insights:search', { query: 'freight', tag: 'COST' });
    expect(tagged.map((hit) => hit.insight.id)).toEqual([freight.id]);

    await call(app, 'insights:archive', { id: freight.id });
    expect(
      (await call(app, 'insights:search', { query: 'lanes' })).map((hit) => hit.insight.id),
    ).toEqual([]);
    expect(
      (await call(app, 'insights:search', { query: 'lanes', status: 'archived' })).map(
        (hit) => hit.insight.id,
      ),
    ).toEqual([freight.id]);
    app.close();
  });

  it('offers the active library’s tags and industries as filters, once each', async () => {
    const app = backend();
    await call(app, 'insights:create', FREIGHT);
    await call(app, 'insights:create', {
      headline: 'B',
      industries: ['distribution', 'Banking'],
      tags: ['Cost'],
    });
    const old = await call(app, 'insights:create', { headline: 'C', tags: ['archived-only'] });
    await call(app, 'insights:archive', { id: old.id });
    const facets = await call(app, 'insights:facets', undefined);
    expect(facets.industries.map((value) => value.toLowerCase())).toEqual([
      'banking',
      'distribution',
      'logistics',
    ]);
    expect(facets.tags.map((value) => value.toLowerCase())).toEqual(['cost', 'freight']);
    app.close();
  });

  it('lists newest first, filtered by tag and industry, with the track record from calls', async () => {
    const app = backend();
    const first = await call(app, 'insights:create', FREIGHT);
    const second = await call(app, 'insights:create', {
      headline: 'Second',
      industries: ['Banking'],
    });
    // Two creates can land in the same millisecond; make "newer" unambiguous.
    app.db
      .prepare("UPDATE insights SET updated_at = '2020-01-01T00:00:00.000Z' WHERE id = ?")
      .run(first.id);
    const prospect = await call(app, 'prospects:create', { name: 'Ann' });
    const now = new Date().toISOString();
    for (const outcome of ['meeting_booked', 'voicemail', 'no_answer', 'meeting_booked']) {
      const { id } = app.db
        .prepare(
          `INSERT INTO calls (prospect_id, started_at, outcome, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?) RETURNING id`,
        )
        .get(prospect.id, now, outcome, now, now) as { id: number };
      app.db
        .prepare('INSERT INTO call_insights (call_id, insight_id) VALUES (?, ?)')
        .run(id, first.id);
    }
    const all = await call(app, 'insights:list', {});
    expect(all.items.map((item) => item.id)).toEqual([second.id, first.id]);
    expect(all.items[1]).toMatchObject({ timesUsed: 4, meetingsBooked: 2, meetingRate: 0.5 });
    expect(all.items[0]).toMatchObject({ timesUsed: 0, meetingRate: null });
    const banking = await call(app, 'insights:list', { industry: 'BANKING' });
    expect(banking.items.map((item) => item.id)).toEqual([second.id]);
    const tagged = await call(app, 'insights:list', { tag: 'freight' });
    expect(tagged.total).toBe(1);
    app.close();
  });
});
