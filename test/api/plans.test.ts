import { describe, expect, it } from 'vitest';
import { telUrlOf } from '../../src/shared/domain/dialing';
import { ONE_DOWN, ONE_UP } from '../helpers/api';
import { withProspectAndInsight } from '../helpers/dialing';

const setup = () => withProspectAndInsight();

describe('call plans', () => {
  it('stores the opener with the check the backend computed from the plan context', async () => {
    const { call, prospect, insight, backend } = await setup();
    const created = await call('plans:create', {
      prospectId: prospect.id,
      insightIds: [insight.id],
      objective: 'Book a briefing',
    });
    expect(created.prospect.name).toBe('Dana Whitfield');
    expect(created.insights.map((i) => i.id)).toEqual([insight.id]);
    expect(created.settings.repName).toBe('Sam Ortiz');

    const down = await call('plans:update', {
      id: created.plan.id,
      baseRevision: created.plan.revision,
      patch: { opener: ONE_DOWN },
    });
    expect(down.checkResult?.verdict).toBe('blocked');
    expect(down.checkResult?.findings.map((f) => f.category)).toContain('permission');

    const up = await call('plans:update', {
      id: created.plan.id,
      baseRevision: down.revision,
      patch: { opener: ONE_UP },
    });
    expect(up.checkResult?.verdict).toBe('ready');
    const again = await call('plans:get', { id: created.plan.id });
    expect(again.plan.opener).toBe(ONE_UP);
    expect(again.plan.insightIds).toEqual([insight.id]);
    backend.close();
  });

  it('keeps the order of the chosen insights and refuses ids that do not exist', async () => {
    const { call, fail, prospect, insight, backend } = await setup();
    const second = await call('insights:create', { headline: 'Second insight' });
    const created = await call('plans:create', {
      prospectId: prospect.id,
      insightIds: [second.id, insight.id],
    });
    expect(created.plan.insightIds).toEqual([second.id, insight.id]);
    const error = await fail('plans:update', {
      id: created.plan.id,
      baseRevision: created.plan.revision,
      patch: { insightIds: [insight.id, 999] },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.[0]?.path).toBe('patch.insightIds.1');
    expect((await fail('plans:create', { prospectId: 12345 })).code).toBe('not_found');
    backend.close();
  });

  it('refuses to dial a blocked opener without a written reason, and records the override when given', async () => {
    const { call, fail, prospect, insight, backend } = await setup();
    const { plan } = await call('plans:create', {
      prospectId: prospect.id,
      insightIds: [insight.id],
    });
    const refused = await fail('plans:dial', { planId: plan.id, opener: ONE_DOWN });
    expect(refused.code).toBe('invalid_input');
    expect(refused.fields?.[0]?.path).toBe('overrideReason');
    expect((await call('calls:list', { prospectId: prospect.id })).length).toBe(0);

    const dialed = await call('plans:dial', {
      planId: plan.id,
      opener: ONE_DOWN,
      overrideReason: 'Returning her voicemail',
    });
    expect(dialed.telUrl).toBe('tel:+17575550142');
    expect(dialed.call).toMatchObject({
      opener: ONE_DOWN,
      verdict: 'blocked',
      overrideReason: 'Returning her voicemail',
      insightIds: [insight.id],
    });
    const stored = await call('calls:get', { id: dialed.call.id });
    expect(stored.checkResult?.findings.length).toBeGreaterThan(0);
    const used = await call('insights:get', { id: insight.id });
    expect(used.timesUsed).toBe(1);
    const after = await call('prospects:get', {
      id: prospect.id,
    });
    expect(after.lastContactAt).toBe(stored.startedAt);
    backend.close();
  });

  it('refuses to dial an opener with an unfilled placeholder, whatever the reason given', async () => {
    const { call, fail, prospect, insight, backend } = await setup();
    const { plan } = await call('plans:create', {
      prospectId: prospect.id,
      insightIds: [insight.id],
    });
    const opener = ONE_UP.replace(/^Hi \S+?,/u, 'Hi {firstName},');
    expect(opener).not.toBe(ONE_UP);
    const refused = await fail('plans:dial', {
      planId: plan.id,
      opener,
      overrideReason: 'I will say her name myself',
    });
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toMatch(/placeholder/u);
    expect(refused.fields?.[0]?.path).toBe('opener');
    // A slot makes the opener "needs work", not "blocked": no reason is asked for, and none helps.
    const refusedWithoutReason = await fail('plans:dial', { planId: plan.id, opener });
    expect(refusedWithoutReason.message).toMatch(/placeholder/u);
    expect((await call('calls:list', { prospectId: prospect.id })).length).toBe(0);
    backend.close();
  });

  it('dials a ready opener without a reason and stores no override', async () => {
    const { call, prospect, insight, backend } = await setup();
    const { plan } = await call('plans:create', {
      prospectId: prospect.id,
      insightIds: [insight.id],
    });
    const dialed = await call('plans:dial', {
      planId: plan.id,
      opener: ONE_UP,
      overrideReason: 'ignored',
    });
    expect(dialed.call.verdict).toBe('ready');
    expect(dialed.call.overrideReason).toBeNull();
    const saved = await call('plans:get', { id: plan.id });
    expect(saved.plan.opener).toBe(ONE_UP);
    backend.close();
  });

  it('refuses a new plan for an archived prospect until they are restored', async () => {
    const { call, fail, prospect, backend } = await setup();
    await call('prospects:archive', { id: prospect.id });
    expect(await fail('plans:create', { prospectId: prospect.id })).toMatchObject({
      code: 'conflict',
      message: 'Dana Whitfield is archived. Restore them from their page before planning a call.',
    });
    await call('prospects:restore', { id: prospect.id });
    expect((await call('plans:create', { prospectId: prospect.id })).plan.prospectId).toBe(
      prospect.id,
    );
    backend.close();
  });

  it('names the call dialed from it until that call has ended', async () => {
    const { call, prospect, backend } = await setup();
    const { plan } = await call('plans:create', { prospectId: prospect.id, opener: ONE_UP });
    expect((await call('plans:get', { id: plan.id })).openCall).toBeNull();
    const first = await call('plans:dial', { planId: plan.id, opener: ONE_UP });
    const second = await call('plans:dial', { planId: plan.id, opener: ONE_UP });
    // The newest open one is the one to return to.
    expect((await call('plans:get', { id: plan.id })).openCall).toEqual({
      id: second.call.id,
      startedAt: second.call.startedAt,
    });
    await call('calls:end', { callId: second.call.id, outcome: 'no_answer' });
    expect((await call('plans:get', { id: plan.id })).openCall?.id).toBe(first.call.id);
    await call('calls:end', { callId: first.call.id, outcome: 'no_answer' });
    expect((await call('plans:get', { id: plan.id })).openCall).toBeNull();
    backend.close();
  });
});

describe('telUrlOf', () => {
  it('keeps digits, a leading plus and an extension', () => {
    expect(telUrlOf('+1 (757) 555-0142')).toBe('tel:+17575550142');
    expect(telUrlOf('757.555.0142 ext. 12')).toBe('tel:7575550142;ext=12');
    expect(telUrlOf('')).toBeNull();
    expect(telUrlOf('12')).toBeNull();
  });
});
