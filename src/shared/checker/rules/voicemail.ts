import type { Analysis } from '../analysis';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD, dialectToSource } from '../patterns';
import type { StructuralRule } from '../rule-types';
import type { Span } from '../types';

/**
 * A voicemail cannot ask for a meeting the way a live call does: nobody is there to say yes. What
 * it leaves instead is the way back: a number or a time to call, or a promise to follow up by
 * email. In voicemail mode that "callback" is the ask (check.ts puts it in the checklist), and this
 * rule asks for one when it is missing. Written in the catalog's pattern dialect (patterns.ts).
 */
export const CALLBACK_PATTERNS: readonly string[] = [
  // A phone number: (312) 555 0142, +44 20 7946 0958, 312.555.0142, and a local 555-0142.
  String.raw`\+?\(?\d{2,4}\)?(?:[.-]| ?)\d{2,4}(?:[.-]| ?)\d{3,4}(?:(?:[.-]| ?)\d{2,4})?|\d{3}[.-]\d{4}`,
  // "…at" or "…on" and whatever follows: a number, a line, a day.
  '(?:call|ring|reach|text|get me|catch me) (?:me |us )?(?:back )?(?:at|on)',
  '(?:my|the) (?:direct |cell |mobile |office )?(?:number|line|extension|cell|mobile) (?:is|again)',
  "(?:i'll|i will|i'm going to|i am going to|i'll also) (?:follow (?:up|this up|that up) (?:by|with an?|in an?|over) (?:email|e-mail|note|message)|(?:send|email|e-mail|drop) (?:you )?(?:an? )?(?:email|e-mail|note|the (?:numbers|data|details|summary|benchmark|briefing|findings)))",
  "(?:i'll|i will) (?:try|call|ring) (?:you )?(?:again|back) (?:on|at|this|next|tomorrow|later|in the)",
  "(?:you'll|you will) (?:find|get|see) (?:an? |my )?(?:email|e-mail|note|message) (?:from me|in your inbox)",
];

const CALLBACK = new RegExp(
  CALLBACK_PATTERNS.map((p) => `${NOT_AFTER_WORD}(?:${dialectToSource(p)})${NOT_BEFORE_WORD}`).join(
    '|',
  ),
  'iu',
);

/** Where the voicemail leaves its way back (the first one), or null. */
export function findCallback(a: Analysis): Span | null {
  const body = a.scan.slice(a.bodyStart, a.bodyEnd);
  const match = CALLBACK.exec(body);
  if (!match) return null;
  const start = a.bodyStart + match.index;
  return { field: 'text', start, end: start + match[0].length };
}

export const VOICEMAIL_RULES: readonly StructuralRule[] = [
  {
    kind: 'structural',
    id: 'missing_ask.callback',
    category: 'missing_ask',
    severity: 'warn',
    modes: ['voicemail'],
    detect: (a) => {
      if (a.components.ask.present) return [];
      // Where the way back belongs: the end of the message.
      return [a.reading?.slots.ask ?? { field: 'text', start: a.bodyEnd, end: a.bodyEnd }];
    },
    message:
      'The voicemail leaves no way back (looked for a number, a time you will call again, or an email you will send).',
    why: 'A voicemail is heard by someone who cannot answer; without a number or a promised next step, the insight you left has nowhere to go.',
    suggestion:
      'End with your number and the next step: "I’ll send the numbers by email this afternoon; my direct line is …"',
    suggestFor: (a) => {
      const { repName } = a.context;
      return repName
        ? `End with the next step and your number: "I’ll email you the numbers this afternoon. Again, it’s ${repName}, and my direct line is …"`
        : null;
    },
    examples: [
      'Hi Sam, this is Dana with Tidewater. I’m calling because we benchmarked 60 distributors and most overpay 12% on fuel surcharges.',
    ],
    valid: [
      'Hi Sam, this is Dana with Tidewater. I’m calling because most distributors overpay 12% on fuel surcharges. I’ll send you the benchmark by email this afternoon.',
      'Hi Sam, this is Dana with Tidewater, about the 12% most distributors overpay on fuel surcharges. Call me back at 312-555-0142.',
      'Hi Sam, this is Dana with Tidewater, about the 12% most distributors overpay on fuel surcharges. Again, 555-0142.',
      'Hi Sam, this is Dana with Tidewater, about the 12% most distributors overpay on fuel surcharges. Please call us back on the main line.',
    ],
  },
];
