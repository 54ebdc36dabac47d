import type { Finding, Verdict } from './types';

/**
 * The score, 0–100. Each finding costs points by severity, each rule counting at most twice so a
 * repeated phrase does not sink the score on its own; the result is then capped by the verdict so
 * the number never contradicts it:
 *
 *   raw   = 100 − 25 × blocks − 8 × warnings − 2 × notes
 *   score = clamp(raw, 0, cap), cap = 49 when blocked, 84 when it needs work, 100 when ready
 */
export const SCORE_WEIGHTS = { block: 25, warn: 8, info: 2 } as const;
export const SCORE_CAPS: Record<Verdict, number> = { blocked: 49, needs_work: 84, ready: 100 };
const MAX_COUNTED_PER_RULE = 2;

export const SCORE_FORMULA =
  'raw = 100 − 25 × blocks − 8 × warnings − 2 × notes (each rule counted at most twice); score = clamp(raw, 0, cap) where cap is 49 when blocked, 84 when it needs work and 100 when ready.';

export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'block')) return 'blocked';
  if (findings.some((f) => f.severity === 'warn')) return 'needs_work';
  return 'ready';
}

/** Up to this many findings, earlier ones are counted by a scan instead of a Map (same result). */
const SCAN_COUNT_MAX = 48;

export function scoreOf(findings: readonly Finding[], verdict: Verdict): number {
  if (findings.length <= SCAN_COUNT_MAX) {
    let raw = 100;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      if (!finding) continue;
      let seen = 0;
      for (let j = 0; j < i && seen < MAX_COUNTED_PER_RULE; j++)
        if (findings[j]?.ruleId === finding.ruleId) seen++;
      if (seen >= MAX_COUNTED_PER_RULE) continue;
      raw -= SCORE_WEIGHTS[finding.severity];
    }
    return Math.max(0, Math.min(raw, SCORE_CAPS[verdict]));
  }
  const perRule = new Map<string, number>();
  let raw = 100;
  for (const finding of findings) {
    const seen = perRule.get(finding.ruleId) ?? 0;
    if (seen >= MAX_COUNTED_PER_RULE) continue;
    perRule.set(finding.ruleId, seen + 1);
    raw -= SCORE_WEIGHTS[finding.severity];
  }
  return Math.max(0, Math.min(raw, SCORE_CAPS[verdict]));
}
