import { describe, expect, it } from 'vitest';
import { fastWordStarts, withFastWordStarts } from '../../../src/shared/checker/patterns';

/**
 * The speed-up of `\b` in the checker's case-insensitive Unicode regexes must never change a
 * match: a rep's verdict cannot depend on how fast a pattern runs.
 */
const SOURCES = [
  String.raw`\b(?:want me to|shall i|can i)\s+(?:place|renew|add)\b`,
  String.raw`(?:\d[\d,.]*|\b(?:one|two|ten))\s?(?:%|percent)|\b(?:a|one) (?:fifth|third)\b`,
  String.raw`\b(?:(?:i['’]m|i am|we are)\s+)?(?:calling|writing)\s+(?:because|about)\b`,
  String.raw`\b\d{1,2}(?::\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)|\bat \d{1,2}\b`,
  String.raw`\b(?:so|k)?skip\b|\b(?:so|k)?\s*skip\b|\b[\p{L}]+ing\b|\b(?:|x)y|[\b]k\b`,
];
const TEXTS = [
  'Want me to place the order? I can renew it.',
  'Ten percent, 12.5% and one fifth; nine percent and a third.',
  "I'm calling about your lanes; we are writing because",
  'at 10, 9:30 am and 3 p.m. — at10 or cat 9',
  'ſkip Kskip skip ſ skip, K skip, éskip, _skip, 9skip, caring ſing Ksing, éing y xy',
  'ſhall ı renew, Shall I add, ſhall i place! (ſ) K',
];

function allMatches(regex: RegExp, text: string): [number, string][] {
  const global = new RegExp(regex.source, `${regex.flags.replace('g', '')}g`);
  return [...text.matchAll(global)].map((m) => [m.index, m[0]]);
}

describe('fastWordStarts', () => {
  it('writes a \\b that opens a word as a look-behind and keeps every other \\b', () => {
    expect(withFastWordStarts(String.raw`\b(?:can i|may i)\b`)).toBe(
      String.raw`(?<![\w\u017F\u212A])(?:can i|may i)\b`,
    );
    // Before something that may start with a non-word character, a class, or nothing at all.
    for (const kept of [
      String.raw`\b(?:\s|a)`,
      String.raw`\b[\p{L}]+`,
      String.raw`\b(?:x)?`,
      String.raw`[\b]a`,
    ])
      expect(withFastWordStarts(kept)).toBe(kept);
  });

  it('finds exactly the matches \\b finds, ſ and the Kelvin sign included', () => {
    for (const source of SOURCES) {
      const plain = new RegExp(source, 'iu');
      const fast = fastWordStarts(plain);
      expect(fast.source).not.toBe(plain.source);
      for (const text of TEXTS)
        expect(allMatches(fast, text), `${source} on ${text}`).toEqual(allMatches(plain, text));
    }
  });

  it('leaves a regex without both the i and u flags as it is', () => {
    const caseSensitive = /\bcan i\b/u;
    expect(fastWordStarts(caseSensitive)).toBe(caseSensitive);
  });
});
