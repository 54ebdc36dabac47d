import { describe, expect, it } from 'vitest';
import {
  formatAgreement,
  labelAgreement,
  parseLabelledTexts,
  verdictFollowsLabel,
} from '../../../src/shared/checker/label-agreement';

describe('verdicts against the labelling rule', () => {
  it('a One-Up opener may be anything but blocked, a mixed one anything but ready, a One-Down one only blocked', () => {
    expect(verdictFollowsLabel('one_up', 'ready')).toBe(true);
    expect(verdictFollowsLabel('one_up', 'needs_work')).toBe(true);
    expect(verdictFollowsLabel('one_up', 'blocked')).toBe(false);
    expect(verdictFollowsLabel('mixed', 'ready')).toBe(false);
    expect(verdictFollowsLabel('mixed', 'needs_work')).toBe(true);
    expect(verdictFollowsLabel('mixed', 'blocked')).toBe(true);
    expect(verdictFollowsLabel('one_down', 'needs_work')).toBe(false);
    expect(verdictFollowsLabel('one_down', 'blocked')).toBe(true);
  });

  it('counts a blocked opener labelled One-Up as a disagreement and names it', () => {
    const report = labelAgreement([
      { id: 'a', label: 'one_up', text: 'Hi, is now a good time? Do you have a minute?' },
      { id: 'b', label: 'one_down', text: 'Hi, is now a good time? Do you have a minute?' },
    ]);
    const oneUp = report.labels.find((row) => row.label === 'one_up')!;
    const oneDown = report.labels.find((row) => row.label === 'one_down')!;
    expect(oneUp.byVerdict.blocked).toBe(1);
    expect(oneUp.disagreeing).toEqual([{ id: 'a', verdict: 'blocked' }]);
    expect(oneDown.agreeing).toBe(1);
    expect(report).toMatchObject({ total: 2, agreeing: 1 });
    expect(formatAgreement([{ name: 'blind', report }], true)).toContain('a (one_up): blocked');
  });

  it('refuses a line that is not a labelled opener, naming the line', () => {
    expect(() => parseLabelledTexts('{"id":"x","text":"t","label":"one_up"}\n{"id":"y"}')).toThrow(
      /line 2/,
    );
    expect(() => parseLabelledTexts('{"id":"x","text":"t","label":"great"}')).toThrow(/line 1/);
  });
});
