// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOpener } from '../../src/shared/checker';
import { CheckerPanel } from '../../src/renderer/src/features/plans/CheckerPanel';

afterEach(cleanup);

const ONE_DOWN =
  "Hi Dana, is now a good time? I'm just calling to touch base about our solutions. We are the leading provider of freight software and we help companies like yours save time and money. I was wondering if maybe you'd have a few minutes sometime for a quick demo?";

describe('the checker panel', () => {
  it('lists each finding as one closed line that opens to say why, with each study quoted once', () => {
    const result = checkOpener({ text: ONE_DOWN });
    const facts = result.findings.flatMap((finding) =>
      finding.evidence ? [finding.evidence.fact] : [],
    );
    // The premise: several findings of this opener rest on the same study.
    expect(new Set(facts).size).toBeLessThan(facts.length);

    render(<CheckerPanel result={result} text={ONE_DOWN} />);
    const items = within(screen.getByRole('list', { name: 'Findings' })).getAllByRole('listitem');
    expect(items).toHaveLength(result.findings.length);
    for (const item of items) {
      const details = item.querySelector('details');
      // Compact: closed until the rep opens it (or the caret is in its words), its summary the line.
      expect(details?.open).toBe(false);
      expect(details?.querySelector('summary')?.textContent).not.toBe('');
      expect(within(item).getByText('Why:', { exact: false })).toBeTruthy();
    }
    for (const fact of new Set(facts)) {
      expect(screen.getAllByText(fact, { exact: false })).toHaveLength(1);
    }
  });

  it('on a finished call says it finished and how, and gives the verdict as it was at the dial, inviting no dial', () => {
    const opener =
      "Hi Dana, Sam Ortiz from Brightline Advisory. I'm calling because distributors your size who re-bid lanes quarterly paid 11% less last year. Worth 20 minutes Thursday at 10 to walk through the numbers?";
    const result = checkOpener({
      text: opener,
      context: { repName: 'Sam Ortiz', repCompany: 'Brightline Advisory', prospectName: 'Dana' },
    });
    expect(result.verdict).toBe('ready');
    render(<CheckerPanel result={result} text={opener} finished={{ outcome: 'Callback' }} />);
    const panel = screen.getByRole('region', { name: 'Opener check' });
    expect(within(panel).getByRole('note').textContent).toBe('Call finished · Callback');
    expect(within(panel).getByRole('status').textContent).toMatch(/^Ready when dialed/u);
    expect(panel.textContent).not.toMatch(/ready to dial|and dial/iu);
  });

  it('puts an unfilled slot first, in red, and says to fill it in, though the verdict is needs work', () => {
    const text =
      "Hi {firstName}, Sam Ortiz from Brightline Advisory. I'm calling because distributors your size who re-bid lanes quarterly paid 11% less last year. Worth 20 minutes Thursday at 10 to walk through the numbers?";
    const result = checkOpener({ text });
    expect(result.verdict).not.toBe('blocked');
    render(<CheckerPanel result={result} text={text} />);
    const verdict = screen.getAllByRole('status')[0]!;
    expect(verdict.textContent).toContain('Fill in the blank first');
    expect(verdict.className).toContain('verdict-blocked');
    const first = within(screen.getByRole('list', { name: 'Findings' })).getAllByRole(
      'listitem',
    )[0]!;
    expect(first.textContent).toContain('Fill in');
    expect(first.textContent).toContain('{firstName}');
  });

  it('quotes what runs past 30 seconds as where it starts, not as a bare word', () => {
    const text = `Hi Dana, Sam Ortiz from Brightline Advisory. ${'We looked at the lanes again. '.repeat(14)}Could we meet Thursday at 10, you?`;
    const result = checkOpener({ text });
    const long = result.findings.find((finding) => finding.ruleId === 'length.too_long');
    expect(long).toBeDefined();
    render(<CheckerPanel result={result} text={text} />);
    const item = within(screen.getByRole('list', { name: 'Findings' }))
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('Runs past 30 seconds'))!;
    expect(item.querySelector('.finding-quote')?.textContent).toMatch(/^From .+…$/u);
  });
});
