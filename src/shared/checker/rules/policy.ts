import { sentenceAt, type Analysis } from '../analysis';
import type { Category, Finding } from '../types';

/**
 * Verdict-policy blocks that need two independent findings to agree (the calibration in
 * docs/checker-rules.md, measured with `npm run eval:checker -- --rules`). A finding of the
 * category warns on its own and blocks, saying why, when the test holds.
 *
 * A weak offer (a demo, a product tour, "learn about us") is One-Down by the label rule, but one
 * weak-value phrase alone is not sure enough to stop a dial. Next to talk about us (a self-focus
 * finding, or a sentence the reader reads as describing our company) it is: the meeting offered
 * is a pitch, whatever insight came before it. Nor is it with no insight and no outcome found
 * anywhere ("circling back on my last notes, did you get a chance to look?"): the weak offer is
 * then the whole opener. On the dev sets neither ever fell on a One-Up opener. It is judged over
 * every finding, since a check-in or an offer to tell about us is read by role as well.
 *
 * Talk about us in two sentences or more is a pitch, whatever else the opener holds: the method's
 * "our company and our solutions" sign, said twice. One sentence about us next to a real insight
 * stays a warning (the label rule reads it as mixed, and a one-clause proof point is no pitch at
 * all). On the dev sets no One-Up opener had self-focus in two sentences; it is judged over every
 * finding, the parts' included, since talk about us is read by phrase and by role.
 */
export interface CorroboratedBlock {
  test: (analysis: Analysis, findings: readonly Finding[]) => boolean;
  because: string;
  /**
   * What the test reads: the phrase findings, before the parts are read (the default), or every
   * finding, once the parts' rules have run.
   */
  over?: 'phrases' | 'all';
}

function talksAboutUs(a: Analysis, findings: readonly Finding[]): boolean {
  return (
    findings.some((f) => f.category === 'self_focus' && f.severity !== 'info') ||
    a.reading?.language.selfPitch != null
  );
}

/** Self-focus findings that warn, in two sentences or more. */
function pitchesInTwoSentences(a: Analysis, findings: readonly Finding[]): boolean {
  const sentences = new Set<number>();
  for (const f of findings)
    if (f.category === 'self_focus' && f.severity === 'warn' && f.field === 'text')
      sentences.add(sentenceAt(a, f.start));
  return sentences.size >= 2;
}

export const CORROBORATED_BLOCKS: Partial<Record<Category, CorroboratedBlock>> = {
  weak_value: {
    test: (a, findings) =>
      talksAboutUs(a, findings) || (!a.components.insight.present && !a.components.benefit.present),
    because:
      'The weak offer is all there is: next to talk about us it makes the meeting a pitch, and with no insight or outcome beside it the prospect is asked to trade time for nothing of theirs.',
    over: 'all',
  },
  self_focus: {
    test: pitchesInTwoSentences,
    because:
      'Two sentences or more are about us: the opener has become a pitch, and the prospect hears our story instead of something about their world.',
    over: 'all',
  },
};

/** Valid and invalid openers for the corroborated blocks, checked by test/unit/checker/calibrated-blocks.test.ts. */
export const CORROBORATED_EXAMPLES: Partial<
  Record<Category, { blocks: readonly string[]; warns: readonly string[] }>
> = {
  weak_value: {
    blocks: [
      'Hi Rosa, Dev Patel from Quarry Cloud. Our platform is the leading scheduling tool for aggregates. Can I show you a 20-minute demo on Thursday at 10?',
      'Hi Rosa, Dev Patel from Quarry Cloud. Quarries your size lose a day a month to scheduling gaps. We built an app that fixes that; could I give you a quick tour of our dashboard on Thursday at 10?',
      // nothing for the contact beside it
      'Hi Rosa, Dev Patel from Quarry Cloud here. Just circling back on my last few notes. Did you get a chance to look at what I sent?',
    ],
    warns: [
      // a weak offer with no talk about us
      'Hi Rosa, Dev Patel from Quarry Cloud. Quarries your size lose a day a month to scheduling gaps. Could I show you a 20-minute demo on Thursday at 10 using your own schedule?',
    ],
  },
  self_focus: {
    blocks: [
      'Hi Rosa, Dev Patel from Quarry Cloud. Quarries your size lose a day a month to scheduling gaps. Our platform is the leading scheduling tool for aggregates. We specialise in dispatch software for quarries and pits. Could we meet Thursday at 10 for 20 minutes?',
    ],
    warns: [
      // one sentence about us beside a finding about theirs
      'Hi Rosa, Dev Patel from Quarry Cloud. Quarries your size lose a day a month to scheduling gaps. Our platform is the leading scheduling tool for aggregates. Could we meet Thursday at 10 for 20 minutes to go through where your days go?',
    ],
  },
};
