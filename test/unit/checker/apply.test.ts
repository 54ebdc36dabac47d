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
    const fixed = fix("I'm calling to touch base about freight.", 'weak_value.touch_base');
    expect(
      checkOpener({ text: fixed }).findings.some((f) => f.ruleId === 'weak_value.touch_base'),
    ).toBe(false);
  });
});
