import { describe, expect, it } from 'vitest';
import { checkOpener } from '../../../src/shared/checker/index';

const READY =
  'Hi Priya, this is Dana Whitfield with Tidewater Freight. I’m calling because we benchmarked 60 distributors, and the ones that re-bid LTL lanes quarterly cut freight cost 11%. That would let your team lock lower rates before your Q3 contract. Could we take 20 minutes Thursday at 10 for a briefing on what we found?';

function slots(text: string, subject?: string): string[] {
  const result = checkOpener({ text, ...(subject !== undefined ? { subject } : {}) });
  return result.findings
    .filter((f) => f.ruleId === 'placeholder.unfilled')
    .map((f) => (f.field === 'subject' ? (subject ?? '') : text).slice(f.start, f.end));
}

describe('unfilled placeholders', () => {
  it('hold the opener back (never ready), with one finding on each slot in every template syntax', () => {
    for (const slot of [
      '{firstName}',
      '{{first_name}}',
      '{{ first name }}',
      '[First Name]',
      '<first name>',
      '%FIRSTNAME%',
    ]) {
      const text = READY.replace('Priya', slot);
      const result = checkOpener({ text });
      expect(slots(text), slot).toEqual([slot]);
      expect(result.verdict, slot).toBe('needs_work');
    }
  });

  it('are found in an email signature too: "-- {{Your Name}}" is a slot the rep forgot to fill', () => {
    // The label rule lets such a signature stand for the sender (the From line names them), so
    // the label may say One-Up: the email is not One-Down, but it is not ready either, because it
    // would go out with the braces in it.
    const text =
      'Subject: glove spend\n\nHi Ms. Ruiz,\n\nClinics in your group paid between 9 and 31 cents for the same glove last quarter.\n\nCould we take 20 minutes on Wednesday at 10?\n\n-- {{Your Name}}\nMedLine Purchasing';
    const result = checkOpener({ text, mode: 'email' });
    expect(slots(text)).toEqual(['{{Your Name}}']);
    expect(result.verdict).toBe('needs_work');
  });

  it('include the opener builder’s own prompts', () => {
    const text = READY.replace(
      'we benchmarked 60 distributors, and the ones that re-bid LTL lanes quarterly cut freight cost 11%',
      '(pick an insight on the left)',
    );
    expect(slots(text)).toEqual(['(pick an insight on the left)']);
    expect(checkOpener({ text }).verdict).not.toBe('ready');
  });

  it('are found in a subject kept apart from the body', () => {
    expect(slots('Hi Priya, …', 'Fuel surcharges at {company}')).toEqual(['{company}']);
  });

  it('keep a One-Down opener blocked: a slot never softens a real block', () => {
    const text =
      'Hi {firstName}, is now a good time? I’m just calling to touch base about our solutions.';
    expect(slots(text)).toEqual(['{firstName}']);
    expect(checkOpener({ text }).verdict).toBe('blocked');
  });

  it('tell the rep to fill them in', () => {
    const [finding] = checkOpener({ text: READY.replace('Priya', '{firstName}') }).findings;
    expect(finding?.message).toMatch(/fill this in before you dial/u);
  });

  it('leave ordinary brackets, percentages and asides alone', () => {
    for (const text of [
      READY,
      READY.replace('cut freight cost 11%', 'cut freight cost 11% (on average)'),
      READY.replace('Thursday at 10', 'Thursday at 10 (Eastern)'),
      'Costs rose 5% to 7% this year.',
    ])
      expect(slots(text), text).toEqual([]);
  });
});
