import type { Analysis } from '../analysis';
import { bodySpan } from '../analysis';
import { EVIDENCE } from '../evidence';
import type { StructuralRule } from '../rule-types';
import type { ComponentName, Span } from '../types';

/**
 * The five parts of a One-Up opener. A missing part is flagged over the whole body, since there is
 * no single word to point at. In a call every part is required (the insight only when the plan is
 * not transactional); in an email the From line identifies the rep, and reason and benefit are
 * advice rather than gates.
 */
function missing(component: ComponentName): (a: Analysis) => Span[] {
  return (a) => (a.components[component].present ? [] : [bodySpan(a)]);
}

export const COMPONENT_RULES: readonly StructuralRule[] = [
  {
    kind: 'structural',
    id: 'missing_identity.identity',
    category: 'missing_identity',
    severity: 'block',
    emailSeverity: 'off',
    detect: missing('identity'),
    message: 'Does not say who you are and where you are from.',
    why: 'A prospect who cannot place the caller assumes the worst; a One-Up rep gives name and company in the first breath, as a peer would.',
    evidence: EVIDENCE.method,
    suggestion: 'Start with "This is Dana Reyes with Tidewater Freight."',
    examples: [
      'Hi Sam, we benchmarked 60 distributors. Could we meet Thursday at 10 for 20 minutes?',
    ],
  },
  {
    kind: 'structural',
    id: 'missing_reason.reason',
    category: 'missing_reason',
    severity: 'block',
    emailSeverity: 'warn',
    detect: missing('reason'),
    message: 'Does not say why you are calling.',
    why: 'Until the prospect knows why you called, they are busy working out how to end the call; saying the reason up front earns the next thirty seconds.',
    evidence: EVIDENCE.reasonDoubles,
    suggestion:
      'Say it right after your name: "I’m calling because we benchmarked 60 distributors and found…"',
    examples: ['This is Dana with Tidewater. Hope your week is going well.'],
  },
  {
    kind: 'structural',
    id: 'missing_insight.insight',
    category: 'missing_insight',
    severity: 'block',
    detect: (a) => (a.context.transactional ? [] : missing('insight')(a)),
    message: 'Offers no insight: nothing the prospect could not read on your website.',
    why: 'The insight is what you trade for the prospect’s time: a trend, a number or a risk learned across many clients. Without it, the meeting is worth nothing to them.',
    evidence: EVIDENCE.method,
    suggestion:
      'Add one thing you learned across clients, with a number: "Most distributors your size overpay 8–12% on fuel surcharges."',
    examples: ['This is Dana with Tidewater. I’m calling to introduce our company.'],
  },
  {
    kind: 'structural',
    id: 'missing_benefit.benefit',
    category: 'missing_benefit',
    severity: 'block',
    emailSeverity: 'warn',
    detect: missing('benefit'),
    message: 'Does not say what the prospect gets from the meeting.',
    why: 'The prospect trades time only for something worth more to them; say what they walk away with, even if they never buy.',
    evidence: EVIDENCE.method,
    suggestion:
      'Add the payoff: "…so you’ll know exactly where you stand against your peers, whether or not we work together."',
    examples: [
      'This is Dana with Tidewater. We benchmarked 60 distributors. Could we meet Thursday at 10?',
    ],
  },
  {
    kind: 'structural',
    id: 'missing_ask.ask',
    category: 'missing_ask',
    severity: 'block',
    detect: missing('ask'),
    message: 'Asks for nothing.',
    why: 'An opener that does not ask leaves the prospect to invent the next step, and they will choose "send me something". One clear ask is the point of the call.',
    evidence: EVIDENCE.method,
    suggestion:
      'End with one concrete ask: "Could we take 20 minutes Thursday at 10 for the briefing?"',
    examples: [
      'This is Dana with Tidewater. We benchmarked 60 distributors and found most overpay 12%.',
    ],
  },
  {
    kind: 'structural',
    id: 'vague_ask.no_time',
    category: 'vague_ask',
    severity: 'warn',
    detect: (a) => {
      if (!a.components.ask.present || a.asks.concrete || a.asks.onlyVague) return [];
      const span = a.components.ask.span;
      return span ? [span] : [];
    },
    message: 'The ask names no length, day or time.',
    why: 'A concrete proposal (what, how long, when) is easy to accept or to counter; an open-ended one is easy to put off.',
    evidence: EVIDENCE.method,
    suggestion: 'Name the slot: "20 minutes, Thursday at 10?"',
    examples: [
      'This is Dana with Tidewater. We found most distributors overpay 12%. Would you be open to a briefing?',
    ],
  },
];
