import { describe, expect, it } from 'vitest';
import { callingWindow, formatLocalTime } from '../../src/shared/domain/calling-hours';
import { DEFAULT_SETTINGS } from '../../src/shared/domain/settings';
import { matchZones, resolveZone } from '../../src/shared/domain/time-zones';

const HOURS = DEFAULT_SETTINGS;

describe('calling hours in the prospect’s zone', () => {
  it('says 02:04 in Chicago is outside calling hours, in words', () => {
    const window = callingWindow('America/Chicago', new Date('2026-03-10T07:04:00Z'), HOURS);
    expect(window).toEqual({
      status: 'outside',
      localTime: 'Tue 02:04 CDT',
      reason: 'It is Tue 02:04 CDT where they are, outside your calling hours (08:00–18:00).',
    });
  });

  it('is inside from the start minute up to, not including, the end', () => {
    const at = (iso: string) => callingWindow('Europe/Berlin', new Date(iso), HOURS).status;
    expect(at('2026-03-10T07:00:00Z')).toBe('inside'); // 08:00 in Berlin
    expect(at('2026-03-10T16:59:00Z')).toBe('inside'); // 17:59
    expect(at('2026-03-10T17:00:00Z')).toBe('outside'); // 18:00
  });

  it('knows a weekend where the prospect is, even when it is Friday for the rep', () => {
    // Friday 23:30 UTC is Saturday morning in Tokyo; the hour is said with the day.
    expect(callingWindow('Asia/Tokyo', new Date('2026-03-13T23:30:00Z'), HOURS)).toMatchObject({
      status: 'outside',
      reason: 'It is Saturday 08:30 GMT+9 where they are, not one of your calling days.',
    });
  });

  it('calls an empty or unknown zone unknown instead of guessing', () => {
    const now = new Date('2026-03-10T15:00:00Z');
    expect(callingWindow('', now, HOURS)).toMatchObject({ status: 'unknown' });
    expect(callingWindow('Chicago', now, HOURS)).toMatchObject({
      status: 'unknown',
      reason: expect.stringContaining('"Chicago" is not a time zone'),
    });
    expect(formatLocalTime('Chicago', now)).toBeNull();
  });
});

describe('the time-zone picker’s search', () => {
  it('turns a city or a name in any case into its IANA zone, and refuses to guess', () => {
    expect(resolveZone('Chicago')).toBe('America/Chicago');
    expect(resolveZone('new york')).toBe('America/New_York');
    expect(resolveZone('europe/berlin')).toBe('Europe/Berlin');
    expect(resolveZone('Springfield')).toBeNull();
    expect(resolveZone('')).toBeNull();
  });

  it('lists city matches first', () => {
    expect(matchZones('chic')[0]).toBe('America/Chicago');
    expect(matchZones('los ang')).toEqual(['America/Los_Angeles']);
    expect(matchZones('zzz')).toEqual([]);
  });
});
