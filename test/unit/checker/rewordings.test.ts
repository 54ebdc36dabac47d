import { describe, expect, it } from 'vitest';
import { REWORDINGS } from '../../../scripts/reword-checker';

/** The rewordings `npm run eval:reword` applies keep the meaning and change only the wording. */
describe('the rewordings of eval:reword', () => {
  const opener =
    "Hi Sam, I'm Dana with Arden Freight. We're seeing 11% overcharges, and it's the fuel table. I'll show you: 20 minutes Thursday at 10, or don't we?";

  it('each rewrites the wording it names and nothing else', () => {
    const reword = (name: string) => {
      const fn = REWORDINGS[name];
      if (!fn) throw new Error(`no rewording named ${name}`);
      return fn(opener);
    };
    expect(reword('lower case')).toBe(opener.toLowerCase());
    expect(reword('contractions spelled out')).toBe(
      'Hi Sam, I am Dana with Arden Freight. We are seeing 11% overcharges, and it is the fuel table. I will show you: 20 minutes Thursday at 10, or do not we?',
    );
    expect(reword('a number in words')).toContain('twenty minutes Thursday');
    expect(reword('a weekday cut short')).toContain('20 minutes Thu at 10');
    expect(reword('curly apostrophes')).toContain('I’m Dana');
    expect(reword('no commas')).not.toContain(',');
    expect(REWORDINGS['contractions shortened']?.('I am sure it is late; I will call.')).toBe(
      'I’m sure it’s late; I’ll call.',
    );
  });
});
