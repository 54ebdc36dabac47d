import { describe, expect, it } from 'vitest';
import {
  detection,
  expectationOf,
  formatHonestEvaluation,
  judge,
  parseEvalSet,
  scoreSet,
  TAG_MAP,
  targetChecks,
  UNTAGGED_CATEGORIES,
  type CheckerOutcome,
  type EvalRow,
  type Expectation,
} from '../../../src/shared/checker/eval';
import {
  confusionMatrix,
  constantVerdictRates,
  labelRates,
} from '../../../src/shared/checker/label-agreement';
import { CATEGORIES, type ComponentName, type Verdict } from '../../../src/shared/checker/index';
import type { OpenerLabel } from '../../../src/shared/checker/eval';

/** Nine hand-made verdicts: One-Up 2 of 3 not blocked, One-Down 3 of 4 blocked, mixed 1 of 2 not ready. */
const VERDICTS: { label: OpenerLabel; verdict: Verdict }[] = [
  { label: 'one_up', verdict: 'blocked' },
  { label: 'one_up', verdict: 'needs_work' },
  { label: 'one_up', verdict: 'ready' },
  { label: 'one_down', verdict: 'blocked' },
  { label: 'one_down', verdict: 'blocked' },
  { label: 'one_down', verdict: 'blocked' },
  { label: 'one_down', verdict: 'needs_work' },
  { label: 'mixed', verdict: 'ready' },
  { label: 'mixed', verdict: 'blocked' },
];

describe('per-label rates and balanced accuracy', () => {
  it('counts each label against its own rule and averages the three rates unweighted', () => {
    const matrix = confusionMatrix(VERDICTS);
    expect(matrix.one_up).toEqual({ blocked: 1, needs_work: 1, ready: 1 });
    expect(matrix.mixed).toEqual({ blocked: 1, needs_work: 0, ready: 1 });
    const rates = labelRates(matrix);
    expect(rates.oneUpNotBlocked).toEqual({ value: 2 / 3, part: 2, whole: 3 });
    expect(rates.oneDownBlocked).toEqual({ value: 3 / 4, part: 3, whole: 4 });
    expect(rates.mixedNotReady).toEqual({ value: 1 / 2, part: 1, whole: 2 });
    // The mean of the rates (0.6389), not the share of all rows that follow the rule (6/9 = 0.667).
    expect(rates.balancedAccuracy).toBeCloseTo((2 / 3 + 3 / 4 + 1 / 2) / 3, 10);
  });

  it('leaves a label with no rows out of the mean instead of counting it as 0 or 100%', () => {
    const rates = labelRates(
      confusionMatrix([
        { label: 'one_up', verdict: 'ready' },
        { label: 'one_down', verdict: 'needs_work' },
      ]),
    );
    expect(rates.mixedNotReady.value).toBeNull();
    expect(rates.balancedAccuracy).toBe(0.5);
    expect(labelRates(confusionMatrix([])).balancedAccuracy).toBeNull();
  });

  it('gives always-block 2/3 and always-ready 1/3 balanced accuracy on any set with all labels', () => {
    const block = constantVerdictRates(VERDICTS, 'blocked');
    expect(block.oneUpNotBlocked.value).toBe(0);
    expect(block.oneDownBlocked.value).toBe(1);
    expect(block.mixedNotReady.value).toBe(1);
    expect(block.balancedAccuracy).toBeCloseTo(2 / 3, 10);
    const ready = constantVerdictRates(VERDICTS, 'ready');
    expect([
      ready.oneUpNotBlocked.value,
      ready.oneDownBlocked.value,
      ready.mixedNotReady.value,
    ]).toEqual([1, 0, 0]);
  });
});

describe('precision and recall of a detection', () => {
  const pairs = (tp: number, fp: number, fn: number, tn: number) => [
    ...Array.from({ length: tp }, () => ({ expected: true, predicted: true })),
    ...Array.from({ length: fp }, () => ({ expected: false, predicted: true })),
    ...Array.from({ length: fn }, () => ({ expected: true, predicted: false })),
    ...Array.from({ length: tn }, () => ({ expected: false, predicted: false })),
  ];

  it('is tp / predicted and tp / expected', () => {
    const d = detection('x', pairs(2, 1, 3, 4));
    expect(d).toMatchObject({ rows: 10, support: 5, predicted: 3, falsePositives: 1 });
    expect(d.precision).toBeCloseTo(2 / 3, 10);
    expect(d.recall).toBeCloseTo(2 / 5, 10);
  });

  it('has no precision when nothing was predicted (never a free 100%), and recall 0 if something was due', () => {
    const d = detection('x', pairs(0, 0, 3, 2));
    expect(d.precision).toBeNull();
    expect(d.recall).toBe(0);
    expect(judge(d.precision, 0.9)).toBe('n/a');
    expect(judge(d.recall, 0.8)).toBe('FAIL');
  });

  it('has no recall when nothing was expected', () => {
    const d = detection('x', pairs(0, 2, 0, 1));
    expect(d.recall).toBeNull();
    expect(d.precision).toBe(0);
  });

  it('passes a figure exactly at its floor and fails one just under', () => {
    expect(judge(0.9, 0.9)).toBe('PASS');
    expect(judge(0.8999, 0.9)).toBe('FAIL');
  });
});

describe('what a set expects', () => {
  const row = (extra: Partial<EvalRow>): EvalRow => ({
    id: 'r',
    text: 't',
    label: 'mixed',
    ...extra,
  });

  it('maps every checker category to a tag of the rule or says why there is none', () => {
    const mapped = new Set(Object.values(TAG_MAP).flatMap((m) => m.categories));
    const unmapped = CATEGORIES.filter((c) => !mapped.has(c) && !(c in UNTAGGED_CATEGORIES));
    expect(unmapped).toEqual([]);
  });

  it('reads tags through the map: a part is present when its no_… tag is absent, insight unknown', () => {
    const e = expectationOf(
      row({ tags: ['no_identity', 'about_our_company', 'no_meeting_ask', 'hedging_or_apology'] }),
    );
    expect([...e.habits].sort()).toEqual(
      ['hedging', 'missing_ask', 'missing_identity', 'self_focus', 'vague_ask'].sort(),
    );
    expect(e.parts).toEqual({ identity: false, reason: true, benefit: true, ask: false });
  });

  it('reads checker categories as they are; a vague ask is no ask; a transactional sale says nothing of the insight', () => {
    const e = expectationOf(row({ categories: ['vague_ask', 'missing_insight'] }));
    expect(e.parts).toEqual({
      identity: true,
      reason: true,
      insight: false,
      benefit: true,
      ask: false,
    });
    const t = expectationOf(row({ categories: [], context: { transactional: true } }));
    expect(t.parts.insight).toBeUndefined();
  });
});

describe('scoring a set', () => {
  const parts = (present: ComponentName[]): Record<ComponentName, boolean> => ({
    identity: present.includes('identity'),
    reason: present.includes('reason'),
    insight: present.includes('insight'),
    benefit: present.includes('benefit'),
    ask: present.includes('ask'),
  });
  const expectations: Expectation[] = [
    { habits: new Set(['permission']), parts: { identity: true, ask: true } },
    { habits: new Set([]), parts: { identity: true, ask: false } },
    { habits: new Set(['permission']), parts: { identity: false, ask: false } },
  ];
  const outcomes: CheckerOutcome[] = [
    {
      id: 'a',
      label: 'mixed',
      verdict: 'needs_work',
      found: ['permission'],
      parts: parts(['identity', 'ask']),
    },
    {
      id: 'b',
      label: 'one_up',
      verdict: 'blocked',
      found: ['permission'],
      parts: parts(['insight']),
    },
    { id: 'c', label: 'one_down', verdict: 'blocked', found: [], parts: parts([]) },
  ];

  it('scores categories and parts row by row, only on the parts the set speaks for', () => {
    const score = scoreSet(expectations, outcomes);
    const permission = score.habits.find((d) => d.name === 'permission')!;
    expect(permission).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    const insight = score.parts.find((d) => d.name === 'insight')!;
    expect(insight.rows).toBe(0);
    const identity = score.parts.find((d) => d.name === 'identity')!;
    expect(identity).toMatchObject({ rows: 3, support: 2, predicted: 1, truePositives: 1 });
    expect(score.rates.oneUpNotBlocked.value).toBe(0);
    expect(score.alwaysBlock.balancedAccuracy).toBeCloseTo(2 / 3, 10);
  });

  it('splits One-Up not blocked by whether the checker found an unfilled slot', () => {
    const slotRows: CheckerOutcome[] = [
      { id: 's1', label: 'one_up', verdict: 'blocked', found: ['placeholder'], parts: parts([]) },
      { id: 's2', label: 'one_up', verdict: 'ready', found: [], parts: parts([]) },
      { id: 's3', label: 'one_up', verdict: 'blocked', found: ['deception'], parts: parts([]) },
      { id: 's4', label: 'one_down', verdict: 'blocked', found: ['placeholder'], parts: parts([]) },
    ];
    const split = scoreSet(
      slotRows.map(() => expectations[0]!),
      slotRows,
    ).oneUpNotBlockedBySlot;
    expect(split.withSlot).toEqual({ value: 0, part: 0, whole: 1 });
    expect(split.withoutSlot).toEqual({ value: 0.5, part: 1, whole: 2 });
  });

  it('judges each figure against its target, and prints the verdict beside it', () => {
    const score = scoreSet(expectations, outcomes);
    const checks = targetChecks(score);
    expect(checks.find((c) => c.figure === 'One-Up not blocked')).toMatchObject({
      value: 0,
      floor: 0.95,
      result: 'FAIL',
    });
    expect(checks.find((c) => c.figure === 'insight recall')?.result).toBe('n/a');
    const text = formatHonestEvaluation({
      sets: [{ name: 'hand', path: 'x.jsonl', sha256: '0'.repeat(64), rows: 3 }],
      runs: [{ context: 'none', scores: [{ set: 'hand', score, targets: checks }] }],
    });
    expect(text).toMatch(/One-Up not blocked\s+≥ 95\.0%\s+0\.0% \(0\/1\) FAIL/);
    expect(text).toMatch(/permission\s+50\.0% FAIL\s+50\.0% FAIL/);
  });

  it('refuses outcomes that do not line up with the expectations', () => {
    expect(() => scoreSet(expectations.slice(1), outcomes)).toThrow(/2 expectations for 3/);
  });
});

describe('reading a set', () => {
  it('names the line and the field that is wrong', () => {
    const good = '{"id":"a","text":"t","label":"one_up","tags":[]}';
    expect(parseEvalSet(`${good}\n\n${good}`)).toHaveLength(2);
    expect(() =>
      parseEvalSet(`${good}\n{"id":"b","text":"t","label":"one_up","tags":["rude"]}`),
    ).toThrow(/line 2 .*tags/);
    expect(() => parseEvalSet('{"id":"b","text":"t","label":"one_up"}')).toThrow(/line 1 .*tags/);
    expect(() => parseEvalSet('{oops')).toThrow(/line 1 is not JSON/);
  });
});
