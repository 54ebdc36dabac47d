import { describe, expect, it } from 'vitest';
import { Z_95, wilsonInterval } from '../../src/shared/stats/wilson';
import { isoWeekOf, rateRow, scoreBandOf } from '../../src/shared/domain/review';

describe('Wilson score interval', () => {
  it('does not let one meeting out of one call read as a sure thing', () => {
    const { lower, upper } = wilsonInterval(1, 1);
    expect(upper).toBe(1);
    // z² / (1 + z²) for one success in one trial.
    expect(lower).toBeCloseTo(1 / (1 + Z_95 * Z_95), 12);
    expect(lower).toBeCloseTo(0.2065, 4);
  });

  it('matches published values', () => {
    // Reference values from the closed form, as tabulated by Newcombe (1998), method 3.
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [successes, trials, lower, upper] of cases) {
      const interval = wilsonInterval(successes, trials);
      expect(interval.lower).toBeCloseTo(lower, 3);
      expect(interval.upper).toBeCloseTo(upper, 3);
    }
  });

  it('always contains the observed rate and stays within 0..1', () => {
    for (let trials = 1; trials <= 60; trials++) {
      for (let successes = 0; successes <= trials; successes++) {
        const { lower, upper } = wilsonInterval(successes, trials);
        const rate = successes / trials;
        expect(lower).toBeGreaterThanOrEqual(0);
        expect(upper).toBeLessThanOrEqual(1);
        expect(lower).toBeLessThanOrEqual(rate);
        expect(upper).toBeGreaterThanOrEqual(rate);
      }
    }
  });

  it('narrows as calls add up at the same rate', () => {
    const widths = [10, 100, 1000].map((n) => {
      const { lower, upper } = wilsonInterval(n / 5, n);
      return upper - lower;
    });
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
    expect(widths[1]!).toBeGreaterThan(widths[2]!);
  });

  it('says nothing is known without calls, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0.5, 2)).toThrow(RangeError);
  });

  it('builds rate rows with a null rate when there are no calls', () => {
    expect(rateRow(0, 0)).toEqual({ calls: 0, meetings: 0, rate: null, lower: 0, upper: 1 });
    expect(rateRow(4, 1)).toMatchObject({ calls: 4, meetings: 1, rate: 0.25 });
  });
});

describe('review helpers', () => {
  it('puts scores in the four bands at their edges', () => {
    expect([0, 39, 40, 69, 70, 89, 90, 100].map(scoreBandOf)).toEqual([
      '0-39',
      '0-39',
      '40-69',
      '40-69',
      '70-89',
      '70-89',
      '90-100',
      '90-100',
    ]);
  });

  it('names ISO weeks, including those that belong to the neighbouring year', () => {
    expect(isoWeekOf('2026-03-02')).toBe('2026-W10');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2020-12-28')).toBe('2020-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
  });
});
