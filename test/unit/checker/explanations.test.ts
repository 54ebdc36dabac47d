import { describe, expect, it } from 'vitest';
import type { CheckInput, Finding } from '../../../src/shared/checker/index';
import { applyReplacement, checkOpener, RULES } from '../../../src/shared/checker/index';

/** The mode a rule's examples are written for, as the catalog test reads them. */
function inputFor(rule: (typeof RULES)[number], text: string): CheckInput {
  const mode = rule.modes?.length === 1 ? rule.modes[0] : undefined;
  return mode ? { text, mode } : { text };
}

/** Applies every replacement of one rule, from the end so earlier offsets stay valid. */
function applyAll(text: string, findings: readonly Finding[]): string {
  let fixed = text;
  for (const f of [...findings].sort((x, y) => y.start - x.start))
    if (f.field === 'text' && f.replacement !== undefined)
      fixed = applyReplacement(fixed, f.start, f.end, f.replacement);
  return fixed;
}

const DOUBLED_WORD = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)\s+\1(?![\p{L}\p{N}])/iu;
const DOUBLED_PUNCTUATION = /[.,;:!?]\s*[.,;:]|,\s*[!?]|\s[.,;:!?]|\s{2,}|^\s|\s$/u;

describe('one-click fixes', () => {
  const fixable = RULES.filter((rule) => rule.kind === 'phrase' && rule.replace);

  it('exist only on rules whose fix is a plain deletion or a plain word swap', () => {
    expect(fixable.map((r) => r.id).sort()).toEqual([
      'hedging.be_quick',
      'hedging.just',
      'jargon.leverage',
    ]);
  });

  it.each(fixable.map((rule) => [rule.id, rule] as const))(
    '%s: applied to each example, leaves no doubled word or punctuation and removes the finding',
    (_id, rule) => {
      let fixedExamples = 0;
      for (const example of rule.examples) {
        const input = inputFor(rule, example);
        const mine = checkOpener(input).findings.filter((f) => f.ruleId === rule.id);
        expect(mine.length, example).toBeGreaterThan(0);
        // Where no fix would be grammatical, every finding of the rule is left without one.
        if (mine.some((f) => f.replacement === undefined)) {
          expect(
            mine.every((f) => f.replacement === undefined),
            example,
          ).toBe(true);
          continue;
        }
        fixedExamples++;
        const fixed = applyAll(example, mine);
        expect(fixed, example).not.toBe(example);
        expect(fixed, example).not.toMatch(DOUBLED_WORD);
        expect(fixed, example).not.toMatch(DOUBLED_PUNCTUATION);
        // A sentence still starts with a capital after a removal at its start.
        expect(fixed, example).not.toMatch(/(?:^|[.!?]\s+)\p{Ll}/u);
        const again = checkOpener({ ...input, text: fixed });
        expect(
          again.findings.map((f) => f.ruleId),
          `${example} → ${fixed}`,
        ).not.toContain(rule.id);
      }
      expect(fixedExamples).toBeGreaterThan(0);
    },
  );
});

describe('suggestions built from the opener and its context', () => {
  const context = {
    repName: 'Priya Raman',
    repCompany: 'Northgate Dental Supply',
    prospectName: 'Marcus Bell',
    prospectCompany: 'Bell Family Dentistry',
    insights: [{ headline: 'Practices that reorder monthly pay 14% less for consumables.' }],
  };

  const suggestionOf = (input: CheckInput, ruleId: string): string => {
    const finding = checkOpener(input).findings.find((f) => f.ruleId === ruleId);
    if (!finding) throw new Error(`${ruleId} not found`);
    return finding.suggestion;
  };

  it('a permission question is answered with the rep’s own intro and the plan’s insight', () => {
    const text = 'Hi Marcus, is now a good time?';
    const suggestion = suggestionOf({ text, context }, 'permission.good_time');
    expect(suggestion).toContain('This is Priya Raman with Northgate Dental Supply');
    expect(suggestion).toContain('practices that reorder monthly pay 14% less');
    expect(suggestion).not.toMatch(/Tidewater|freight|distributor/iu);
  });

  it('a hedge is answered with the rep’s own sentence, without the hedge', () => {
    const text = 'Maybe we could compare your supply costs with 40 practices on Thursday.';
    expect(suggestionOf({ text }, 'hedging.maybe')).toBe(
      'Say it without the hedge: "We could compare your supply costs with 40 practices on Thursday."',
    );
  });

  it('a minimiser in the rep’s own clause loses only the minimising word, so the sentence keeps its verb', () => {
    const text = 'Hi Sam, I just wanted to follow up on the report your team downloaded last week.';
    expect(suggestionOf({ text }, 'hedging.just')).toBe(
      'Say it without the hedge: "Hi Sam, I wanted to follow up on the report your team downloaded last week."',
    );
    const calling = 'I’m only calling to ask about your freight budget for next year.';
    expect(suggestionOf({ text: calling }, 'hedging.minimiser')).toBe(
      'Say it without the hedge: "I’m calling to ask about your freight budget for next year."',
    );
  });

  it('a denial of selling is answered with a briefing on the plan’s insight, and claims no finding without one', () => {
    const text = 'Hi Marcus, this isn’t a sales call.';
    const withPlan = suggestionOf({ text, context }, 'deception.not_sales_call');
    expect(withPlan).toContain(
      'a 20-minute briefing on practices that reorder monthly pay 14% less',
    );
    const alone = suggestionOf({ text }, 'deception.not_sales_call');
    expect(alone).not.toMatch(/what we found/u);
    expect(alone).toContain('say that you sell');
  });

  it('talk about us is answered with the insight aimed at the prospect’s company', () => {
    const text = 'Our company has served dentists since 1998.';
    const suggestion = suggestionOf({ text, context }, 'self_focus.our_company');
    expect(suggestion).toContain('Practices that reorder monthly pay 14% less for consumables');
    expect(suggestion).toContain('Bell Family Dentistry');
  });

  it('with no context, advice names no industry and no made-up example company', () => {
    const fixedExample = /Tidewater|freight|surcharge|distributor|Dana\b|Sam\b/iu;
    for (const rule of RULES) {
      expect(rule.suggestion, rule.id).not.toMatch(fixedExample);
      for (const example of rule.examples) {
        // The rep's own words may of course come back in a suggestion built from them.
        if (fixedExample.test(example)) continue;
        for (const f of checkOpener(inputFor(rule, example)).findings)
          expect(f.suggestion, `${f.ruleId} on ${example}`).not.toMatch(fixedExample);
      }
    }
  });
});

describe('evidence', () => {
  it('cites the method only with the line of the method that backs the rule', () => {
    const byFact = new Map<string, string[]>();
    for (const rule of RULES)
      if (rule.evidence?.source.includes('Iannarino'))
        byFact.set(rule.evidence.fact, [...(byFact.get(rule.evidence.fact) ?? []), rule.id]);
    // One line of the method per family, never one paraphrase for every rule.
    for (const [, ids] of byFact) {
      const families = new Set(ids.map((id) => id.split('.')[0]));
      expect(families.size, ids.join(', ')).toBe(1);
    }
  });

  it('gives jargon rules no citation the method does not make (it names only “solutions”)', () => {
    const jargon = RULES.filter((r) => r.category === 'jargon' && r.id !== 'jargon.solutions');
    expect(jargon.filter((r) => r.evidence).map((r) => r.id)).toEqual([]);
  });
});
