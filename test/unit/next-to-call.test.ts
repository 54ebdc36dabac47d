import { describe, expect, it } from 'vitest';
import type { CallingWindow } from '../../src/shared/domain/calling-hours';
import { nextToCall, type TodayItem } from '../../src/shared/domain/today';

const item = (id: number, window: CallingWindow): TodayItem => ({
  reason: 'due',
  prospect: {
    id,
    name: `P${id}`,
    title: '',
    company: '',
    phone: '',
    timezone: '',
    lastContactAt: null,
  },
  planId: id * 10,
  window,
  followUp: null,
});

const inside: CallingWindow = { status: 'inside', localTime: 'Tue 10:00' };
const night: CallingWindow = { status: 'outside', localTime: 'Wed 01:54', reason: 'night' };
const unknown: CallingWindow = { status: 'unknown', reason: 'no time zone' };

describe('Next prospect', () => {
  it('skips people outside their calling hours for the first one inside, in Today’s order', () => {
    const items = [
      item(1, inside),
      item(2, night),
      item(3, unknown),
      item(4, inside),
      item(5, inside),
    ];
    expect(nextToCall(items, 1)?.prospect.id).toBe(4);
    expect(nextToCall(items, 4)?.prospect.id).toBe(1);
  });

  it('falls back to the first in order when nobody is inside hours, and to nobody when no one is left', () => {
    expect(nextToCall([item(1, inside), item(2, night), item(3, unknown)], 1)?.prospect.id).toBe(2);
    expect(nextToCall([item(1, inside)], 1)).toBeNull();
  });
});
