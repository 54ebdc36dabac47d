import { describe, expect, it } from 'vitest';
import {
  emptyMeetingDraft,
  meetingTimeHint,
} from '../../src/renderer/src/features/meetings/MeetingFields';

/**
 * The meeting's time field is the rep's clock; "Thursday at 10" said on the call was the
 * prospect's. The hint names the rep's zone and says the same moment on the prospect's clock.
 */
const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
// A zone 14 hours from UTC is never the machine's own (none is at +14 but Kiribati's).
const FAR = mine === 'Pacific/Kiritimati' ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
const draft = { ...emptyMeetingDraft('', 30), date: '2026-12-10', time: '10:00' };

describe('the meeting time hint', () => {
  it('names the rep’s zone and the same moment on the prospect’s clock, with the day when it differs', () => {
    const hint = meetingTimeHint(draft, { name: 'Dmitri', timezone: FAR });
    expect(hint).toContain(`Your time (${mine.replace(/_/gu, ' ')})`);
    expect(hint).toContain(`for Dmitri (${FAR.replace(/_/gu, ' ')})`);
    const start = new Date('2026-12-10T10:00');
    const theirClock = start.toLocaleTimeString(undefined, {
      timeZone: FAR,
      hour: 'numeric',
      minute: '2-digit',
    });
    expect(hint).toContain(theirClock);
    const theirDay = start.toLocaleDateString('en-CA', { timeZone: FAR });
    const theirWeekday = start.toLocaleDateString(undefined, { timeZone: FAR, weekday: 'short' });
    // Fourteen hours away, the meeting falls on another day for them: the day is named.
    expect(theirDay).not.toBe('2026-12-10');
    expect(hint).toContain(theirWeekday);
  });

  it('says only the rep’s zone when the prospect shares it, has none, or has one the browser does not know', () => {
    const yours = `Your time (${mine.replace(/_/gu, ' ')}).`;
    expect(meetingTimeHint(draft, { name: 'Dana', timezone: mine })).toBe(yours);
    expect(meetingTimeHint(draft, { name: 'Dana', timezone: '' })).toBe(yours);
    expect(meetingTimeHint(draft, { name: 'Dana', timezone: 'Mars/Olympus_Mons' })).toBe(yours);
    expect(meetingTimeHint(draft)).toBe(yours);
  });
});
