import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckInput, CheckResult, PhraseRule } from '../../../src/shared/checker/index';
import { checkOpener, createChecker, RULES } from '../../../src/shared/checker/index';
import { parseCorpus } from '../../../src/shared/checker/eval';

/** The dev corpus as the checker sees it, each opener in its own mode and with its context. */
function devInputs(): { id: string; input: CheckInput }[] {
  const corpus = parseCorpus(
    readFileSync(new URL('../../fixtures/openers.jsonl', import.meta.url), 'utf8'),
  );
  return corpus.map((entry) => ({
    id: entry.id,
    input: {
      text: entry.text,
      ...(entry.mode ? { mode: entry.mode } : {}),
      ...(entry.subject !== undefined ? { subject: entry.subject } : {}),
      ...(entry.context ? { context: entry.context } : {}),
    },
  }));
}

/** Park–Miller: a seeded shuffle, so a failing order can be run again. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 16807) % 2147483647;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Everything a rep sees of a result, as it is stored with a call. */
const stored = (result: CheckResult): unknown => JSON.parse(JSON.stringify(result));

describe('rule order', () => {
  const inputs = devInputs();
  const expected = new Map(inputs.map(({ id, input }) => [id, stored(checkOpener(input))]));

  it.each([7, 42, 2026])(
    'gives the same findings and verdicts with the catalog shuffled (seed %i)',
    (seed) => {
      const check = createChecker(shuffled(RULES, seed));
      const different = inputs.filter(
        ({ id, input }) =>
          JSON.stringify(stored(check(input))) !== JSON.stringify(expected.get(id)),
      );
      expect(different.map((d) => d.id)).toEqual([]);
    },
  );

  it('gives the same result with the catalog reversed, on text where several rules meet', () => {
    // "Is this a bad time to talk?" is matched by more than one permission pattern, and "a quick
    // chat sometime" by a vague-ask rule and a weak-value rule: the first one tried used to win.
    const text =
      'Is this a bad time to talk? Could we have a quick chat sometime next week to touch base?';
    const reversed = createChecker([...RULES].reverse());
    expect(stored(reversed({ text }))).toEqual(stored(checkOpener({ text })));
  });
});

describe('re-entrancy', () => {
  // Longer than 75 words, so where "too long" starts depends on the outer check's own words.
  const outer =
    'Hi Sam, this is Dana with Tidewater Freight. Fuel surcharges moved twice this quarter on the lanes you ship most, and carriers rarely say so on the invoice. I’m calling because we benchmarked 60 distributors and found most overpay 12% on fuel surcharges, about $180,000 a year for a company your size. That gives your team a number to bring to the Q3 renewal before the carriers set their terms for next year. Could we take 20 minutes on Thursday at 10 for a briefing on where you stand?';
  // Longer still, so a check sharing word buffers with the outer one would overwrite them.
  const inner = Array.from(
    { length: 8 },
    () =>
      'Sorry to bother you, is now a good time? I just wanted to touch base about our solutions, maybe sometime next week.',
  ).join(' ');

  /** A custom rule that flags "fuel" and, while deciding, checks another opener. */
  function nestingRule(runInner: () => unknown): PhraseRule {
    return {
      kind: 'phrase',
      id: 'jargon.test_nesting',
      category: 'jargon',
      severity: 'info',
      pattern: 'fuel',
      accept: () => {
        runInner();
        return true;
      },
      message: 'Test rule.',
      why: 'Test rule.',
      suggestion: 'Test rule.',
      examples: [],
    };
  }

  it('a check run from inside a rule leaves the outer check’s result untouched', () => {
    const quiet = createChecker([...RULES, nestingRule(() => undefined)]);
    const nesting = createChecker([...RULES, nestingRule(() => checkOpener({ text: inner }))]);
    const expected = stored(quiet({ text: outer }));
    expect(stored(nesting({ text: outer }))).toEqual(expected);
    // And the nested check itself is right, as if it had run alone.
    let nested: unknown = null;
    const recording = createChecker([
      ...RULES,
      nestingRule(() => (nested = stored(checkOpener({ text: inner })))),
    ]);
    recording({ text: outer });
    expect(nested).toEqual(stored(checkOpener({ text: inner })));
  });

  it('a checker can run itself from inside its own rule', () => {
    // The inner text has no "fuel", so the rule does not fire again inside the nested check.
    const self: (input: CheckInput) => CheckResult = createChecker([
      ...RULES,
      nestingRule(() => self({ text: inner })),
    ]);
    const plain = createChecker([...RULES, nestingRule(() => undefined)]);
    expect(stored(self({ text: outer }))).toEqual(stored(plain({ text: outer })));
  });

  it('two checkers used in turn give what each gives alone', () => {
    const email = { text: outer, mode: 'email' as const, subject: 'Fuel surcharges' };
    const a = createChecker(RULES);
    const b = createChecker([...RULES].reverse());
    const alone = [stored(checkOpener({ text: outer })), stored(checkOpener(email))];
    expect([stored(a({ text: outer })), stored(b(email))]).toEqual(alone);
    expect([stored(b({ text: outer })), stored(a(email))]).toEqual(alone);
  });
});
