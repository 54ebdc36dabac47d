import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOpener, RULES_BY_ID } from '../../../src/shared/checker/index';
import { evaluate, parseCorpus } from '../../../src/shared/checker/eval';
import { labelAgreement } from '../../../src/shared/checker/label-agreement';
import { wholeWordRegExp } from '../../../src/shared/checker/patterns';

const corpus = parseCorpus(
  readFileSync(new URL('../../fixtures/openers.jsonl', import.meta.url), 'utf8'),
);
const report = evaluate(corpus);

describe('the labeled opener corpus', () => {
  it('is large enough and mixes One-Down, One-Up and mixed openers in both modes', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const labels = new Set(corpus.map((c) => c.label));
    expect(labels).toEqual(new Set(['one_down', 'one_up', 'mixed']));
    expect(corpus.some((c) => c.mode === 'email')).toBe(true);
  });

  // The verdict follows the label rule of OPENER-LABELS.md: One-Down is blocked, mixed is not
  // ready, One-Up is never blocked. (The corpus's older `expectedVerdict` field encoded a policy
  // where any missing part blocked; the label is the truth the checker is judged by.)
  const agreement = labelAgreement(corpus);
  const rate = (label: string): number => {
    const row = agreement.labels.find((l) => l.label === label);
    return row && row.total > 0 ? row.agreeing / row.total : 0;
  };

  it('blocks at least 80% of One-Down openers and keeps at least 90% of mixed ones from ready', () => {
    expect(rate('one_down')).toBeGreaterThanOrEqual(0.8);
    expect(rate('mixed')).toBeGreaterThanOrEqual(0.9);
    expect(rate('one_up')).toBeGreaterThanOrEqual(0.95);
  });

  it('finds at least 90% of the expected bad habits in every category, at 90% precision', () => {
    const habits = ['permission', 'deception', 'self_focus', 'weak_value', 'hedging', 'jargon'];
    const weak = report.categories.filter(
      (c) => habits.includes(c.category) && (c.recall < 0.9 || c.precision < 0.9),
    );
    expect(
      weak.map(
        (c) => `${c.category} R${(c.recall * 100).toFixed(0)}% P${(c.precision * 100).toFixed(0)}%`,
      ),
    ).toEqual([]);
  });

  it('never blocks a One-Up opener, except for a template slot left unfilled', () => {
    // The labelling rule reads a slot as filled; the checker blocks it because the prospect would
    // hear the template itself. Those are the only blocks a One-Up opener may get.
    const blocks = corpus
      .filter((entry) => entry.label === 'one_up')
      .flatMap((entry) =>
        checkOpener({
          text: entry.text,
          ...(entry.mode ? { mode: entry.mode } : {}),
          ...(entry.subject !== undefined ? { subject: entry.subject } : {}),
          ...(entry.context ? { context: entry.context } : {}),
        })
          .findings.filter((f) => f.severity === 'block' && f.category !== 'placeholder')
          .map((f) => `${entry.id} ${f.ruleId}`),
      );
    expect(blocks).toEqual([]);
  });
});

describe('finding spans', () => {
  const wordChar = /[\p{L}\p{N}\p{M}_]/u;

  it('cover exactly the words each finding is about, for every finding in the corpus', () => {
    const problems: string[] = [];
    for (const entry of corpus) {
      const input = {
        text: entry.text,
        ...(entry.mode ? { mode: entry.mode } : {}),
        ...(entry.subject !== undefined ? { subject: entry.subject } : {}),
        ...(entry.context ? { context: entry.context } : {}),
      };
      const result = checkOpener(input);
      for (const f of result.findings) {
        const source = f.field === 'subject' ? (entry.subject ?? '') : entry.text;
        const said = source.slice(f.start, f.end);
        const where = `${entry.id} ${f.ruleId} "${said}"`;
        if (f.start >= f.end && f.ruleId !== 'email.subject_missing')
          problems.push(`${where}: empty span`);
        if (said !== said.trim()) problems.push(`${where}: span has surrounding whitespace`);
        if (f.category.startsWith('missing_')) {
          // A missing part points where it belongs (a sentence of the body), not at the whole text.
          if (f.start < result.body.start || f.end > result.body.end)
            problems.push(`${where}: should lie inside the body`);
          if (
            result.stats.sentences > 2 &&
            f.end - f.start >= (result.body.end - result.body.start) * 0.9
          )
            problems.push(`${where}: spans the whole body`);
          continue;
        }
        const before = source[f.start - 1] ?? ' ';
        const after = source[f.end] ?? ' ';
        if (said && wordChar.test(said[0] ?? '') && wordChar.test(before))
          problems.push(`${where}: starts inside a word`);
        if (said && wordChar.test(said[said.length - 1] ?? '') && wordChar.test(after))
          problems.push(`${where}: ends inside a word`);
        const rule = RULES_BY_ID.get(f.ruleId);
        if (rule?.kind === 'phrase') {
          // The span is exactly what the rule's own pattern matches at that point.
          const sticky = wholeWordRegExp(rule.pattern, 'iuy');
          sticky.lastIndex = f.start;
          const match = sticky.exec(source);
          if (!match || match.index + match[0].length !== f.end)
            problems.push(`${where}: not the rule's own match`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('point at the phrase itself', () => {
    const text =
      'Hi Sam, is now a good time? This is Dana with Tidewater. I just wanted to touch base.';
    const result = checkOpener({ text });
    const quote = (ruleId: string): string[] =>
      result.findings.filter((f) => f.ruleId === ruleId).map((f) => text.slice(f.start, f.end));
    expect(quote('permission.good_time')).toEqual(['is now a good time']);
    expect(quote('hedging.just')).toEqual(['I just wanted']);
    expect(quote('weak_value.touch_base')).toEqual(['touch base']);
  });
});
