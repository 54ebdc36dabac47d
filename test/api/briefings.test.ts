import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import type { ChannelName } from '../../src/shared/api/contract';
import type { ApiError } from '../../src/shared/api/result';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

function backend(): Backend {
  return openBackend({ dataDir: tempDir(), transport: 'browser', onInternalError: () => {} });
}

async function failure(
  { router }: Backend,
  channel: ChannelName,
  input: unknown,
  code: string,
): Promise<ApiError> {
  const result = await router.handle(channel, input);
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  return result.error;
}

async function seed(b: Backend) {
  const freight = await call(b, 'insights:create', {
    headline: 'Quarterly LTL re-bids cut freight spend about 11%',
    evidence: '11% lower cost per hundredweight across 40 distributors',
    source: 'Our 2025 freight benchmark',
    sourceUrl: 'https://example.com/benchmark',
    isPublic: true,
  });
  const noShows = await call(b, 'insights:create', {
    headline: 'A same-day text halves no-shows',
    detail: 'Clinics lose one visit in eight.',
  });
  const fraud = await call(b, 'insights:create', { headline: 'Monthly fraud tuning' });
  const dana = await call(b, 'prospects:create', {
    name: 'Dana Whitfield',
    title: 'VP Operations',
    company: 'Tidewater Supply Co.',
  });
  return { freight, noShows, fraud, dana };
}

describe('briefings over the API', () => {
  it('creates a briefing whose insights keep the order they were given in', async () => {
    const b = backend();
    const { freight, noShows, fraud, dana } = await seed(b);
    const created = await call(b, 'briefings:create', {
      title: '  Freight and scheduling review ',
      prospectId: dana.id,
      items: [
        { insightId: noShows.id, talkingPoints: 'Start with the clinic story' },
        { insightId: fraud.id },
        { insightId: freight.id, talkingPoints: 'The benchmark' },
      ],
      questions: ['How often do you re-bid lanes?', '', '  What does a no-show cost you?  '],
      lengthMinutes: 30,
      notes: 'She prefers mornings.',
    });
    expect(created).toMatchObject({
      title: 'Freight and scheduling review',
      prospectId: dana.id,
      prospect: { name: 'Dana Whitfield', company: 'Tidewater Supply Co.' },
      isTemplate: false,
      questions: ['How often do you re-bid lanes?', 'What does a no-show cost you?'],
      lengthMinutes: 30,
      notes: 'She prefers mornings.',
      archivedAt: null,
    });
    expect(created.items.map((item) => item.insightId)).toEqual([noShows.id, fraud.id, freight.id]);
    expect(created.items[0]!.talkingPoints).toBe('Start with the clinic story');
    expect(created.items[1]!.talkingPoints).toBe('');
    expect(created.items[2]!.insight).toMatchObject({
      headline: freight.headline,
      evidence: freight.evidence,
      isPublic: true,
    });

    const again = await call(b, 'briefings:get', { id: created.id });
    expect(again).toEqual(created);
    b.close();
  });

  it('reorders by replacing the whole list, and leaves other fields alone', async () => {
    const b = backend();
    const { freight, noShows, fraud } = await seed(b);
    const template = await call(b, 'briefings:create', {
      title: 'Ops review',
      items: [
        { insightId: freight.id, talkingPoints: 'A' },
        { insightId: noShows.id, talkingPoints: 'B' },
      ],
      questions: ['Q1'],
    });
    expect(template.isTemplate).toBe(true);

    const reordered = await call(b, 'briefings:update', {
      id: template.id,
      baseRevision: template.revision,
      patch: {
        items: [
          { insightId: noShows.id, talkingPoints: 'B, now first' },
          { insightId: fraud.id },
          { insightId: freight.id, talkingPoints: 'A' },
        ],
      },
    });
    expect(reordered.items.map((item) => [item.insightId, item.talkingPoints])).toEqual([
      [noShows.id, 'B, now first'],
      [fraud.id, ''],
      [freight.id, 'A'],
    ]);
    expect(reordered).toMatchObject({ title: 'Ops review', questions: ['Q1'] });
    expect(reordered.updatedAt >= template.updatedAt).toBe(true);

    const trimmed = await call(b, 'briefings:update', {
      id: template.id,
      baseRevision: reordered.revision,
      patch: { items: [{ insightId: freight.id }] },
    });
    expect(trimmed.items.map((item) => item.insightId)).toEqual([freight.id]);
    const fromDisk = await call(b, 'briefings:get', { id: template.id });
    expect(fromDisk.items).toHaveLength(1);
    b.close();
  });

  it('copies a template into a new briefing for a prospect, leaving the template as it was', async () => {
    const b = backend();
    const { freight, noShows, dana } = await seed(b);
    const template = await call(b, 'briefings:create', {
      title: 'Freight cost briefing',
      items: [
        { insightId: freight.id, talkingPoints: 'Benchmark first' },
        { insightId: noShows.id },
      ],
      questions: ['Who owns carrier contracts?'],
      lengthMinutes: 20,
    });
    const copy = await call(b, 'briefings:from-template', {
      templateId: template.id,
      prospectId: dana.id,
    });
    expect(copy.id).not.toBe(template.id);
    expect(copy).toMatchObject({
      title: 'Freight cost briefing',
      prospectId: dana.id,
      isTemplate: false,
      questions: ['Who owns carrier contracts?'],
      lengthMinutes: 20,
    });
    expect(copy.items.map((item) => [item.insightId, item.talkingPoints])).toEqual([
      [freight.id, 'Benchmark first'],
      [noShows.id, ''],
    ]);

    // Editing the copy must not touch the template.
    await call(b, 'briefings:update', {
      id: copy.id,
      baseRevision: copy.revision,
      patch: { items: [], questions: [] },
    });
    const templateAfter = await call(b, 'briefings:get', { id: template.id });
    expect(templateAfter.items).toHaveLength(2);
    expect(templateAfter.questions).toEqual(['Who owns carrier contracts?']);

    const templates = await call(b, 'briefings:list', { kind: 'templates' });
    expect(templates.items.map((item) => item.id)).toEqual([template.id]);
    const forDana = await call(b, 'briefings:list', { prospectId: dana.id });
    expect(forDana.items.map((item) => item.id)).toEqual([copy.id]);
    expect(forDana.items[0]).toMatchObject({
      prospect: { name: 'Dana Whitfield' },
      itemCount: 0,
      isTemplate: false,
    });

    const error = await failure(
      b,
      'briefings:from-template',
      { templateId: copy.id, prospectId: dana.id },
      'invalid_input',
    );
    expect(error.fields?.[0]?.path).toBe('templateId');
    await failure(
      b,
      'briefings:from-template',
      { templateId: 999, prospectId: dana.id },
      'not_found',
    );
    const noProspect = await failure(
      b,
      'briefings:from-template',
      { templateId: template.id, prospectId: 999 },
      'invalid_input',
    );
    expect(noProspect.fields?.[0]?.path).toBe('prospectId');
    b.close();
  });

  it('refuses missing ids, naming the field, and saves nothing', async () => {
    const b = backend();
    const { freight } = await seed(b);
    const error = await failure(
      b,
      'briefings:create',
      { title: 'X', items: [{ insightId: freight.id }, { insightId: 4242 }] },
      'invalid_input',
    );
    expect(error.fields?.map((field) => field.path)).toEqual(['items.1.insightId']);
    expect(error.message).toContain('items.1.insightId');
    expect((await call(b, 'briefings:list', {})).total).toBe(0);

    const briefing = await call(b, 'briefings:create', {
      title: 'X',
      items: [{ insightId: freight.id }],
    });
    const badUpdate = await failure(
      b,
      'briefings:update',
      {
        id: briefing.id,
        baseRevision: briefing.revision,
        patch: { title: 'Changed', prospectId: 77, items: [{ insightId: 88 }] },
      },
      'invalid_input',
    );
    expect(badUpdate.fields?.map((field) => field.path)).toEqual([
      'patch.prospectId',
      'patch.items.0.insightId',
    ]);
    const unchanged = await call(b, 'briefings:get', { id: briefing.id });
    expect(unchanged.title).toBe('X');
    expect(unchanged.items.map((item) => item.insightId)).toEqual([freight.id]);

    const duplicate = await failure(
      b,
      'briefings:create',
      { title: 'X', items: [{ insightId: freight.id }, { insightId: freight.id }] },
      'invalid_input',
    );
    expect(duplicate.fields?.[0]?.path).toBe('items.1.insightId');

    for (const lengthMinutes of [4, 241, 30.5]) {
      const tooLong = await failure(
        b,
        'briefings:create',
        { title: 'X', lengthMinutes },
        'invalid_input',
      );
      expect(tooLong.fields?.[0]?.path).toBe('lengthMinutes');
    }
    const untitled = await failure(b, 'briefings:create', { title: '   ' }, 'invalid_input');
    expect(untitled.fields?.[0]).toEqual({ path: 'title', message: 'Title is required.' });

    for (const channel of [
      'briefings:get',
      'briefings:archive',
      'briefings:restore',
      'briefings:export-markdown',
    ] as const) {
      const missing = await failure(b, channel, { id: 999 }, 'not_found');
      expect(missing.message).toBe('Briefing 999 does not exist.');
    }
    await failure(
      b,
      'briefings:update',
      { id: 999, baseRevision: 1, patch: { title: 'Y' } },
      'not_found',
    );
    b.close();
  });

  it('archives and restores, moving the briefing between the active and archived lists', async () => {
    const b = backend();
    const { dana } = await seed(b);
    const briefing = await call(b, 'briefings:create', { title: 'For Dana', prospectId: dana.id });
    const archived = await call(b, 'briefings:archive', { id: briefing.id });
    expect(archived.archivedAt).not.toBeNull();
    expect((await call(b, 'briefings:list', {})).total).toBe(0);
    const archivedList = await call(b, 'briefings:list', { status: 'archived' });
    expect(archivedList.items.map((item) => item.title)).toEqual(['For Dana']);

    const restored = await call(b, 'briefings:restore', { id: briefing.id });
    expect(restored.archivedAt).toBeNull();
    expect((await call(b, 'briefings:list', {})).items.map((item) => item.id)).toEqual([
      briefing.id,
    ]);
    b.close();
  });

  it('filters the list by kind and by text in the title or the prospect', async () => {
    const b = backend();
    const { dana } = await seed(b);
    await call(b, 'briefings:create', { title: 'Freight template' });
    await call(b, 'briefings:create', { title: 'Q3 review', prospectId: dana.id });
    const byCompany = await call(b, 'briefings:list', { query: 'tidewater' });
    expect(byCompany.items.map((item) => item.title)).toEqual(['Q3 review']);
    const byTitle = await call(b, 'briefings:list', { query: 'FREIGHT' });
    expect(byTitle.items.map((item) => item.title)).toEqual(['Freight template']);
    const all = await call(b, 'briefings:list', {});
    // Templates come first: they are what a rep starts from.
    expect(all.items.map((item) => item.isTemplate)).toEqual([true, false]);
    const forProspects = await call(b, 'briefings:list', { kind: 'prospects' });
    expect(forProspects.items.map((item) => item.title)).toEqual(['Q3 review']);
    // A template can become a briefing for a prospect and back.
    const forDana = await call(b, 'briefings:get', { id: forProspects.items[0]!.id });
    const moved = await call(b, 'briefings:update', {
      id: forDana.id,
      baseRevision: forDana.revision,
      patch: { prospectId: null },
    });
    expect(moved).toMatchObject({ isTemplate: true, prospect: null });
    b.close();
  });

  it('exports a document with the title, the prospect, the length, each insight and the questions', async () => {
    const b = backend();
    const { freight, noShows, dana } = await seed(b);
    const briefing = await call(b, 'briefings:create', {
      title: 'Freight cost briefing',
      prospectId: dana.id,
      items: [
        { insightId: noShows.id, talkingPoints: '- What we saw\n- What it cost' },
        { insightId: freight.id, talkingPoints: 'Benchmark' },
      ],
      questions: ['Who owns carrier contracts?', 'When is the next re-bid?'],
      lengthMinutes: 25,
      notes: 'PRIVATE: she hates long decks',
    });
    const { filename, markdown } = await call(b, 'briefings:export-markdown', { id: briefing.id });
    expect(filename).toBe('Freight cost briefing - Dana Whitfield.md');
    expect(markdown).toBe(
      [
        '# Freight cost briefing',
        '',
        '**For:** Dana Whitfield, VP Operations, Tidewater Supply Co.\\',
        '**Proposed length:** 25 minutes\\',
        '**Insights covered:** 2',
        '',
        '## 1. A same-day text halves no-shows',
        '',
        'Clinics lose one visit in eight.',
        '',
        '**Source:** From our own client work',
        '',
        '**Talking points**',
        '',
        '- What we saw',
        '- What it cost',
        '',
        '## 2. Quarterly LTL re-bids cut freight spend about 11%',
        '',
        '**Evidence:** 11% lower cost per hundredweight across 40 distributors',
        '',
        '**Source:** [Our 2025 freight benchmark](<https://example.com/benchmark>) (public source)',
        '',
        '**Talking points**',
        '',
        '- Benchmark',
        '',
        '## Questions to ask',
        '',
        '1. Who owns carrier contracts?',
        '2. When is the next re-bid?',
        '',
      ].join('\n'),
    );
    expect(markdown).not.toContain('PRIVATE');
    b.close();
  });
});
