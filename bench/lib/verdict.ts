/**
 * The bench's one rule for judging a target, kept apart from the rest of the reporting layer (no
 * Node or SQLite imports) so a unit test can pin it.
 */

export interface LoadSpan {
  before: number;
  after: number;
}

/** The load a section ran under: the higher of its two readings (the 1-minute figure lags). */
export const peakLoad = (load: LoadSpan): number => Math.max(load.before, load.after);

/**
 * `met` / `NOT met` from the figure, unless the load average exceeded the core count before or
 * after the section: then `UNRELIABLE`, whichever way the figure went.
 */
export function targetVerdict(met: boolean, load: LoadSpan, cores: number): string {
  const peak = peakLoad(load);
  if (peak > cores) return `UNRELIABLE (load ${peak.toFixed(1)} > cores ${cores})`;
  return met ? 'met' : 'NOT met';
}
