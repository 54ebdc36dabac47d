import { describe, expect, it } from 'vitest';
import { applyReplacement, checkOpener } from '../../../src/shared/checker';

const fix = (text: string, ruleId: string) => {
  const finding = checkOpener({ text }).findings.find((f) => f.ruleId === ruleId);
  if (!finding || finding.replacement === undefined)
    throw new Error(`no replacement for ${ruleId}`);
  return applyReplacement(text, finding.start, finding.end, finding.replacement);
};

describe('one-click fixes', () => {
  it('drops a minimising "just" and keeps the sentence', () => {
    expect(fix('Hi Dana, I just wanted to share what we found.', 'hedging.just')).toBe(
      'Hi Dana, I wanted to share what we found.',
    );
  });

  it('removes a whole hedge sentence without leaving stray punctuation or spaces', () => {
    expect(fix("Hi Dana. I'll be quick. This is Sam with Freightwise.", 'hedging.be_quick')).toBe(
      'Hi Dana. This is Sam with Freightwise.',
    );
  });

  it('swaps jargon for the plain word', () => {
    expect(fix('We can help you leverage your carrier data.', 'jargon.leverage')).toBe(
      'We can help you use your carrier data.',
    );
  });

  it('after a fix the finding is gone', () => {
    const fixed = fix("I'm just calling about freight.", 'hedging.just');
    expect(checkOpener({ text: fixed }).findings.some((f) => f.ruleId === 'hedging.just')).toBe(
      false,
    );
  });

  it('offers no one-click fix that would claim research the rep may not have', () => {
    // "touch base" → "share what we found" wrote ungrammatical text and invented a finding.
    for (const text of ["I'm calling to touch base about freight.", 'I’d love to pick your brain.'])
      expect(checkOpener({ text }).findings.every((f) => f.replacement === undefined)).toBe(true);
  });
});
