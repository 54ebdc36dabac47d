import { describe, expect, it } from 'vitest';
import { ONE_UP, apiHarness } from '../helpers/api';

async function setup() {
  const harness = apiHarness();
  const prospect = await harness.call('prospects:create', {
    name: 'Dana Whitfield',
    company: 'Tidewater Supply Co.',
    phone: '+1 (757) 555-0142',
  });
  return { ...harness, prospect };
}

describe('plan revisions: two windows never overwrite each other silently', () => {
  it('refuses a save based on an older revision, keeps the newer text and says why', async () => {
    const { call, fail, prospect, backend } = await setup();
    const { plan } = await call('plans:create', { prospectId: prospect.id });
    expect(plan.revision).toBe(1);

    // Window A saves on the revision both windows opened with.
    const fromA = await call('plans:update', {
      id: plan.id,
      baseRevision: 1,
      patch: { opener: 'Opener typed in window A.' },
    });
    expect(fromA.revision).toBe(2);

    // Window B still holds revision 1: its save is refused and changes nothing.
    const fromB = await fail('plans:update', {
      id: plan.id,
      baseRevision: 1,
      patch: { opener: 'Opener typed in window B.', objective: 'B objective' },
    });
    expect(fromB.code).toBe('conflict');
    expect(fromB.message).toMatch(/this plan was changed elsewhere/iu);
    const stored = await call('plans:get', { id: plan.id });
    expect(stored.plan).toMatchObject({
      opener: 'Opener typed in window A.',
      objective: '',
      revision: 2,
    });

    // Based on the newest revision, B's save lands.
    const merged = await call('plans:update', {
      id: plan.id,
      baseRevision: stored.plan.revision,
      patch: { opener: 'Merged opener.' },
    });
    expect(merged).toMatchObject({ opener: 'Merged opener.', revision: 3 });
    backend.close();
  });

  it('bumps once per save (the stored check is not an edit); archiving leaves it alone', async () => {
    const { call, prospect, backend } = await setup();
    const insight = await call('insights:create', { headline: 'Lanes re-bid' });
    const { plan } = await call('plans:create', {
      prospectId: prospect.id,
      opener: ONE_UP,
    });
    expect(plan.revision).toBe(1);
    expect(plan.checkResult).not.toBeNull();
    const picked = await call('plans:update', {
      id: plan.id,
      baseRevision: 1,
      patch: { insightIds: [insight.id] },
    });
    expect(picked.revision).toBe(2);
    const archived = await call('plans:archive', { id: plan.id });
    expect(archived.revision).toBe(2);
    backend.close();
  });

  it('requires the base revision, and a missing plan is not_found rather than a conflict', async () => {
    const { call, fail, prospect, backend } = await setup();
    const { plan } = await call('plans:create', { prospectId: prospect.id });
    const missing = await fail('plans:update', { id: plan.id, patch: { opener: 'x' } });
    expect(missing.code).toBe('invalid_input');
    expect(missing.fields?.[0]?.path).toBe('baseRevision');
    const gone = await fail('plans:update', { id: 999, baseRevision: 1, patch: { opener: 'x' } });
    expect(gone.code).toBe('not_found');
    backend.close();
  });

  it('a dial that changes the opener moves the revision on, so an older window cannot undo it', async () => {
    const { call, fail, prospect, backend } = await setup();
    const { plan } = await call('plans:create', {
      prospectId: prospect.id,
      opener: 'Draft opener.',
    });
    await call('plans:dial', { planId: plan.id, opener: ONE_UP });
    const dialed = await call('plans:get', { id: plan.id });
    expect(dialed.plan).toMatchObject({ opener: ONE_UP, revision: 2 });
    const stale = await fail('plans:update', {
      id: plan.id,
      baseRevision: 1,
      patch: { opener: 'Draft opener, edited.' },
    });
    expect(stale.code).toBe('conflict');
    // Dialing the stored text as it is changes nothing.
    await call('plans:dial', { planId: plan.id, opener: ONE_UP });
    expect((await call('plans:get', { id: plan.id })).plan.revision).toBe(2);
    backend.close();
  });
});

describe('briefing revisions', () => {
  it('refuses a stale save with conflict and keeps the stored content; archive and restore do not bump', async () => {
    const { call, fail, prospect, backend } = await setup();
    const insight = await call('insights:create', { headline: 'Lanes re-bid' });
    const briefing = await call('briefings:create', {
      title: 'Freight review',
      prospectId: prospect.id,
    });
    expect(briefing.revision).toBe(1);
    const withItem = await call('briefings:update', {
      id: briefing.id,
      baseRevision: 1,
      patch: { items: [{ insightId: insight.id, talkingPoints: 'From tab A' }] },
    });
    expect(withItem.revision).toBe(2);

    const stale = await fail('briefings:update', {
      id: briefing.id,
      baseRevision: 1,
      patch: { title: 'From tab B', items: [] },
    });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/this briefing was changed elsewhere/iu);
    const stored = await call('briefings:get', { id: briefing.id });
    expect(stored).toMatchObject({ title: 'Freight review', revision: 2 });
    expect(stored.items.map((item) => item.talkingPoints)).toEqual(['From tab A']);

    expect((await call('briefings:archive', { id: briefing.id })).revision).toBe(2);
    expect((await call('briefings:restore', { id: briefing.id })).revision).toBe(2);
    const renamed = await call('briefings:update', {
      id: briefing.id,
      baseRevision: 2,
      patch: { title: 'Freight review, v2' },
    });
    expect(renamed).toMatchObject({ title: 'Freight review, v2', revision: 3 });
    const missing = await fail('briefings:update', { id: briefing.id, patch: { title: 'x' } });
    expect(missing.fields?.[0]?.path).toBe('baseRevision');
    backend.close();
  });
});
