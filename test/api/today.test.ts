import { describe, expect, it } from 'vitest';
import type { CallOutcome } from '../../src/shared/domain/call';
import type { Today } from '../../src/shared/domain/today';
import { ONE_UP, apiHarness, type ApiHarness } from '../helpers/api';

// Tuesday 10 March 2026, 15:00 UTC: 11:00 in New York and 10:00 in Chicago (daylight time
// began on 8 March), 16:00 in Copenhagen, midnight in Tokyo.
const NOW = '2026-03-10T15:00:00.000Z';
const TODAY = '2026-03-10';

async function setup() {
  const harness = apiHarness();
  const { call } = harness;
  await call('settings:update', { repName: 'Sam Ortiz', repCompany: 'Freightwise' });
  const prospect = (name: string, timezone: string) =>
    call('prospects:create', { name, company: `${name} Co`, timezone });
  const today = (now = NOW, date = TODAY) => call('today:get', { now, today: date });
  return { ...harness, prospect, today };
}

async function logCall(
  call: ApiHarness['call'],
  prospectId: number,
  startedAt: string,
  followUpOn: string | null,
) {
  return call('calls:log', {
    prospectId,
    startedAt,
    outcome: 'callback',
    nextStep: 'Call back with the lane list',
    followUpOn,
  });
}

describe('Today', () => {
  it('lists overdue follow-ups, then those due today, then ready plans, then prospects in hours', async () => {
    const { call, prospect, today } = await setup();
    const overdue = await prospect('Olive Overdue', 'America/New_York');
    const due = await prospect('Dora Due', 'America/Chicago');
    const later = await prospect('Larry Later', 'America/New_York');
    const ready = await prospect('Rita Ready', 'America/New_York');
    const inHours = await prospect('Ian Inhours', 'Europe/Copenhagen');
    await prospect('Tara Tokyo', 'Asia/Tokyo');
    await prospect('Nora Nozone', '');

    await logCall(call, overdue.id, '2026-03-02T15:00:00.000Z', '2026-03-06');
    await logCall(call, due.id, '2026-03-03T15:00:00.000Z', TODAY);
    await logCall(call, later.id, '2026-03-04T15:00:00.000Z', '2026-03-12');
    const { plan } = await call('plans:create', {
      prospectId: ready.id,
      opener: ONE_UP,
    });

    const result = await today();
    expect(result.items.map((item) => [item.reason, item.prospect.name])).toEqual([
      ['overdue', 'Olive Overdue'],
      ['due', 'Dora Due'],
      ['ready', 'Rita Ready'],
      ['in_hours', 'Ian Inhours'],
    ]);
    expect(result.items[0]!.followUp).toMatchObject({
      dueOn: '2026-03-06',
      nextStep: 'Call back with the lane list',
      outcome: 'callback',
    });
    expect(result.items[2]!.planId).toBe(plan.id);
    // A ready plan shows its opener's verdict and score as last checked; other items have none.
    expect(result.items[2]!.planCheck).toEqual({
      verdict: plan.checkResult!.verdict,
      score: plan.checkResult!.score,
    });
    expect(['ready', 'needs_work']).toContain(result.items[2]!.planCheck?.verdict);
    expect(result.items[0]!.planCheck).toBeUndefined();
    expect(result.items[3]!.window).toMatchObject({ status: 'inside' });
    expect(result.callingHours).toBe('08:00–18:00, Mon–Fri');
    expect(inHours.id).toBeGreaterThan(0);

    // Two days on, Larry's follow-up is due: it appears on its date.
    const thursday = await today('2026-03-12T15:00:00.000Z', '2026-03-12');
    expect(thursday.items.find((item) => item.prospect.id === later.id)?.reason).toBe('due');
  });

  it('drops a follow-up once a later call takes it up or the rep marks it done', async () => {
    const { call, prospect, today } = await setup();
    const dana = await prospect('Dana', 'America/New_York');
    const jose = await prospect('José', 'America/Denver');
    await logCall(call, dana.id, '2026-03-02T15:00:00.000Z', '2026-03-09');
    const joseCall = await logCall(call, jose.id, '2026-03-02T16:00:00.000Z', '2026-03-09');
    const due = (t: Today) =>
      t.items.filter((item) => item.followUp).map((item) => item.prospect.name);
    expect(due(await today())).toEqual(['Dana', 'José']);

    // A call to Dana after the one that set the follow-up takes it up.
    await logCall(call, dana.id, '2026-03-10T14:00:00.000Z', null);
    await call('today:follow-up-done', { callId: joseCall.id });
    expect(due(await today())).toEqual([]);
    // Undo puts it back, and Done takes it off again.
    await call('today:follow-up-done', { callId: joseCall.id, undo: true });
    expect(due(await today())).toEqual(['José']);
    await call('today:follow-up-done', { callId: joseCall.id });
    expect(due(await today())).toEqual([]);

    const error = await (await setup()).fail('today:follow-up-done', { callId: 999 });
    expect(error).toMatchObject({ code: 'not_found', message: 'Call 999 does not exist.' });
  });

  it('brings back a prospect whose last call went unanswered, once a few hours have passed', async () => {
    const { call, prospect, today } = await setup();
    const unanswered = (
      name: string,
      outcome: CallOutcome,
      startedAt: string,
      followUpOn?: string,
    ) =>
      prospect(name, '').then((p) =>
        call('calls:log', { prospectId: p.id, startedAt, outcome, followUpOn }).then(() => p),
      );
    // NOW is 15:00 UTC on 10 March. Raj: voicemail this morning, after no answer yesterday.
    const raj = await unanswered('Raj', 'no_answer', '2026-03-09T15:00:00.000Z');
    await call('calls:log', {
      prospectId: raj.id,
      startedAt: '2026-03-10T09:00:00.000Z',
      outcome: 'voicemail',
    });
    await unanswered('Kwame', 'gatekeeper', '2026-03-10T10:30:00.000Z');
    // An hour ago: too soon to try again.
    await unanswered('Lucía', 'no_answer', '2026-03-10T14:00:00.000Z');
    // A follow-up date on the voicemail: it waits for that day, in the follow-ups.
    await unanswered('Björn', 'voicemail', '2026-03-10T08:00:00.000Z', '2026-03-12');
    // A month ago: gone cold, not a retry.
    await unanswered('Old', 'no_answer', '2026-02-01T15:00:00.000Z');
    // Answered after an unanswered call: not a retry; answered and then unanswered: one attempt.
    const ahmed = await unanswered('Ahmed', 'no_answer', '2026-03-08T15:00:00.000Z');
    await call('calls:log', {
      prospectId: ahmed.id,
      startedAt: '2026-03-09T15:00:00.000Z',
      outcome: 'not_interested',
    });
    const mia = await unanswered('Mia', 'no_answer', '2026-03-06T15:00:00.000Z');
    await call('calls:log', {
      prospectId: mia.id,
      startedAt: '2026-03-07T15:00:00.000Z',
      outcome: 'callback',
    });
    await call('calls:log', {
      prospectId: mia.id,
      startedAt: '2026-03-09T12:00:00.000Z',
      outcome: 'voicemail',
    });

    const retry = (await today()).items.filter((item) => item.reason === 'retry');
    expect(
      retry.map((item) => [
        item.prospect.name,
        item.lastAttempt?.outcome,
        item.lastAttempt?.attempts,
      ]),
    ).toEqual([
      ['Mia', 'voicemail', 1],
      ['Raj', 'voicemail', 2],
      ['Kwame', 'gatekeeper', 1],
    ]);
    expect(retry[1]!.lastAttempt?.startedAt).toBe('2026-03-10T09:00:00.000Z');
    expect(retry[1]!.followUp).toBeNull();

    // A later call that gets through takes Raj off the list.
    await call('calls:log', {
      prospectId: raj.id,
      startedAt: '2026-03-10T14:30:00.000Z',
      outcome: 'wrong_person',
    });
    expect(
      (await today()).items
        .filter((item) => item.reason === 'retry')
        .map((item) => item.prospect.name),
    ).toEqual(['Mia', 'Kwame']);
  });

  it('judges calling hours in the prospect’s zone by the rep’s settings', async () => {
    const { call, prospect, today } = await setup();
    const ny = await prospect('Nia York', 'America/New_York');
    const { plan } = await call('plans:create', { prospectId: ny.id, opener: ONE_UP });
    // 07:30 in New York: before the default 08:00.
    const early = await today('2026-03-10T11:30:00.000Z');
    expect(early.items[0]!.window).toMatchObject({ localTime: 'Tue 07:30 EDT' });
    expect(early.items[0]).toMatchObject({ planId: plan.id, window: { status: 'outside' } });
    expect(early.items[0]!.window).toMatchObject({
      reason: expect.stringContaining('outside your calling hours (08:00–18:00)'),
    });

    await call('settings:update', { callingHoursStart: '07:00' });
    expect((await today('2026-03-10T11:30:00.000Z')).items[0]!.window.status).toBe('inside');
    // Saturday is not a calling day by default.
    const saturday = await today('2026-03-14T15:00:00.000Z', '2026-03-14');
    expect(saturday.items[0]!.window).toMatchObject({
      status: 'outside',
      reason: expect.stringContaining('Saturday'),
    });
  });

  it('refuses a malformed date instead of guessing', async () => {
    const { fail } = await setup();
    const error = await fail('today:get', { now: 'tomorrow', today: '10/03/2026' });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.map((field) => field.path).sort()).toEqual(['now', 'today']);
  });
});

describe('calling hours in settings', () => {
  it('saves hours and days, and refuses hours that end before they start', async () => {
    const { call, fail } = await setup();
    const saved = await call('settings:update', {
      callingHoursStart: '09:30',
      callingHoursEnd: '17:00',
      callingDays: [5, 1, 1, 3],
    });
    expect(saved).toMatchObject({
      callingHoursStart: '09:30',
      callingHoursEnd: '17:00',
      callingDays: [1, 3, 5],
    });
    const backwards = await fail('settings:update', { callingHoursEnd: '08:00' });
    expect(backwards).toMatchObject({
      code: 'invalid_input',
      fields: [
        { path: 'callingHoursEnd', message: expect.stringContaining('end after they start') },
      ],
    });
    const badTime = await fail('settings:update', { callingHoursStart: '9am' });
    expect(badTime.fields?.[0]).toMatchObject({ path: 'callingHoursStart' });
    expect((await call('settings:get', undefined)).callingHoursEnd).toBe('17:00');
  });
});

describe('sample data', () => {
  it('loads a demo with plans, calls and follow-ups next to the rep’s own rows', async () => {
    const { call, fail, prospect, today } = await setup();
    const mine = await prospect('My Own Prospect', 'America/New_York');
    const loaded = await call('sample:load', undefined);
    expect(loaded).toEqual({ prospects: 9, insights: 5, briefings: 1, plans: 9, calls: 15 });
    expect(await call('app:info', undefined)).toMatchObject({ hasSampleData: true });

    const analytics = await call('review:analytics', {});
    expect(analytics.overall).toMatchObject({ calls: 15, meetings: 3 });
    // Both One-Up and One-Down openers were dialed, so the comparison has two sides.
    expect(analytics.byVerdict.find((row) => row.verdict === 'blocked')?.calls).toBe(4);
    // Follow-ups are dated from the backend's today, so Today has one overdue and one due.
    const now = new Date();
    const date = now.toISOString().slice(0, 10);
    const t = await today(now.toISOString(), date);
    const reasons = t.items.map((item) => item.reason);
    expect(reasons.filter((r) => r === 'overdue').length).toBeGreaterThanOrEqual(1);
    expect(reasons).toContain('ready');
    // The latest booked call's meeting is still ahead, so Today shows an upcoming meeting.
    const upcoming = await call('meetings:upcoming', {});
    expect(upcoming).toHaveLength(1);
    expect(Date.parse(upcoming[0]!.startsAt)).toBeGreaterThan(now.getTime());

    expect(await fail('sample:load', undefined)).toMatchObject({ code: 'conflict' });
    expect(mine.id).toBeGreaterThan(0);
  });

  it('removes exactly the sample rows in one step and keeps the rep’s own', async () => {
    const { call, fail, prospect } = await setup();
    const mine = await prospect('My Own Prospect', 'America/New_York');
    const myInsight = await call('insights:create', { headline: 'My insight' });
    await call('sample:load', undefined);
    // The rep uses a sample insight in a plan of their own: the insight stays theirs.
    const insights = await call('insights:list', {
      limit: 50,
    });
    const sampleInsight = insights.items.find((i) => i.headline.startsWith('Clinics lose'))!;
    // …and links the sample briefing to it: the plan loses only that link.
    const { plan } = await call('plans:create', {
      prospectId: mine.id,
      opener: ONE_UP,
      insightIds: [sampleInsight.id],
      briefingId: 1,
    });
    const dialed = await call('plans:dial', { planId: plan.id, opener: ONE_UP });
    // A meeting of the rep's own links the sample briefing; one more is booked on a sample prospect.
    const inTwoDays = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString();
    const myMeeting = await call('meetings:create', {
      prospectId: mine.id,
      briefingId: 1,
      title: 'My briefing',
      startsAt: inTwoDays,
      durationMinutes: 30,
      attendees: [],
    });
    const sampleProspect = (await call('prospects:list', {})).items.find(
      (p) => p.name !== 'My Own Prospect',
    )!;
    await call('meetings:create', {
      prospectId: sampleProspect.id,
      title: 'On a sample prospect',
      startsAt: inTwoDays,
      durationMinutes: 30,
      attendees: [],
    });

    const removed = await call('sample:remove', undefined);
    expect(removed).toEqual({
      prospects: 9,
      insights: 4,
      briefings: 1,
      plans: 9,
      calls: 15,
      keptInsights: 1,
    });
    const prospects = await call('prospects:list', {});
    expect(prospects.items.map((p) => p.name)).toEqual(['My Own Prospect']);
    const left = await call('insights:list', { limit: 50 });
    expect(left.items.map((i) => i.id).sort()).toEqual([myInsight.id, sampleInsight.id].sort());
    expect((await call('calls:list', { prospectId: mine.id })).map((c) => c.id)).toEqual([
      dialed.call.id,
    ]);
    expect(await call('plans:get', { id: plan.id })).toMatchObject({
      plan: { briefingId: null, insightIds: [sampleInsight.id], opener: ONE_UP },
    });
    // Meetings on sample rows went with them; the rep's own keeps everything but the link.
    expect(await call('meetings:upcoming', {})).toEqual([
      expect.objectContaining({ id: myMeeting.id, briefingId: null, title: 'My briefing' }),
    ]);
    expect(await call('app:info', undefined)).toMatchObject({ hasSampleData: false });
    expect(await fail('sample:remove', undefined)).toMatchObject({ code: 'not_found' });
    // And it can be loaded again afterwards.
    expect(await call('sample:load', undefined)).toMatchObject({ calls: 15 });
  });
});
