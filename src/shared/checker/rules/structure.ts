import type { Analysis } from '../analysis';
import { bodySpan, wordIndexAt } from '../analysis';
import { EVIDENCE } from '../evidence';
import type { StructuralRule } from '../rule-types';
import type { Span } from '../types';

/** Spoken seconds the method allows before the prospect has heard why the call is worth it. */
export const CALL_SECONDS_LIMIT = 30;
/** The reason should come within the first ~30 words (about 12 s at 150 wpm). */
export const REASON_WORD_LIMIT = 30;
export const LONG_SENTENCE_WORDS = 40;
/** I/we/our may outnumber you/your by this much before the opener reads as self-focused. */
const SELF_MARGIN = 2;
const SELF_MINIMUM = 4;

const SELF_WORD =
  /(?<![\p{L}\p{N}])(?:i|i['’]m|i['’]ve|i['’]d|we|we['’]re|we['’]ve|we['’]d|our|us|my|me)(?![\p{L}\p{N}])/giu;

/**
 * "We benchmarked 60 distributors", "I'm calling because", "could we take 20 minutes": I and we
 * that carry the insight, the reason or the ask are the One-Up parts of the opener, not talk
 * about the seller, so they do not count against the pronoun balance. They are counted inside
 * the cues the scan already found, so this costs no extra pass over the text.
 */
function neutralSelfWords(a: Analysis): number {
  let neutral = 0;
  for (const kind of ['insight', 'reason', 'request'] as const) {
    for (const cue of a.cues[kind]) {
      // Counting with test() finds the same matches as match() without building them.
      const slice = a.scan.slice(cue.start, cue.end);
      SELF_WORD.lastIndex = 0;
      while (SELF_WORD.test(slice)) neutral++;
    }
  }
  return neutral;
}

function wordsSpan(a: Analysis, fromWord: number, toWord: number): Span {
  return {
    field: 'text',
    start: a.wordStarts[fromWord] ?? a.bodyStart,
    end: a.wordEnds[toWord] ?? a.bodyEnd,
  };
}

export const STRUCTURE_RULES: readonly StructuralRule[] = [
  {
    kind: 'structural',
    id: 'style.pronoun_balance',
    // Style advice, not a self_focus finding: the written rule calls an opener self-focused when a
    // sentence mainly describes our company or product, and counts neither a company named to say
    // who calls nor "we" that introduces research ("we surveyed 40 plants…"). A pronoun count
    // cannot tell those apart, so it never blocks, does not count as self_focus and does not taint
    // the benefit the way a company description does.
    category: 'style',
    severity: 'info',
    detect: (a) => {
      // Discounting neutral pronouns can only lower the count: when the raw count passes,
      // there is nothing to discount (this runs on every keystroke).
      if (a.iWeOur < SELF_MINIMUM || a.iWeOur - a.youYour < SELF_MARGIN) return [];
      const self = a.iWeOur - neutralSelfWords(a);
      return self >= SELF_MINIMUM && self - a.youYour >= SELF_MARGIN ? [bodySpan(a)] : [];
    },
    message: 'Says I/we/our more than you/your.',
    why: 'Count the pronouns and you know whom the opener is about; a One-Up opener is about the prospect’s business.',
    evidence: EVIDENCE.youPhrasing,
    suggestion: 'Rewrite "we offer…" sentences as "you…": what they will see, keep or avoid.',
    examples: [
      'I am calling because we built our platform and we think our team and I could show you what we do. We are proud of it.',
    ],
  },
  {
    kind: 'structural',
    id: 'self_focus.company_repeated',
    category: 'self_focus',
    severity: 'warn',
    detect: (a) => {
      const company = a.context.repCompany?.trim();
      if (!company) return [];
      const lowerCompany = company.toLowerCase();
      const body = a.scan.slice(a.bodyStart, a.bodyEnd).toLowerCase();
      const spans: Span[] = [];
      let at = body.indexOf(lowerCompany);
      let count = 0;
      while (at !== -1) {
        count++;
        // Naming the company once (or twice, in a sign-off) identifies you; the third time sells.
        if (count >= 3)
          spans.push({
            field: 'text',
            start: a.bodyStart + at,
            end: a.bodyStart + at + company.length,
          });
        at = body.indexOf(lowerCompany, at + lowerCompany.length);
      }
      return spans.slice(0, 1);
    },
    message: 'Names your company again and again.',
    why: 'Your company’s name identifies you once; after that, every mention is airtime about you rather than the prospect.',
    evidence: EVIDENCE.companyOverview,
    suggestion:
      'Keep the first mention, where you say who you are; replace the others with what the prospect gets.',
    examples: [],
  },
  {
    kind: 'structural',
    id: 'length.too_long',
    category: 'length',
    severity: 'warn',
    modes: ['call', 'voicemail'],
    detect: (a) => {
      const limitWords = Math.floor((a.wpm * CALL_SECONDS_LIMIT) / 60);
      return a.wordCount > limitWords ? [wordsSpan(a, limitWords, a.wordCount - 1)] : [];
    },
    message: 'Runs past 30 seconds at your pace.',
    why: 'The opener has about thirty seconds to earn the conversation; the words past that point are spoken to someone deciding how to hang up.',
    evidence: EVIDENCE.speakingPace,
    suggestion:
      'Cut to name, reason, one insight, the benefit and the ask — about 75 words at 150 wpm.',
    examples: [],
  },
  {
    kind: 'structural',
    id: 'length.reason_late',
    category: 'length',
    severity: 'warn',
    modes: ['call', 'voicemail'],
    detect: (a) => {
      const reason = a.cues.reason[0];
      if (!reason) return [];
      return wordIndexAt(a, reason.start) > REASON_WORD_LIMIT
        ? [{ field: 'text', start: reason.start, end: reason.end }]
        : [];
    },
    message: 'The reason for the call comes too late.',
    why: 'Until the prospect hears why you called, they are not listening to anything else; the reason belongs in the first sentence or two.',
    evidence: EVIDENCE.speakingPace,
    suggestion: 'Move "I’m calling because…" right after your name.',
    examples: [],
  },
  {
    kind: 'structural',
    id: 'length.long_sentence',
    category: 'length',
    severity: 'warn',
    detect: (a) => {
      const long = a.sentences.find((s) => s.wordCount > LONG_SENTENCE_WORDS);
      return long ? [{ field: 'text', start: long.start, end: long.end }] : [];
    },
    message: 'A sentence runs past 40 words.',
    why: 'Rambling sentences sound unprepared and bury the insight; a peer speaks in short, plain sentences.',
    suggestion: 'Split it: one idea per sentence.',
    examples: [],
  },
];
