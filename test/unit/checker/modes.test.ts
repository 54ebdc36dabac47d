import { describe, expect, it } from 'vitest';
import { checkOpener } from '../../../src/shared/checker/index';
import { parseEvalSet } from '../../../src/shared/checker/eval';

const ruleIds = (result: ReturnType<typeof checkOpener>) => result.findings.map((f) => f.ruleId);

describe('voicemail mode', () => {
  const leaves =
    'Hi Sam, this is Dana Whitfield with Tidewater Freight. I’m calling because we benchmarked 60 distributors and found most overpay 12% on fuel surcharges, about $180,000 a year at your volume. I’ll email you the benchmark this afternoon, and my direct line is 312-555-0142.';

  it('takes a number or a promised email as the ask: a good voicemail is not told to ask for a meeting', () => {
    const result = checkOpener({ text: leaves, mode: 'voicemail' });
    expect(result.mode).toBe('voicemail');
    expect(result.components.ask.present).toBe(true);
    expect(ruleIds(result)).not.toContain('missing_ask.ask');
    expect(ruleIds(result)).not.toContain('missing_ask.callback');
    expect(ruleIds(result)).not.toContain('vague_ask.no_time');
    expect(result.verdict).not.toBe('blocked');
  });

  it('asks for a way back when the voicemail leaves none', () => {
    const noWayBack =
      'Hi Sam, this is Dana Whitfield with Tidewater Freight. I’m calling because we benchmarked 60 distributors and found most overpay 12% on fuel surcharges.';
    const result = checkOpener({
      text: noWayBack,
      mode: 'voicemail',
      context: { repName: 'Dana' },
    });
    const callback = result.findings.find((f) => f.ruleId === 'missing_ask.callback');
    expect(callback?.severity).toBe('warn');
    // Built from the rep's own name, not a fixed example.
    expect(callback?.suggestion).toContain('Dana');
    // The same text as a live call is told to ask for a meeting instead.
    expect(ruleIds(checkOpener({ text: noWayBack, mode: 'call' }))).not.toContain(
      'missing_ask.callback',
    );
  });

  it('still blocks a question about now: nobody on a voicemail can answer it', () => {
    const result = checkOpener({ text: `Is now a good time? ${leaves}`, mode: 'voicemail' });
    expect(result.verdict).toBe('blocked');
    expect(ruleIds(result)).toContain('permission.good_time');
  });

  it('is a mode the evaluation sets accept, and an unknown mode is refused by name', () => {
    const row = (mode: string) =>
      JSON.stringify({ id: 'v1', text: leaves, mode, label: 'one_up', tags: [] });
    expect(parseEvalSet(row('voicemail'))[0]?.mode).toBe('voicemail');
    expect(() => parseEvalSet(row('fax'))).toThrow(/mode/);
  });
});

describe('transactional context', () => {
  const reorder =
    'Hi Sam, this is Dana Whitfield with Tidewater Packaging. I’m calling about your monthly pallet order, which runs out next Friday. Are you ready to reorder the 40 pallets for delivery on Thursday?';

  it('takes an order or reorder close as the ask and asks for no insight', () => {
    const result = checkOpener({ text: reorder, context: { transactional: true } });
    expect(result.components.ask.present).toBe(true);
    expect(ruleIds(result)).not.toContain('missing_insight.insight');
    expect(ruleIds(result)).not.toContain('missing_ask.ask');
    expect(result.verdict).not.toBe('blocked');
  });

  it('without the flag, the same reorder call is asked for an insight', () => {
    expect(ruleIds(checkOpener({ text: reorder }))).toContain('missing_insight.insight');
  });
});
