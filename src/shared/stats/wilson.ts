/**
 * The Wilson score interval for a proportion: where the true meeting rate most plausibly lies
 * given `successes` out of `trials`. Unlike the plain ratio it stays honest for small counts:
 * 1 meeting out of 1 call gives roughly 21 %–100 %, not "100 %".
 */

/** The two-sided 95 % normal quantile. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  lower: number;
  upper: number;
}

export function wilsonInterval(successes: number, trials: number, z: number = Z_95): Interval {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || trials < 0) {
    throw new RangeError(`wilsonInterval needs whole counts, got ${successes} of ${trials}.`);
  }
  if (successes < 0 || successes > trials) {
    throw new RangeError(
      `wilsonInterval: ${successes} successes cannot come from ${trials} trials.`,
    );
  }
  // No trials, no information: the rate could be anything.
  if (trials === 0) return { lower: 0, upper: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // The bounds are exactly 0 and 1 at the extremes; rounding must not push them past.
  return {
    lower: successes === 0 ? 0 : Math.max(0, center - half),
    upper: successes === trials ? 1 : Math.min(1, center + half),
  };
}
