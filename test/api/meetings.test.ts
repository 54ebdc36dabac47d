import { describe, expect, it } from 'vitest';
import { readyToDial } from '../helpers/dialing';
import { readIcsEvent } from '../helpers/ics-reader';

const DAY = 24 * 60 * 60 * 1000;
/** A whole minute a few days ahead, so "upcoming" holds whatever day the test runs. */
const ahead = (days: number, minutes = 0) =>
  new Date(
    Math.floor((Date.now() + days * DAY) / 60_000) * 60_000 + minutes * 60_000,
  ).toISOString();

const setup = () => readyToDial({ prospect: { email: 'dana@tidewater.example' } });

describe('preparing the briefing for a booked meeting', () => {
  it('starts it from the call — the prospect, the insights used, the meeting length — and links it once', async () => {
    const { call, fail, dial, prospect, insight } = await readyToDial({
      plan: { briefingId: null },
    });
    const dialed = await dial();
    const ended = await call('calls:end', {
      callId: dialed.id,
      outcome: 'meeting_booked',
      meeting: { startsAt: ahead(2), durationMinutes: 30 },
    });
    expect(ended.meeting?.briefingId).toBeNull();

    const prepared = await call('calls:prepare-briefing', { callId: dialed.id });
    expect(prepared.created).toBe(true);
    const briefing = await call('briefings:get', { id: prepared.briefingId });
    expect(briefing).toMatchObject({
      title: 'Briefing for Dana Whitfield, Tidewater Supply Co.',
      prospectId: prospect.id,
      lengthMinutes: 30,
    });
    expect(briefing.items.map((item) => item.insightId)).toEqual([insight.id]);
    const detail = await call('calls:get', { id: dialed.id });
    expect(detail.briefingId).toBe(prepared.briefingId);
    expect(detail.meeting?.briefingId).toBe(prepared.briefingId);

    // Again: the same briefing, not a second one.
    const again = await call('calls:prepare-briefing', { callId: dialed.id });
    expect(again).toEqual({ briefingId: prepared.briefingId, created: false });
    // The prospect's briefings: the one readyToDial made (not linked to this plan) and this one.
    const all = await call('briefings:list', { prospectId: prospect.id });
    expect(all.items).toHaveLength(2);

    // A call that booked nothing has no briefing to prepare.
    const other = await dial();
    await call('calls:end', { callId: other.id, outcome: 'not_interested' });
    expect(await fail('calls:prepare-briefing', { callId: other.id })).toMatchObject({
      code: 'invalid_input',
    });
    expect((await fail('calls:prepare-briefing', { callId: 9999 })).code).toBe('not_found');
  });
});

describe('booking a meeting on a call', () => {
  it('stores the time, length and attendees with the outcome, linked to the plan briefing', async () => {
    const { call, dial, briefing, prospect } = await setup();
    const dialed = await dial();
    const startsAt = ahead(3);
    const ended = await call('calls:end', {
      callId: dialed.id,
      outcome: 'meeting_booked',
      meeting: {
        startsAt,
        durationMinutes: 45,
        attendees: ['dana@tidewater.example', 'cfo@tidewater.example', 'DANA@tidewater.example'],
      },
    });
    expect(ended.outcome).toBe('meeting_booked');
    expect(ended.meeting).toMatchObject({
      prospectId: prospect.id,
      callId: dialed.id,
      briefingId: briefing.id,
      briefingTitle: 'Freight cost review',
      title: 'Briefing: Freight cost review',
      startsAt,
      durationMinutes: 45,
      attendees: ['dana@tidewater.example', 'cfo@tidewater.example'],
    });
    const detail = await call('calls:get', { id: dialed.id });
    expect(detail.meeting?.id).toBe(ended.meeting?.id);
    expect(detail.contact.phone).toBe('+1 (757) 555-0142');

    const upcoming = await call('meetings:upcoming', undefined);
    expect(upcoming.map((m) => m.id)).toEqual([ended.meeting!.id]);
    const forProspect = await call('meetings:for-prospect', { prospectId: prospect.id });
    expect(forProspect.map((m) => m.id)).toEqual([ended.meeting!.id]);
    const forBriefing = await call('meetings:for-briefing', { briefingId: briefing.id });
    expect(forBriefing.map((m) => m.startsAt)).toEqual([startsAt]);
  });

  it('replaces the meeting when the rep corrects the time, and cancels it with the outcome', async () => {
    const { call, dial } = await setup();
    const dialed = await dial();
    const end = (input: object) =>
      call('calls:end', { callId: dialed.id, outcome: 'meeting_booked', ...input });
    await end({ meeting: { startsAt: ahead(2), durationMinutes: 30 } });
    const corrected = await end({ meeting: { startsAt: ahead(4), durationMinutes: 60 } });
    const upcoming = await call('meetings:upcoming', { limit: 10 });
    expect(upcoming.map((m) => [m.id, m.durationMinutes])).toEqual([[corrected.meeting!.id, 60]]);

    const callback = await call('calls:end', { callId: dialed.id, outcome: 'callback' });
    expect(callback.meeting).toBeNull();
    expect(await call('meetings:upcoming', {})).toEqual([]);
  });

  it('refuses a meeting length outside 5–480 minutes, a bad attendee and a time without a booking', async () => {
    const { fail, call, dial } = await setup();
    const dialed = await dial();
    const base = { callId: dialed.id, outcome: 'meeting_booked' };
    const short = await fail('calls:end', {
      ...base,
      meeting: { startsAt: ahead(1), durationMinutes: 4 },
    });
    expect(short.fields).toEqual([
      { path: 'meeting.durationMinutes', message: 'A meeting lasts at least 5 minutes.' },
    ]);
    const long = await fail('calls:end', {
      ...base,
      meeting: { startsAt: ahead(1), durationMinutes: 481 },
    });
    expect(long.fields?.[0]?.message).toBe('A meeting lasts at most 480 minutes.');
    const badEmail = await fail('calls:end', {
      ...base,
      meeting: { startsAt: ahead(1), durationMinutes: 30, attendees: ['dana?bcc=x@evil.example'] },
    });
    expect(badEmail.fields?.[0]).toEqual({
      path: 'meeting.attendees.0',
      message: 'Enter an email address like name@company.com.',
    });
    const noZone = await fail('calls:end', {
      ...base,
      meeting: { startsAt: '2026-12-10T14:30', durationMinutes: 30 },
    });
    expect(noZone.fields?.[0]?.path).toBe('meeting.startsAt');
    const notBooked = await fail('calls:end', {
      callId: dialed.id,
      outcome: 'voicemail',
      meeting: { startsAt: ahead(1), durationMinutes: 30 },
    });
    expect(notBooked.fields).toEqual([
      { path: 'meeting', message: 'Only a booked meeting has a time.' },
    ]);
    const past = await fail('calls:end', {
      ...base,
      meeting: { startsAt: ahead(-3), durationMinutes: 30 },
    });
    expect(past.fields?.[0]?.path).toBe('meeting.startsAt');
    // Nothing of the refused endings was stored.
    const detail = await call('calls:get', { id: dialed.id });
    expect([detail.outcome, detail.meeting]).toEqual([null, null]);
  });

  it('books a meeting on a call logged from another phone', async () => {
    const { call, prospect, plan } = await setup();
    const logged = await call('calls:log', {
      prospectId: prospect.id,
      planId: plan.id,
      outcome: 'meeting_booked',
      startedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
      meeting: { startsAt: ahead(5), durationMinutes: 20, attendees: ['dana@tidewater.example'] },
    });
    expect(logged.meeting).toMatchObject({ durationMinutes: 20, callId: logged.id });
  });
});

describe('the meeting invite', () => {
  it('is an .ics event with the time in UTC, the attendees and the briefing document', async () => {
    const { call, dial } = await setup();
    const dialed = await dial();
    const startsAt = ahead(3, 7);
    const { meeting } = await call('calls:end', {
      callId: dialed.id,
      outcome: 'meeting_booked',
      meeting: {
        startsAt,
        durationMinutes: 90,
        attendees: ['dana@tidewater.example', 'ops@tidewater.example'],
      },
    });
    const invite = await call('meetings:invite', { id: meeting!.id });
    expect(invite.filename).toBe(`Briefing Freight cost review ${startsAt.slice(0, 10)}.ics`);
    const event = readIcsEvent(invite.ics);
    expect(event.calendar.find((p) => p.name === 'METHOD')?.value).toBe('PUBLISH');
    expect(event.get('DTSTART')).toBe(startsAt);
    expect(event.get('DTEND')).toBe(new Date(Date.parse(startsAt) + 90 * 60_000).toISOString());
    expect(event.get('SUMMARY')).toBe('Briefing: Freight cost review');
    expect(event.all('ATTENDEE').map((a) => [a.value, a.params.CN, a.params.RSVP])).toEqual([
      ['mailto:dana@tidewater.example', 'Dana Whitfield', 'TRUE'],
      ['mailto:ops@tidewater.example', 'ops@tidewater.example', 'TRUE'],
    ]);
    const description = event.get('DESCRIPTION');
    expect(description).toContain(
      'Meeting with Dana Whitfield (Tidewater Supply Co.), booked by Sam Ortiz (Freightwise).',
    );
    expect(description).toContain('# Freight cost review');
    expect(description).toContain('Distributors who re-bid LTL lanes quarterly pay 11% less');
  });

  it('is not found for a meeting that does not exist', async () => {
    const { fail } = await setup();
    expect((await fail('meetings:invite', { id: 999 })).code).toBe('not_found');
  });
});

describe('booking a meeting without a call', () => {
  it('checks the prospect and briefing exist', async () => {
    const { fail, call, prospect } = await setup();
    expect(
      (await fail('meetings:create', { prospectId: 999, startsAt: ahead(1), durationMinutes: 30 }))
        .code,
    ).toBe('not_found');
    const noBriefing = await fail('meetings:create', {
      prospectId: prospect.id,
      briefingId: 999,
      startsAt: ahead(1),
      durationMinutes: 30,
    });
    expect(noBriefing.fields).toEqual([
      { path: 'briefingId', message: 'Briefing 999 does not exist.' },
    ]);
    const made = await call('meetings:create', {
      prospectId: prospect.id,
      startsAt: ahead(1),
      durationMinutes: 30,
    });
    expect(made.title).toBe('Meeting with Dana Whitfield');
  });
});

describe('changing and cancelling a meeting', () => {
  async function booked() {
    const context = await setup();
    const dialed = await context.dial();
    const { meeting } = await context.call('calls:end', {
      callId: dialed.id,
      outcome: 'meeting_booked',
      meeting: { startsAt: ahead(3), durationMinutes: 30, attendees: ['dana@tidewater.example'] },
    });
    const first = readIcsEvent((await context.call('meetings:invite', { id: meeting!.id })).ics);
    return { ...context, meeting: meeting!, first };
  }

  it('moves it and changes its length and attendees; the invite keeps its UID with SEQUENCE one higher', async () => {
    const { call, meeting, first, prospect } = await booked();
    expect(first.get('SEQUENCE')).toBe('0');
    const startsAt = ahead(5, 30);
    const changed = await call('meetings:update', {
      id: meeting.id,
      meeting: {
        startsAt,
        durationMinutes: 60,
        attendees: ['dana@tidewater.example', 'cfo@tidewater.example'],
      },
    });
    expect(changed).toMatchObject({
      id: meeting.id,
      title: 'Briefing: Freight cost review',
      startsAt,
      durationMinutes: 60,
      attendees: ['dana@tidewater.example', 'cfo@tidewater.example'],
      sequence: 1,
      cancelledAt: null,
    });
    const upcoming = await call('meetings:upcoming', {});
    expect(upcoming.map((m) => [m.id, m.startsAt])).toEqual([[meeting.id, startsAt]]);
    const forProspect = await call('meetings:for-prospect', { prospectId: prospect.id });
    expect(forProspect.map((m) => m.durationMinutes)).toEqual([60]);

    const event = readIcsEvent((await call('meetings:invite', { id: meeting.id })).ics);
    expect(event.get('UID')).toBe(first.get('UID'));
    expect(event.get('SEQUENCE')).toBe('1');
    expect(event.calendar.find((p) => p.name === 'METHOD')?.value).toBe('PUBLISH');
    expect(event.get('DTSTART')).toBe(startsAt);
    expect(event.get('DTEND')).toBe(new Date(Date.parse(startsAt) + 60 * 60_000).toISOString());
    expect(event.all('ATTENDEE').map((a) => a.value)).toEqual([
      'mailto:dana@tidewater.example',
      'mailto:cfo@tidewater.example',
    ]);
  });

  it('refuses a change the booking would refuse, on the same field, and stores nothing', async () => {
    const { call, fail, meeting } = await booked();
    const short = await fail('meetings:update', {
      id: meeting.id,
      meeting: { startsAt: meeting.startsAt, durationMinutes: 4 },
    });
    expect(short.fields).toEqual([
      { path: 'meeting.durationMinutes', message: 'A meeting lasts at least 5 minutes.' },
    ]);
    const past = await fail('meetings:update', {
      id: meeting.id,
      meeting: { startsAt: ahead(-3), durationMinutes: 30 },
    });
    expect(past.fields).toEqual([
      { path: 'meeting.startsAt', message: 'The meeting is in the past; pick a date ahead.' },
    ]);
    expect(
      (
        await fail('meetings:update', {
          id: 999,
          meeting: { startsAt: ahead(1), durationMinutes: 30 },
        })
      ).code,
    ).toBe('not_found');
    expect(await call('meetings:get', { id: meeting.id })).toMatchObject({
      startsAt: meeting.startsAt,
      durationMinutes: 30,
      sequence: 0,
    });
  });

  it('cancels it: it leaves every list, and its invite is a cancellation with the same UID', async () => {
    const { call, fail, meeting, first, prospect, briefing } = await booked();
    const cancelled = await call('meetings:cancel', { id: meeting.id });
    expect(cancelled.cancelledAt).not.toBeNull();
    expect(cancelled.sequence).toBe(1);
    expect(await call('meetings:upcoming', {})).toEqual([]);
    expect(await call('meetings:for-prospect', { prospectId: prospect.id })).toEqual([]);
    expect(await call('meetings:for-briefing', { briefingId: briefing.id })).toEqual([]);

    const invite = await call('meetings:invite', { id: meeting.id });
    expect(invite.filename).toMatch(/^Cancelled Briefing Freight cost review .*\.ics$/u);
    const event = readIcsEvent(invite.ics);
    expect(event.calendar.find((p) => p.name === 'METHOD')?.value).toBe('CANCEL');
    expect(event.get('STATUS')).toBe('CANCELLED');
    expect(event.get('UID')).toBe(first.get('UID'));
    expect(event.get('SEQUENCE')).toBe('1');

    // Cancelled is final: neither a change nor a second cancellation goes through.
    const again = await fail('meetings:cancel', { id: meeting.id });
    expect([again.code, again.message]).toEqual([
      'conflict',
      'This meeting was cancelled; book a new one instead.',
    ]);
    expect(
      (
        await fail('meetings:update', {
          id: meeting.id,
          meeting: { startsAt: ahead(2), durationMinutes: 30 },
        })
      ).code,
    ).toBe('conflict');
  });
});
