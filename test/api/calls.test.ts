import { describe, expect, it } from 'vitest';
import { ONE_DOWN, ONE_UP } from '../helpers/api';
import { readyToDial } from '../helpers/dialing';

const setup = () =>
  readyToDial({ plan: { objective: 'Book a freight briefing', meetingSlots: ['Thu 10:00'] } });

let clientSeq = 0;
const clientId = () => `test-note-${++clientSeq}-${Date.now()}`;

describe('the live call', () => {
  it('returns the call with its plan context, notes in spoken order and the draft', async () => {
    const { call, dial, backend } = await setup();
    const dialed = await dial();
    await call('calls:add-note', {
      callId: dialed.id,
      body: 'Later',
      offsetMs: 9_000,
      clientId: clientId(),
    });
    await call('calls:add-note', {
      callId: dialed.id,
      body: 'Freight is their top cost',
      tags: ['pain', 'pain'],
      offsetMs: 4_000,
      clientId: clientId(),
    });
    await call('calls:save-draft', { callId: dialed.id, body: 'They re-bid ann', revision: 3 });
    const detail = await call('calls:get', { id: dialed.id });
    expect(detail.prospectName).toBe('Dana Whitfield');
    expect(detail.notes.map((n) => [n.body, n.offsetMs, n.tags])).toEqual([
      ['Freight is their top cost', 4_000, ['pain']],
      ['Later', 9_000, []],
    ]);
    expect(detail.draft).toMatchObject({ body: 'They re-bid ann', revision: 3 });
    expect(detail.plan).toEqual({
      objective: 'Book a freight briefing',
      meetingSlots: ['Thu 10:00'],
      briefingId: expect.any(Number),
      briefingTitle: 'Freight cost review',
    });
    backend.close();
  });

  it('adds a note once however often the same save is retried', async () => {
    const { call, fail, dial, backend } = await setup();
    const dialed = await dial();
    const id = clientId();
    const input = { callId: dialed.id, body: 'Uses three carriers', offsetMs: 1_000, clientId: id };
    const first = await call('calls:add-note', input);
    const again = await call('calls:add-note', input);
    expect(again.id).toBe(first.id);
    expect((await call('calls:get', { id: dialed.id })).notes).toHaveLength(1);
    // The same key can never put the note into a second call.
    const other = await dial();
    expect((await fail('calls:add-note', { ...input, callId: other.id })).code).toBe('conflict');
    expect((await call('calls:get', { id: other.id })).notes).toHaveLength(0);
    backend.close();
  });

  it('clears the draft in the same save that turns it into a note', async () => {
    const { call, dial, backend } = await setup();
    const dialed = await dial();
    await call('calls:save-draft', { callId: dialed.id, body: 'Budget set in March', revision: 5 });
    await call('calls:add-note', {
      callId: dialed.id,
      body: 'Budget set in March',
      offsetMs: 2_000,
      clientId: clientId(),
      draftRevision: 6,
    });
    const detail = await call('calls:get', { id: dialed.id });
    expect(detail.notes.map((n) => n.body)).toEqual(['Budget set in March']);
    expect(detail.draft).toMatchObject({ body: '', revision: 6 });
    backend.close();
  });

  it('keeps every earlier revision of an edited note and refuses an edit of a stale revision', async () => {
    const { call, fail, dial, backend } = await setup();
    const dialed = await dial();
    const note = await call('calls:add-note', {
      callId: dialed.id,
      body: 'Re-bids yearly',
      tags: ['insight_landed'],
      offsetMs: 3_000,
      clientId: clientId(),
    });
    const second = await call('calls:edit-note', {
      noteId: note.id,
      body: 'Re-bids every two years',
      expectedRevision: 1,
    });
    expect(second.revision).toBe(2);
    expect(second.tags).toEqual(['insight_landed']);
    const third = await call('calls:edit-note', {
      noteId: note.id,
      body: 'Re-bids every two years, wants quarterly',
      tags: ['next_step'],
      expectedRevision: 2,
    });
    const conflict = await fail('calls:edit-note', {
      noteId: note.id,
      body: 'An edit made from an old screen',
      expectedRevision: 2,
    });
    expect(conflict.code).toBe('conflict');
    const [stored] = (await call('calls:get', { id: dialed.id })).notes;
    expect(stored).toMatchObject({ body: third.body, revision: 3, tags: ['next_step'] });
    expect(stored!.history.map((r) => [r.revision, r.body, r.tags])).toEqual([
      [1, 'Re-bids yearly', ['insight_landed']],
      [2, 'Re-bids every two years', ['insight_landed']],
    ]);
    expect(
      (await fail('calls:edit-note', { noteId: 999, body: 'x', expectedRevision: 1 })).code,
    ).toBe('not_found');
    backend.close();
  });

  it('ignores a draft save older than the stored one and never writes into another call', async () => {
    const { call, fail, dial, backend } = await setup();
    const first = await dial();
    const second = await dial();
    const newer = await call('calls:save-draft', {
      callId: first.id,
      body: 'Dana wants the benchmark',
      revision: 8,
    });
    expect(newer.applied).toBe(true);
    // A save scheduled earlier (revision 7) that lands late changes nothing.
    const late = await call('calls:save-draft', {
      callId: first.id,
      body: 'Dana wants',
      revision: 7,
    });
    expect(late).toMatchObject({
      applied: false,
      draft: { body: 'Dana wants the benchmark', revision: 8 },
    });
    // The same revision again (a retry) is harmless.
    expect(
      (
        await call('calls:save-draft', {
          callId: first.id,
          body: 'Dana wants the benchmark',
          revision: 8,
        })
      ).applied,
    ).toBe(true);
    await call('calls:save-draft', { callId: second.id, body: 'Other call', revision: 1 });
    expect((await call('calls:get', { id: first.id })).draft?.body).toBe(
      'Dana wants the benchmark',
    );
    expect((await call('calls:get', { id: second.id })).draft?.body).toBe('Other call');
    expect(
      (await fail('calls:save-draft', { callId: 4242, body: 'lost?', revision: 1 })).code,
    ).toBe('not_found');
    backend.close();
  });

  it('refuses a 10 MB note and a 10 MB draft without storing anything', async () => {
    const { call, fail, dial, backend } = await setup();
    const dialed = await dial();
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const error = await fail('calls:add-note', {
      callId: dialed.id,
      body: huge,
      offsetMs: 0,
      clientId: clientId(),
    });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.[0]?.path).toBe('body');
    expect(
      (await fail('calls:save-draft', { callId: dialed.id, body: huge, revision: 1 })).code,
    ).toBe('invalid_input');
    const detail = await call('calls:get', { id: dialed.id });
    expect(detail.notes).toEqual([]);
    expect(detail.draft).toBeNull();
    expect(
      (
        await fail('calls:add-note', {
          callId: dialed.id,
          body: '   ',
          offsetMs: 0,
          clientId: clientId(),
        })
      ).code,
    ).toBe('invalid_input');
    backend.close();
  });
});

describe('ending a call', () => {
  it('requires an outcome from the list, then stamps the end', async () => {
    const { call, fail, dial, backend } = await setup();
    const dialed = await dial();
    const missing = await fail('calls:end', { callId: dialed.id });
    expect(missing.code).toBe('invalid_input');
    expect(missing.fields?.map((f) => f.path)).toEqual(['outcome']);
    const unknown = await fail('calls:end', { callId: dialed.id, outcome: 'maybe_later' });
    expect(unknown.fields?.[0]?.path).toBe('outcome');
    expect(
      (await fail('calls:end', { callId: dialed.id, outcome: 'callback', followUpOn: 'next week' }))
        .fields?.[0]?.path,
    ).toBe('followUpOn');
    expect((await call('calls:get', { id: dialed.id })).endedAt).toBeNull();

    const ended = await call('calls:end', {
      callId: dialed.id,
      outcome: 'callback',
      nextStep: 'Call back after the board meeting',
      followUpOn: '2026-12-03',
    });
    expect(ended).toMatchObject({
      outcome: 'callback',
      nextStep: 'Call back after the board meeting',
      followUpOn: '2026-12-03',
      briefingId: null,
    });
    expect(ended.endedAt).not.toBeNull();
    // Correcting the outcome later keeps when the call ended.
    const corrected = await call('calls:end', {
      callId: dialed.id,
      outcome: 'not_interested',
    });
    expect(corrected.endedAt).toBe(ended.endedAt);
    expect(corrected.outcome).toBe('not_interested');
    expect((await fail('calls:end', { callId: 999, outcome: 'callback' })).code).toBe('not_found');
    backend.close();
  });

  it('links a booked meeting to the plan’s briefing, and only a booked meeting', async () => {
    const { call, fail, dial, briefing, backend } = await setup();
    const booked = await call('calls:end', {
      callId: (await dial()).id,
      outcome: 'meeting_booked',
    });
    expect(booked.briefingId).toBe(briefing.id);
    const wrong = await fail('calls:end', {
      callId: (await dial()).id,
      outcome: 'voicemail',
      briefingId: briefing.id,
    });
    expect(wrong.fields?.[0]?.path).toBe('briefingId');
    const missing = await fail('calls:end', {
      callId: (await dial()).id,
      outcome: 'meeting_booked',
      briefingId: 777,
    });
    expect(missing.fields?.[0]?.path).toBe('briefingId');
    const unlinked = await call('calls:end', {
      callId: (await dial()).id,
      outcome: 'meeting_booked',
      briefingId: null,
    });
    expect(unlinked.briefingId).toBeNull();
    backend.close();
  });
});

describe('logging a call made on another phone', () => {
  it('checks the opener with the plan’s context and stores the result, the insights and the notes', async () => {
    const { call, prospect, plan, insight, briefing, backend } = await setup();
    const startedAt = new Date(Date.now() - 3_600_000).toISOString();
    const logged = await call('calls:log', {
      prospectId: prospect.id,
      planId: plan.id,
      outcome: 'meeting_booked',
      startedAt,
      notes: ['Agreed to Thursday', 'Wants the lane data first'],
    });
    expect(logged).toMatchObject({
      loggedAfter: true,
      opener: ONE_UP,
      planId: plan.id,
      outcome: 'meeting_booked',
      startedAt,
      insightIds: [insight.id],
      briefingId: briefing.id,
    });
    expect(logged.verdict).toBe('ready');
    expect(logged.checkResult?.verdict).toBe('ready');
    expect(logged.notes.map((n) => n.body)).toEqual([
      'Agreed to Thursday',
      'Wants the lane data first',
    ]);
    const listed = await call('calls:list', { prospectId: prospect.id });
    expect(listed.map((c) => c.id)).toContain(logged.id);
    backend.close();
  });

  it('checks an opener typed in for a call without a plan, so a One-Down opener is recorded as blocked', async () => {
    const { call, fail, prospect, backend } = await setup();
    const logged = await call('calls:log', {
      prospectId: prospect.id,
      opener: ONE_DOWN,
      outcome: 'not_interested',
      startedAt: '2026-01-15T15:00:00+01:00',
      endedAt: '2026-01-15T15:04:00+01:00',
    });
    expect(logged).toMatchObject({
      planId: null,
      verdict: 'blocked',
      insightIds: [],
      loggedAfter: true,
    });
    expect(logged.startedAt).toBe('2026-01-15T14:00:00.000Z');
    expect(logged.endedAt).toBe('2026-01-15T14:04:00.000Z');
    expect(logged.checkResult?.findings.map((f) => f.category)).toContain('permission');

    const noOutcome = await fail('calls:log', {
      prospectId: prospect.id,
      startedAt: '2026-01-15T15:00:00Z',
    });
    expect(noOutcome.fields?.map((f) => f.path)).toEqual(['outcome']);
    const backwards = await fail('calls:log', {
      prospectId: prospect.id,
      outcome: 'voicemail',
      startedAt: '2026-01-15T15:00:00Z',
      endedAt: '2026-01-15T14:00:00Z',
    });
    expect(backwards.fields?.[0]?.path).toBe('endedAt');
    const future = await fail('calls:log', {
      prospectId: prospect.id,
      outcome: 'voicemail',
      startedAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.fields?.[0]?.path).toBe('startedAt');
    backend.close();
  });

  it('refuses a plan that belongs to another prospect', async () => {
    const { call, fail, plan, backend } = await setup();
    const other = await call('prospects:create', { name: 'Lee Park' });
    const error = await fail('calls:log', {
      prospectId: other.id,
      planId: plan.id,
      outcome: 'voicemail',
      startedAt: new Date().toISOString(),
    });
    expect(error.fields?.[0]?.path).toBe('planId');
    expect(await call('calls:list', { prospectId: other.id })).toEqual([]);
    backend.close();
  });
});
