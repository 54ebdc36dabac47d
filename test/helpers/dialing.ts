import type { ChannelInput } from '../../src/shared/api/contract';
import { ONE_UP, apiHarness } from './api';

/**
 * Where the dialing tests start: a fresh backend with a rep (Sam Ortiz of Freightwise), a
 * prospect (Dana Whitfield, with a phone) and one insight. `prospect` adds fields to the prospect.
 */
export async function withProspectAndInsight(
  prospect: Partial<ChannelInput<'prospects:create'>> = {},
) {
  const harness = apiHarness();
  const { call } = harness;
  await call('settings:update', { repName: 'Sam Ortiz', repCompany: 'Freightwise' });
  const dana = await call('prospects:create', {
    name: 'Dana Whitfield',
    company: 'Tidewater Supply Co.',
    phone: '+1 (757) 555-0142',
    ...prospect,
  });
  const insight = await call('insights:create', {
    headline: 'Distributors who re-bid LTL lanes quarterly pay 11% less for freight',
  });
  return { ...harness, prospect: dana, insight };
}

/**
 * withProspectAndInsight plus a briefing of that insight and a One-Up plan that uses both, ready
 * to dial: `dial()` dials it and returns the call. `plan` adds fields to the plan.
 */
export async function readyToDial({
  prospect = {},
  plan = {},
}: {
  prospect?: Partial<ChannelInput<'prospects:create'>>;
  plan?: Partial<ChannelInput<'plans:create'>>;
} = {}) {
  const start = await withProspectAndInsight(prospect);
  const { call } = start;
  const briefing = await call('briefings:create', {
    title: 'Freight cost review',
    prospectId: start.prospect.id,
    items: [{ insightId: start.insight.id }],
  });
  const created = await call('plans:create', {
    prospectId: start.prospect.id,
    insightIds: [start.insight.id],
    opener: ONE_UP,
    briefingId: briefing.id,
    ...plan,
  });
  const dial = async () =>
    (await call('plans:dial', { planId: created.plan.id, opener: ONE_UP })).call;
  return { ...start, briefing, plan: created.plan, dial };
}
