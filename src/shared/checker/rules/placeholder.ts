import type { StructuralRule } from '../rule-types';

/**
 * A template slot left in the opener (`{firstName}`, `[Company]`, `<day>`, `%NAME%`, the builder's
 * "(pick an insight on the left)") would be read out to the prospect as it stands. That is never
 * what the rep means, so the opener is never ready while one is left, one finding on each slot,
 * and Dial refuses it outright: no reason lets a slot through (calls/service.ts `dial`, the plan's
 * DialDialog). The verdict is "needs work", not "blocked": a slot says nothing about the opener's
 * craft, and the labelling rule counts it as given (a `-- {{Your Name}}` signature names the
 * sender), so a One-Up template is not called One-Down for a blank the rep still has to fill.
 */
export const PLACEHOLDER_RULES: readonly StructuralRule[] = [
  {
    kind: 'structural',
    id: 'placeholder.unfilled',
    category: 'placeholder',
    severity: 'warn',
    detect: (a) => a.placeholders,
    message: 'Unfilled placeholder: fill this in before you dial.',
    why: 'The prospect would hear the template itself ("curly brace first name"), and the first thing they learn about you is that the call is a mail merge.',
    suggestion:
      'Replace the slot with the real words (the prospect’s name, your company, the insight), or delete it.',
    examples: [
      'Hi {firstName}, this is Dana with Tidewater.',
      'Hi [First Name], this is Dana with Tidewater.',
      'Could we meet on <day> at 10?',
      'I’m calling because (pick an insight on the left).',
    ],
  },
];
