import type { Verdict } from '../../../../shared/checker';
import type { ScoreBand } from '../../../../shared/domain/review';

export { OUTCOME_LABELS } from '../../../../shared/domain/call';

export const VERDICT_LABELS: Record<Verdict, string> = {
  ready: 'Ready',
  needs_work: 'Needs work',
  blocked: 'Blocked',
};

export const BAND_LABELS: Record<ScoreBand, string> = {
  '0-39': 'Score 0–39',
  '40-69': 'Score 40–69',
  '70-89': 'Score 70–89',
  '90-100': 'Score 90–100',
};

export const percent = new Intl.NumberFormat(undefined, {
  style: 'percent',
  maximumFractionDigits: 0,
});

/** Below this many calls the likely range is wide enough to say so in words. */
const FEW_CALLS = 30;

/** `21–60%`: the Wilson interval as the range the true rate likely falls in. */
export function likelyRange(row: { lower: number; upper: number }): string {
  return `${Math.round(row.lower * 100)}–${Math.round(row.upper * 100)}%`;
}

/**
 * "3 of 10 calls booked a meeting; with so few calls the true rate is likely 11–60%": the count
 * first and the 95 % Wilson interval in plain words, so a small sample reads as one. The table
 * view keeps the interval's name and figures for those who want them.
 */
export function describeRate(row: {
  calls: number;
  meetings: number;
  rate: number | null;
  lower: number;
  upper: number;
}): string {
  if (row.rate === null || row.calls === 0) return 'no calls with an outcome';
  const calls = `${row.meetings} of ${row.calls} ${row.calls === 1 ? 'call' : 'calls'}`;
  const booked = `${calls} booked a meeting`;
  return row.calls < FEW_CALLS
    ? `${booked}; with so few calls the true rate is likely ${likelyRange(row)}`
    : `${booked} (${percent.format(row.rate)}); the true rate is likely ${likelyRange(row)}`;
}

/** A local calendar date (`2026-03-02` from a date input) as the UTC instant it starts at. */
export function startOfLocalDay(date: string, plusDays = 0): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + plusDays).toISOString();
}

export const dateTime = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
