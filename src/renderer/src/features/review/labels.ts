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

/** `3 of 12 calls · 25 % (10–52 %)`: the count first, so a small sample reads as one. */
export function describeRate(row: {
  calls: number;
  meetings: number;
  rate: number | null;
  lower: number;
  upper: number;
}): string {
  const calls = `${row.meetings} of ${row.calls} ${row.calls === 1 ? 'call' : 'calls'}`;
  if (row.rate === null) return 'no calls with an outcome';
  return `${calls} booked a meeting: ${percent.format(row.rate)} (95 % interval ${percent.format(row.lower)}–${percent.format(row.upper)})`;
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
