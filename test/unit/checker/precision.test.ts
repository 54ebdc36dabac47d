import { describe, expect, it } from 'vitest';
import type { CheckInput, Finding } from '../../../src/shared/checker/index';
import { checkOpener } from '../../../src/shared/checker/index';

/** A One-Up opener the precision cases are spliced into; on its own it is ready. */
const READY =
  'Hi Priya, this is Dana Whitfield with Tidewater Freight. I’m calling because we benchmarked 60 distributors, and the ones that re-bid LTL lanes quarterly cut freight cost 11%. That would let your team lock lower rates before your Q3 contract. Could we take 20 minutes Thursday at 10 for a briefing on what we found?';

const context = { repName: 'Dana Whitfield', repCompany: 'Tidewater Freight' };

function findings(input: CheckInput): Finding[] {
  return checkOpener(input).findings;
}

function quoted(input: CheckInput): string[] {
  return findings(input).map((f) => `${f.ruleId}: ${input.text.slice(f.start, f.end)}`);
}

describe('openers that must not be flagged', () => {
  it('a One-Up opener is ready, with every component found', () => {
    const result = checkOpener({ text: READY, context });
    expect(quoted({ text: READY, context })).toEqual([]);
    expect(result.verdict).toBe('ready');
    expect(result.score).toBe(100);
    expect(Object.values(result.components).every((c) => c.present)).toBe(true);
  });

  it('naming your own company once to say who you are is not self-focus', () => {
    expect(findings({ text: READY, context }).filter((f) => f.category === 'self_focus')).toEqual(
      [],
    );
    expect(findings({ text: READY }).filter((f) => f.category === 'self_focus')).toEqual([]);
  });

  it('"now" and "good time" used about the market are not permission questions', () => {
    const text = READY.replace(
      'I’m calling because',
      'I’m calling about what’s changing now in freight costs, and because it is a good time to re-bid:',
    );
    expect(findings({ text, context }).filter((f) => f.category === 'permission')).toEqual([]);
    const question = READY.replace(
      'Could we take',
      'Is it a good time to lock in rates? Could we take',
    );
    expect(
      findings({ text: question, context }).filter((f) => f.category === 'permission'),
    ).toEqual([]);
  });

  it('"we" introducing the insight itself is not self-focus', () => {
    const text = READY.replace(
      'we benchmarked 60 distributors',
      'we benchmarked 60 distributors and we tracked their lanes for a year',
    );
    expect(findings({ text, context }).filter((f) => f.category === 'self_focus')).toEqual([]);
  });

  it('"just" in "just-in-time" or "they just raised" is not a hedge', () => {
    const text = READY.replace(
      'distributors,',
      'distributors running just-in-time lines (Lumio just raised a Series B),',
    );
    expect(findings({ text, context }).filter((f) => f.category === 'hedging')).toEqual([]);
  });

  it('"solution" inside another word or in its literal sense is not jargon', () => {
    for (const phrase of [
      'dissolution tests fail',
      'the saline solution recall',
      'the solution to the surcharge problem',
      'New Year resolutions',
    ]) {
      const text = READY.replace('cut freight cost 11%', `cut freight cost 11% (${phrase})`);
      expect(
        findings({ text, context }).filter((f) => f.category === 'jargon'),
        phrase,
      ).toEqual([]);
    }
    const named = READY.replace('Tidewater Freight', 'Tidewater Solutions');
    expect(findings({ text: named }).filter((f) => f.category === 'jargon')).toEqual([]);
  });

  it('template placeholders are not words to judge, and still read as a name and company', () => {
    const text = READY.replace('Priya', '{firstName}').replace(
      'Dana Whitfield with Tidewater Freight',
      '{{repName}} with {{company}}',
    );
    const result = checkOpener({ text });
    // Each slot is reported once as unfilled (it blocks the dial); nothing else is judged in it.
    expect(result.findings.map((f) => text.slice(f.start, f.end))).toEqual([
      '{firstName}',
      '{{repName}}',
      '{{company}}',
    ]);
    expect(result.findings.every((f) => f.ruleId === 'placeholder.unfilled')).toBe(true);
    expect(result.components.identity.present).toBe(true);
  });

  it('emoji, accents and right-to-left names do not trip the checker', () => {
    for (const [greeting, rep, company] of [
      ['Hi José 👋', 'Zoë Brandt', 'Añejo Logística'],
      ['Hi נועה', 'Jake Morales', 'Harbor Point'],
      ['Hi ليلى', 'عمر حداد', 'Crestline Packaging'],
    ] as const) {
      const text = READY.replace('Hi Priya', greeting).replace(
        'Dana Whitfield with Tidewater Freight',
        `${rep} with ${company}`,
      );
      const result = checkOpener({ text });
      expect(
        result.findings.map((f) => f.ruleId),
        greeting,
      ).toEqual([]);
      expect(result.components.identity.present, greeting).toBe(true);
    }
  });
});

describe('openers that must be flagged', () => {
  it('each family named in the product brief is caught', () => {
    const cases: [string, string][] = [
      ['Is now a good time?', 'permission'],
      ['Did I catch you at a bad time?', 'permission'],
      ['Do you have a minute?', 'permission'],
      ['How have you been?', 'deception'],
      ['This isn’t a sales call.', 'deception'],
      ['Our company is the leading provider of freight audits.', 'self_focus'],
      ['Sorry to bother you.', 'hedging'],
      ['I was wondering if maybe we could talk.', 'hedging'],
      ['I’d love to pick your brain.', 'weak_value'],
      ['Could I show you a demo?', 'weak_value'],
      ['Our best-in-class platform creates synergy.', 'jargon'],
    ];
    for (const [sentence, category] of cases) {
      const text = READY.replace('I’m calling because', `${sentence} I’m calling because`);
      expect(
        findings({ text, context }).map((f) => f.category),
        sentence,
      ).toContain(category);
    }
  });
});

describe('counting pronouns is style advice, not a company pitch', () => {
  // The rule's about_our_company tag asks what a sentence describes; a pronoun count cannot tell
  // research introduced with "we" from a product pitch, so it must not count as self_focus.
  const text =
    'I think we should talk, because I and my partner and our small crew have been busy and we are keen. We would like to meet.';

  it('reports the pronoun count under style, as info, never as self_focus', () => {
    const pronoun = findings({ text }).filter((f) => f.ruleId.endsWith('.pronoun_balance'));
    expect(pronoun.map((f) => [f.ruleId, f.category, f.severity])).toEqual([
      ['style.pronoun_balance', 'style', 'info'],
    ]);
  });
});
