import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../src/shared/checker/index';
import { checkOpener } from '../../../src/shared/checker/index';

const blocksOf = (input: CheckInput): string[] =>
  checkOpener(input)
    .findings.filter((f) => f.severity === 'block')
    .map((f) => f.ruleId);

describe('the verdict policy', () => {
  it('does not block good openers written in words no rule lists', () => {
    for (const text of [
      // no request verb, separate sentences for name and company
      'Good afternoon Ms. Okafor. My name is Tom Berg. I work for Halcyon Analytics. The reason I’m reaching out is that hospitals in your region have seen readmission penalties climb since the CMS change, and most don’t know which service lines drive it. Let’s set 30 minutes next week so I can show you where your exposure sits.',
      // lowercase, no numbers
      "hi jordan, it's priya nair with brightline dental supply. i'm calling because practices your size have been switching to quarterly inventory counts and catching expired stock before it costs them. does tuesday at 3 work for 20 minutes?",
      // a multi-turn call
      'Hi Dev, this is Sara Lind from Pinecrest Security. … Sure — I’m calling because two of the breaches we investigated this year started with an unpatched VPN appliance at firms your size. … I’d suggest a 20-minute briefing on Friday at 10.',
    ])
      expect(blocksOf({ text }), text).toEqual([]);
  });

  it('warns, and does not block, when one part is missing', () => {
    const text =
      'Hi Dana, it’s Mike. I’m calling because two of your competitors in Boise switched to same-day installation this spring and are winning the replacement jobs. Could we do 20 minutes Tuesday at 4?';
    const result = checkOpener({ text });
    expect(result.findings.find((f) => f.category === 'missing_identity')?.severity).toBe('warn');
    expect(result.verdict).toBe('needs_work');
  });

  it('blocks an opener with no ask at all, and says why', () => {
    const text =
      'Hi Ruth, this is Colin Shaw with Ardent Water. I’m calling because food plants in your county face new wastewater limits in January. I wanted to put that on your radar.';
    const ask = checkOpener({ text }).findings.find((f) => f.category === 'missing_ask');
    expect(ask?.severity).toBe('block');
    expect(ask?.blockedBecause).toMatch(/asks for nothing/u);
  });

  it('blocks a pure pitch with nothing for the contact', () => {
    const text =
      'Hi Helen, Jack Byrne from Tallyworks. I’m calling because I’d love to give you a quick walkthrough of our new expense software and all its features. Would Thursday at 10 work for a 30-minute tour?';
    expect(blocksOf({ text })).toContain('missing_insight.insight');
  });

  it('blocks when two of who, why and the ask are missing', () => {
    expect(
      blocksOf({ text: 'Hi, this is Jake. Give me a call back when you get a chance.' }),
    ).toEqual(expect.arrayContaining(['missing_identity.identity', 'missing_reason.reason']));
  });

  it('counts an unsigned email as missing who wrote it when two of who, why and the ask are gone', () => {
    const body =
      'Greenhouses on your side of the valley lost a third of their seedlings to the March frost. Does that match what your growers saw?';
    // invalid: no name, no company, and an interest check for a close
    expect(blocksOf({ text: body, mode: 'email', subject: 'frost losses' })).toEqual(
      expect.arrayContaining(['missing_identity.identity', 'missing_ask.ask']),
    );
    // valid: the same email signed, one part missing, warns
    expect(
      blocksOf({
        text: `${body}\n\nMarta Quell\nFieldcover Insurance`,
        mode: 'email',
        subject: 'frost losses',
      }),
    ).toEqual([]);
  });
});

describe('explanations', () => {
  it('point a missing part where it belongs, not at the whole opener', () => {
    const text =
      'Hi Sam. We benchmarked 60 distributors and most overpay 12% on fuel surcharges. Could we meet Thursday at 10 for 20 minutes?';
    const finding = checkOpener({ text }).findings.find((f) => f.category === 'missing_identity');
    expect(text.slice(finding?.start, finding?.end)).toBe('Hi Sam.');
  });

  it('build suggestions from the rep, the plan’s insight and the slot already written', () => {
    const context = {
      repName: 'Ana Ruiz',
      repCompany: 'Keel Analytics',
      insights: [{ headline: 'Insurers who triage claims same-day cut leakage 6%' }],
    };
    const text = 'Hi Emily. Could we meet Thursday at 11?';
    const findings = checkOpener({ text, context }).findings;
    const suggestion = (category: string) =>
      findings.find((f) => f.category === category)?.suggestion ?? '';
    expect(suggestion('missing_identity')).toContain('This is Ana Ruiz with Keel Analytics');
    expect(suggestion('missing_insight')).toContain(
      'Insurers who triage claims same-day cut leakage 6%',
    );
    const noAsk = checkOpener({
      text: 'Hi Emily, this is Ana with Keel. See you Thursday at 11.',
      context,
    });
    expect(noAsk.findings.find((f) => f.category === 'missing_ask')?.suggestion ?? '').toContain(
      'on Thursday at 11 for a briefing on what we found',
    );
  });
});

describe('long texts', () => {
  it('checks 40,000 words and keeps every span inside the text', () => {
    const opener =
      'Hi Sam, this is Dana with Tidewater. I’m calling because 3 of 5 distributors overpay on fuel surcharges. Is now a good time? Could we meet Thursday at 10 for 20 minutes?';
    const words = opener.split(' ').length;
    const text = Array.from({ length: Math.ceil(40_000 / words) }, () => opener).join('\n');
    const result = checkOpener({ text });
    expect(result.stats.words).toBeGreaterThanOrEqual(40_000);
    expect(result.verdict).toBe('blocked');
    expect(result.findings.every((f) => f.start >= 0 && f.end <= text.length)).toBe(true);
  });
});
