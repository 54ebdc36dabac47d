import { describe, expect, it } from 'vitest';
import { describeRate } from '../../src/renderer/src/features/review/labels';
import { wilsonInterval } from '../../src/shared/stats/wilson';

const row = (meetings: number, calls: number) => ({
  calls,
  meetings,
  rate: calls === 0 ? null : meetings / calls,
  ...wilsonInterval(meetings, calls),
});

describe('meeting rates in plain words', () => {
  it('says a small sample is small and gives the likely range', () => {
    expect(describeRate(row(3, 10))).toBe(
      '3 of 10 calls booked a meeting; with so few calls the true rate is likely 11–60%',
    );
    expect(describeRate(row(1, 1))).toBe(
      '1 of 1 call booked a meeting; with so few calls the true rate is likely 21–100%',
    );
  });

  it('gives the rate itself once enough calls stand behind it', () => {
    expect(describeRate(row(30, 120))).toBe(
      '30 of 120 calls booked a meeting (25%); the true rate is likely 18–33%',
    );
  });

  it('has nothing to say without calls', () => {
    expect(describeRate(row(0, 0))).toBe('no calls with an outcome');
  });
});
