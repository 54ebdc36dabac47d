import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../src/shared/checker/index';
import { checkOpener, type Category } from '../../../src/shared/checker/index';
import {
  CORROBORATED_BLOCKS,
  CORROBORATED_EXAMPLES,
} from '../../../src/shared/checker/rules/policy';

/**
 * The calibrated verdict policy (docs/checker-rules.md, measured with `npm run eval:checker --
 * --rules`): a missing part blocks only where a second, independent sign agrees that it is missing.
 * Each class has `valid` openers (the part is there in a form the reader does not read as that
 * part, so no block) and `invalid` ones (the part is really absent, and the block stays). Written
 * for these tests, not taken from any evaluation set.
 */
const blocksOf = (input: CheckInput): string[] =>
  checkOpener(input)
    .findings.filter((f) => f.severity === 'block')
    .map((f) => f.ruleId);

describe('a figure about the prospect’s world is value, even where it is not read as an insight', () => {
  const valid = [
    // a lead time against another lead time
    'Good morning Ms. Varga, my name is Tomas Lind and I am calling from Nordhavn Bearings. Your mill in Gdansk buys the 6204 bearings from Italy with 7 weeks delivery; we hold the same part in Hamburg with 3 days delivery. I would like to visit your buyers on Tuesday 9th at 11 to go through the list.',
    // a before and after at a named plant
    'Hi Marco, it’s Jana Kral from Velden Compressors. Your two GA-37 units were installed in 2013; we overhauled the same pair at Brixen Foods and their energy bill dropped from 4,100 euros a month to 3,200. I’m at your site on the 12th for a service. Shall I stop by at 3?',
  ];
  const invalid = [
    // the figures are about us: size and history, then a meeting about us
    'Hi Marco, it’s Jana Kral from Velden Compressors. We are 240 people in 9 countries and our service fleet has 60 vans. I would like to visit you on Tuesday 9th at 11 to present our company.',
    // a quarter ("Q3", "Q4") names a period, like a date; it measures nothing
    'Hi Marco, it’s Jana Kral from Velden Compressors. I know Q3 is busy for your team and Q4 planning starts soon. Could we meet on Tuesday 9th at 11?',
    // a year and a date: they place events, they measure nothing
    'Hi Marco, it’s Jana Kral from Velden Compressors. Velden opened in 1998 and the new showroom opens 14 October. I would like to visit you on Tuesday 9th at 11 to present our range.',
    // a purpose that names a group ("for growers") says what we want, not something about their world
    'Hi Marco, it’s Jana Kral from Velden Compressors. I would like to explain the compressor options we have for restaurants. Would Wednesday at 3 work?',
    // the only figures are the callback times
    'Hi Marco, it’s Jana Kral from Velden Compressors. Please call me back on 0311 2040. I am free between 9 and 11am today or after 4pm tomorrow.',
  ];
  it.each(valid)('does not block for a missing benefit: %s', (text) => {
    expect(blocksOf({ text })).toEqual([]);
  });
  it.each(invalid)('still blocks an opener with nothing for the contact: %s', (text) => {
    expect(checkOpener({ text }).verdict).toBe('blocked');
  });
});

describe('two of who, why and the ask missing needs each of them surely missing', () => {
  const valid = [
    // the reason is a figure about their street; the ask is "reply YES", with no meeting verb
    'Hi Dora, it’s Lukas from Fernhill Damp Proofing, two doors down on Elm Rd. We treated 4 cellars on your road for rising damp this spring. Our surveyor is on Elm Rd Thursday 2-4pm; reply YES and he’ll look at your walls for free.',
  ];
  const invalid = [
    // no reason, and only a way to reach us: the figures are our phone number and office hours
    'Hi Dora, it’s Lukas from Fernhill Damp Proofing. Our office is open 9 to 5. Our number is 0161 555 0199.',
    // no identity, no reason: small talk, then a meeting
    'Hey Dora, how is your week going? Could we set up 20 minutes on Friday at 3?',
  ];
  it.each(valid)('does not block: %s', (text) => {
    expect(blocksOf({ text, mode: 'email' })).toEqual([]);
  });
  it.each(invalid)('still blocks: %s', (text) => {
    expect(checkOpener({ text }).verdict).toBe('blocked');
  });
});

describe('an imperative to the prospect is an ask of sorts', () => {
  const valid = [
    'Hi Dora, it’s Lukas Brenner from Fernhill Damp Proofing. Cellars on your road flooded twice this year, and the ones with a sump pump stayed dry. Hit reply with a good afternoon and I’ll bring the survey.',
    'Hi Dora, it’s Lukas Brenner from Fernhill Damp Proofing. Cellars on your road flooded twice this year, and the ones with a sump pump stayed dry. Send me two dates that suit you and I’ll bring the flood map.',
  ];
  const invalid = [
    'Hi Dora, it’s Lukas Brenner from Fernhill Damp Proofing. Cellars on your road flooded twice this year, and the ones with a sump pump stayed dry.',
    // an imperative with no step in it: information for us, not a next step for them
    'Hi Dora, it’s Lukas Brenner from Fernhill Damp Proofing. Cellars on your road flooded twice this year, and the ones with a sump pump stayed dry. Please reply with the name of your caretaker.',
  ];
  it.each(valid)('does not block for a missing ask: %s', (text) => {
    expect(blocksOf({ text })).not.toContain('missing_ask.ask');
  });
  it.each(invalid)('blocks an opener that asks for nothing: %s', (text) => {
    expect(blocksOf({ text })).toContain('missing_ask.ask');
  });
});

describe('a question offering a thing to try is an ask', () => {
  const context =
    'Hi Omar, it’s Tess Wild from Linden Packaging. Since the film tax started in April, most bakeries in your county have moved to paper sleeves. ';
  const valid = [
    'Would you be opposed to me sending a sample box to your bakery?',
    'Would you like a free sample of the sleeves?',
    'Worth trying a case on your weekend loaves?',
  ];
  const invalid = [
    // a discovery question asks for no step
    'How are you handling the switch?',
  ];
  it.each(valid)('finds the ask: %s', (ask) => {
    expect(checkOpener({ text: context + ask }).components.ask.present).toBe(true);
  });
  it.each(invalid)('finds no ask: %s', (ask) => {
    expect(checkOpener({ text: context + ask }).components.ask.present).toBe(false);
  });
});

describe('a habit that blocks only where a second finding agrees (rules/policy.ts)', () => {
  for (const [category, { blocks, warns }] of Object.entries(CORROBORATED_EXAMPLES)) {
    it.each(blocks)(`${category} blocks, saying why: %s`, (text) => {
      const found = checkOpener({ text }).findings.filter(
        (f) => f.category === category && f.severity === 'block',
      );
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]?.blockedBecause).toBe(CORROBORATED_BLOCKS[category as Category]?.because);
    });
    it.each(warns)(`${category} warns alone: %s`, (text) => {
      const result = checkOpener({ text });
      expect(result.findings.some((f) => f.category === category && f.severity === 'warn')).toBe(
        true,
      );
      expect(result.verdict).not.toBe('blocked');
    });
  }
  it('keeps the self-focus finding inside a weak offer that blocks', () => {
    const ids = checkOpener({
      text: 'Hi Rosa, Dev Patel from Quarry Cloud. I’d love to tell you about our solutions on Thursday at 10.',
    }).findings.map((f) => f.ruleId);
    expect(ids).toContain('self_focus.our_offering');
  });
});

describe('a pure pitch is read by role as well as by phrase', () => {
  // The only talk about us is a sentence the reader reads as describing our product; no insight.
  it.each([
    'Hi Rosa, this is Dev Patel with Quarry Patch. I saw your recent post about struggling with dust on the haul road. We have a mineral spray that makes it easier and faster to keep dust down naturally. Just curious, how are you currently managing the dust?',
    'Hey Rosa,\nI help quarry managers with haul-road dust.\nWould you be open to a 15-minute call to see if it’s relevant?\nIf not, no worries at all.\nDev',
  ])('blocks for the missing insight: %s', (text) => {
    expect(blocksOf({ text })).toContain('missing_insight.insight');
  });
});

describe('a name and a company are read where they stand together, not across a statement', () => {
  it('reads no sender in a statement that names a place', () => {
    const text =
      'Hi Dana,\n\nFreight rates out of the Inland Empire are up 18% since October.\n\nThursday at 10 for 20 minutes?';
    expect(checkOpener({ text, mode: 'email' }).components.identity.present).toBe(false);
  });
  it.each([
    'Hi Rosa, Derek Chan, business banker at Millbrook Community Bank. Restaurants on your block pay 3.4% per swipe. Let’s meet Thursday at 3.',
    'Hi Rosa, Derek Chan from Millbrook Community Bank here. Restaurants on your block pay 3.4% per swipe. Let’s meet Thursday at 3.',
  ])('still reads a name with its company or role: %s', (text) => {
    expect(checkOpener({ text }).components.identity.present).toBe(true);
  });
});
