import { describe, expect, it } from 'vitest';
import { analyze, insideQuotes } from '../../../src/shared/checker/analysis';

/**
 * Quotation marks are found once per check (a customer's words quoted: "Our drivers love it"),
 * and asking whether an offset is inside them must give the answer of counting the marks of its
 * paragraph before it, at every offset, without rereading the text for each question.
 */
function byCounting(text: string, bodyStart: number, offset: number): boolean {
  const before = text.slice(bodyStart, offset);
  const paragraph = before.slice(before.lastIndexOf('\n\n') + 1);
  const count = (mark: string) => paragraph.split(mark).length - 1;
  return count('"') % 2 === 1 || count('“') > count('”');
}

const TEXTS = [
  'One rep said "Our drivers love the new system" and we wrote it down.',
  'Curly “quotes with “nesting” inside” and after them our platform.',
  'A quote left "open across\n\na paragraph break" then our tool.',
  '” A closing mark first “ then an opening one, “ and our product.',
  'Mixed “straight "inside curly” then" out, and "two" "pairs".',
  'No quotation marks at all, only our offer.',
  '"',
  '',
];

describe('insideQuotes', () => {
  it('agrees with counting the paragraph’s marks before every offset', () => {
    for (const text of TEXTS) {
      const analysis = analyze({ text });
      for (let offset = analysis.bodyStart; offset <= analysis.bodyEnd; offset++) {
        expect(insideQuotes(analysis, offset), `${JSON.stringify(text)} at ${offset}`).toBe(
          byCounting(text, analysis.bodyStart, offset),
        );
      }
    }
  });

  it('finds the quoted stretches in order and apart', () => {
    const analysis = analyze({ text: 'He said "yes" and “no” and "maybe' });
    expect(analysis.quotations.map((q) => analysis.scan.slice(q.start, q.end))).toEqual([
      '"yes',
      '“no',
      '"maybe',
    ]);
  });
});
