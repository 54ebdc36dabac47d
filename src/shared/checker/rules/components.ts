import type { Analysis } from '../analysis';
import { bodySpan } from '../analysis';
import { EVIDENCE } from '../evidence';
import { OWN_PRICE_LEAD, periodPriceAt } from '../patterns';
import type { StructuralRule } from '../rule-types';
import { isOrderClose, type Reading } from '../reader';
import type { ComponentName, Finding, Span } from '../types';
import { planInsight } from './suggest';

/**
 * The five parts of a One-Up opener. A missing part warns, and points where the part belongs
 * (identity after the greeting, the reason after the identity, the value before the ask, the ask
 * at the end) rather than at the whole text. Detection by role is good but not certain, so a
 * missing part blocks only on evidence a rep would accept:
 *
 * - no ask at all: not even a question or a "sometime" that could be one;
 * - no value for the contact: no insight and no benefit, and the opener pitches us (self-focus or
 *   weak value) or states nothing about the prospect's world at all;
 * - two of identity, reason and ask missing (the labelling rule's structural One-Down).
 */
function missing(component: ComponentName, at: keyof Reading['slots']): (a: Analysis) => Span[] {
  return (a) => {
    if (a.components[component].present) return [];
    return [a.reading?.slots[at] ?? bodySpan(a)];
  };
}

/**
 * An opener that says none of who, why or what it asks for twice over is One-Down by the label
 * rule. An email counts too: its identity is read from the signature or a name in the text, and
 * the label rule tags an email with neither as no_identity.
 */
function twoOfThreeMissing(a: Analysis, findings: readonly Finding[]): boolean {
  const { identity, reason, ask } = a.components;
  const missingParts =
    (identity.present ? 0 : 1) +
    (reason.present || reasonLikely(a, findings) ? 0 : 1) +
    // "Let me know if you have questions" is no ask by the label rule (no_meeting_ask); a step
    // the prospect is told to take ("reply YES", "send me two dates") surely asks for something.
    ((ask.present || a.reading?.stepCandidate) && !a.asks.onlyVague ? 0 : 1);
  return missingParts >= 2;
}

/**
 * A reason the reader did not read as one, but which a second sign says is there: a statement
 * about the prospect's world (a claim about peers or a change) or a figure about it. The label
 * rule's no_reason is an opener that never says why this person is contacted.
 */
function reasonLikely(a: Analysis, findings: readonly Finding[]): boolean {
  return statesFigures(a, findings);
}

const TWO_OF_THREE =
  'Two of who you are, why you call and what you ask for are missing, so the prospect cannot tell what the call is.';

/** Talk about us: our company, a weak offer, buzzwords. With no insight, that is the whole pitch. */
const isSellerTalk = (f: Finding): boolean =>
  f.category === 'self_focus' || f.category === 'weak_value' || f.category === 'jargon';

/**
 * Findings about the form of the ask ("a quick chat", "a demo"), not about what the opener
 * offers: where the opener names an outcome for the contact, that outcome is the offer, and the
 * ask's wording alone is no proof that the pitch is about us. The finding still warns.
 */
const ASK_FORM = new Set(['weak_value.quick_chat', 'weak_value.demo']);

/**
 * The opener pitches us: talk about us, unless the only such talk is the ask's form and a benefit
 * stands. Talk about us is read by phrase (the findings so far) and by role (a sentence the reader
 * reads as describing us, "We build 30-minute response landing pages…", which becomes its own
 * finding only after the parts are read).
 */
function pitchesUs(a: Analysis, findings: readonly Finding[]): boolean {
  return (
    a.reading?.language.selfPitch != null ||
    findings.some(
      (f) => isSellerTalk(f) && !(ASK_FORM.has(f.ruleId) && a.components.benefit.present),
    )
  );
}

/** "Thursday at 10"-style slot the rep already wrote, else null. */
function writtenSlot(a: Analysis): string | null {
  const [first, ...rest] = a.cues.when;
  if (!first) return null;
  let end = first.end;
  // "Thursday" + " at " + "11" are two cues of one slot.
  for (const next of rest) {
    if (!/^\s*(?:at|,)?\s*$/u.test(a.scan.slice(end, next.start))) break;
    end = next.end;
  }
  const clock = /^\s+at\s+\d{1,2}(?::\d\d)?(?:\s?[ap]\.?m\.?)?(?![\p{L}\p{N}])/iu.exec(
    a.scan.slice(end),
  );
  if (clock) end += clock[0].length;
  return a.scan.slice(first.start, end);
}

/**
 * A figure about the prospect's world: a count, a length or an amount ("9 weeks lead time",
 * "downtime went from 9 days a year to 1", "$40k"), in a sentence that is neither who calls, nor
 * the ask, nor talk about us (a finding of self-focus, weak value or jargon), and not a clock time
 * or a phone number. A digit glued to a letter names something ("Q3", "H1", "B2B"); it counts
 * nothing. It is a second, independent sign of value that the reader may not have read
 * as an insight, so an opener with one is not blocked as "nothing for the contact".
 */
const FIGURE_ALL =
  /(?<![\d(+:-])(?:[$€£]\s?\d|(?<!\p{L})\d[\d,.]*\s*(?:%|percent\b|(?!(?:am|pm|a\.m|p\.m|o['’]clock|st|nd|rd|th|minutes?|mins?|hours?|hrs?|seconds?|secs?)\b)[\p{L}]+))/giu;
/** A sentence about us: "We are 100 people…", "Our team has 40 years…". */
const OPENS_ON_US = /^\W*(?:(?:and|so|but|now)\s+)?(?:we|we['’](?:re|ve)|our|us)\b/iu;
/** The part of a clause about us that is about them, or null. */
function aboutThem(clause: string): string | null {
  if (/\byour\b/iu.test(clause)) return clause;
  const theirs = /\b(?:their|they)\b/iu.exec(clause);
  return theirs ? clause.slice(theirs.index) : null;
}
/** A year ("founded in 2009 by…") or a date ("14 Oct") places an event; it measures nothing. */
const NOT_A_FACT =
  /^(?:(?:19|20)\d\d(?!\d)|\d{1,2}\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)/iu;
/** Our own price: "from £350", "for just $99" (see OWN_PRICE_LEAD). */
const OWN_PRICE_BEFORE = new RegExp(String.raw`\b${OWN_PRICE_LEAD}\s?\(?$`, 'iu');
const CLOCK_BEFORE = /\b(?:at|between|by|until|til|till|before|after|around)\s+$/iu;

function statesFigures(a: Analysis, findings: readonly Finding[]): boolean {
  // Who calls and what is asked are read out of their sentence, not the whole sentence skipped:
  // "…your neighbours on Maple St. We treated 3 homes on your block" may be read as one sentence.
  const parts = [a.components.identity.span, a.components.ask.span].filter(
    (s): s is Span => s !== null && s !== undefined,
  );
  const aboutUs: Span[] = findings.filter(isSellerTalk);
  const selfPitch = a.reading?.language.selfPitch;
  if (selfPitch) aboutUs.push(selfPitch);
  for (let index = 0; index < a.sentences.length; index++) {
    const sentence = a.sentences[index]!;
    // A question or a request proposes; it states nothing about their world.
    if (sentence.question || a.asks.requestSentences.includes(index)) continue;
    if (aboutUs.some((s) => s.start < sentence.end && sentence.start < s.end)) continue;
    let text = a.scan.slice(sentence.start, sentence.end);
    for (const part of parts) {
      const from = Math.max(part.start, sentence.start) - sentence.start;
      const to = Math.min(part.end, sentence.end) - sentence.start;
      if (from < to) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
    }
    for (const clause of text.split(/(?<=[.;!?])\s+|\s+[—–]\s+/u)) {
      // A clause about us counts only for the figure it gives about them: "we treated 3 homes on
      // your block", "…and their downtime fell from 9 days to 1", not "we've helped 500
      // companies grow their revenue".
      const about = OPENS_ON_US.test(clause) ? aboutThem(clause) : clause;
      if (about === null) continue;
      for (const match of about.matchAll(FIGURE_ALL)) {
        const before = about.slice(0, match.index);
        if (CLOCK_BEFORE.test(before) || NOT_A_FACT.test(match[0])) continue;
        if (/^[$€£]/u.test(match[0]) && OWN_PRICE_BEFORE.test(before)) continue;
        if (/^[$€£]/u.test(match[0]) && periodPriceAt(about, match.index)) continue;
        return true;
      }
    }
  }
  return false;
}

export const COMPONENT_RULES: readonly StructuralRule[] = [
  {
    kind: 'structural',
    id: 'missing_identity.identity',
    category: 'missing_identity',
    severity: 'warn',
    emailSeverity: 'warn',
    detect: missing('identity', 'identity'),
    blockWhen: { test: twoOfThreeMissing, because: TWO_OF_THREE },
    message:
      'Could not find who you are and where you are from (looked for a name and a company near the start).',
    why: 'A prospect who cannot place the caller assumes the worst; name and company in the first breath is how a peer opens.',
    suggestion: 'Right after the greeting, say your full name and your company.',
    suggestFor: (a) => {
      const { repName, repCompany } = a.context;
      return repName && repCompany
        ? `Right after the greeting, say "This is ${repName} with ${repCompany}."`
        : null;
    },
    examples: [
      'Hi Sam, we benchmarked 60 distributors. Could we meet Thursday at 10 for 20 minutes?',
    ],
  },
  {
    kind: 'structural',
    id: 'missing_reason.reason',
    category: 'missing_reason',
    severity: 'warn',
    detect: missing('reason', 'reason'),
    blockWhen: { test: twoOfThreeMissing, because: TWO_OF_THREE },
    message:
      'Could not find why you are calling (looked for "I’m calling because…", "the reason…", or an insight followed by an ask).',
    why: 'Until the prospect knows why you called, they are busy working out how to end the call; saying the reason up front earns the next thirty seconds.',
    evidence: EVIDENCE.reasonDoubles,
    suggestion: 'After your name, say in one clause why you are calling this person now.',
    suggestFor: (a) => {
      const insight = planInsight(a);
      return insight
        ? `After your name, say why you are calling now, e.g. "I’m calling because of what we found: ${insight}."`
        : null;
    },
    examples: ['This is Dana with Tidewater. Hope your week is going well.'],
  },
  {
    kind: 'structural',
    id: 'missing_insight.insight',
    category: 'missing_insight',
    severity: 'warn',
    detect: (a) => (a.context.transactional ? [] : missing('insight', 'value')(a)),
    blockWhen: {
      test: pitchesUs,
      because:
        'With no insight, what the opener offers is a pitch about us: the prospect is asked to trade time for our sales story.',
    },
    message:
      'Could not find an insight: a finding, pattern, change or risk about peers, the market or the prospect’s situation.',
    why: 'The insight is what you trade for the prospect’s time: something learned across many clients that they cannot read on a website.',
    evidence: EVIDENCE.methodInsight,
    suggestion:
      'Before the ask, add one thing you have seen across clients like them: what changed, who it hit, what the ones who did well did differently.',
    suggestFor: (a) => {
      const insight = planInsight(a);
      return insight
        ? `Before the ask, say the insight this plan is built on: "${insight}."`
        : null;
    },
    examples: ['This is Dana with Tidewater. I’m calling to introduce our company.'],
  },
  {
    kind: 'structural',
    id: 'missing_benefit.benefit',
    category: 'missing_benefit',
    severity: 'warn',
    detect: (a) =>
      a.context.transactional && a.components.ask.present ? [] : missing('benefit', 'value')(a),
    blockWhen: {
      test: (a, findings) =>
        !a.components.insight.present &&
        ((!a.reading?.claimCandidate && !statesFigures(a, findings)) ||
          twoOfThreeMissing(a, findings)),
      because:
        'Nothing in the opener is for the contact: no insight and no outcome, only talk about us or the call itself.',
    },
    message: 'Could not find what the prospect gets: no outcome, finding or insight for them.',
    why: 'The prospect trades time only for something worth more to them; say what they walk away with, even if they never buy.',
    evidence: EVIDENCE.methodBenefit,
    suggestion:
      'Say what the meeting leaves them with, in their terms: where they stand against peers, the risk they avoid, the number they can act on.',
    examples: [
      'This is Dana with Tidewater. I’d like to introduce our company. Could we meet Thursday at 10?',
    ],
  },
  {
    kind: 'structural',
    id: 'missing_ask.ask',
    category: 'missing_ask',
    severity: 'warn',
    // A voicemail asks for a way back instead (see voicemail.ts).
    modes: ['call', 'email'],
    // A vague ask ("sometime", "let me know") is no clear ask, but vague_ask already says so.
    detect: (a) => (a.asks.onlyVague ? [] : missing('ask', 'ask')(a)),
    blockWhen: {
      // A question the reader took for the ask but the checker did not ("How are you handling
      // staffing right now?") is still a question: not "no ask at all".
      test: (a, findings) =>
        (!a.reading?.askCandidate && !a.reading?.ask) || twoOfThreeMissing(a, findings),
      because: 'The opener asks for nothing at all, not even a question.',
    },
    message:
      'Could not find a clear ask (looked for a meeting or next step the prospect can say yes to).',
    why: 'An opener that does not ask leaves the prospect to invent the next step, and they will choose "send me something". One clear ask is the point of the call.',
    suggestion: 'End with one concrete ask: what, how long, and when.',
    suggestFor: (a) => {
      const slot = writtenSlot(a);
      const company = a.context.prospectCompany;
      const topic = planInsight(a)
        ? 'what we found'
        : company
          ? `what this means for ${company}`
          : null;
      if (!slot && !topic) return null;
      return `End with one concrete ask: "Could we take 20 minutes${slot ? ` on ${slot}` : ''}${topic ? ` for a briefing on ${topic}` : ''}?"`;
    },
    examples: [
      'This is Dana with Tidewater. We benchmarked 60 distributors and found most overpay 12%.',
    ],
  },
  {
    kind: 'structural',
    id: 'vague_ask.no_time',
    category: 'vague_ask',
    severity: 'warn',
    modes: ['call', 'email'],
    detect: (a) => {
      if (!a.components.ask.present || a.asks.concrete || a.asks.onlyVague) return [];
      const span = a.components.ask.span;
      if (span && isOrderClose(a.scan.slice(span.start, span.end))) return [];
      return span ? [span] : [];
    },
    message: 'The ask names no length, day or time.',
    why: 'A concrete proposal (what, how long, when) is easy to accept or to counter; an open-ended one is easy to put off.',
    evidence: EVIDENCE.methodConcreteMeeting,
    suggestion: 'Name the slot: "20 minutes, Thursday at 10?"',
    examples: [
      'This is Dana with Tidewater. We found most distributors overpay 12%. Would you be open to a briefing?',
    ],
  },
];
