import type { Analysis } from '../analysis';
import { applyReplacement } from '../apply';
import { sentenceAt } from '../analysis';
import type { PhraseMatch } from '../rule-types';

/**
 * Pieces of a suggestion taken from the rep's own opener and context (their name and company, the
 * plan's insights, the prospect), so a rewrite speaks about what this rep sells to this prospect.
 * Each returns null when the piece is not known; the rule then falls back to its plain advice.
 */

/** "This is Dana Whitfield with Tidewater Freight", when both are on record. */
export function repIntro(a: Analysis): string | null {
  const name = a.context.repName?.trim();
  const company = a.context.repCompany?.trim();
  return name && company ? `This is ${name} with ${company}` : null;
}

/** The first insight linked to the plan, as the rep wrote it, without a closing full stop. */
export function planInsight(a: Analysis): string | null {
  const headline = a.context.insights?.[0]?.headline.trim().replace(/[.!]+$/u, '');
  return headline ? headline : null;
}

/** The prospect's first name. */
export function prospectFirstName(a: Analysis): string | null {
  return a.context.prospectName?.trim().split(/\s+/u)[0] || null;
}

/** Lower-cases the first letter, so a headline reads inside a sentence ("Most distributors…"). */
function inSentence(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "I’m calling because most distributors overpay 12% on fuel surcharges." from the plan. */
export function reasonFromInsight(a: Analysis): string | null {
  const insight = planInsight(a);
  return insight ? `I’m calling because ${inSentence(insight)}.` : null;
}

/**
 * The sale owned and made worth the time, from the plan's insight: "I’m calling to offer you a
 * 20-minute briefing on <insight> — useful whether or not you ever buy from us." Null without one:
 * the fixed advice then claims no research the rep may not have.
 */
export function ownedOffer(a: Analysis): string | null {
  const insight = planInsight(a);
  return insight
    ? `Own it and make the trade worth it: "I’m calling to offer you a 20-minute briefing on ${inSentence(insight)} — useful whether or not you ever buy from us."`
    : null;
}

/** The intro and the reason built from the plan, or whichever of the two is known. */
export function introAndReason(a: Analysis): string | null {
  const intro = repIntro(a);
  const reason = reasonFromInsight(a);
  if (intro && reason) return `${intro}. ${reason}`;
  return intro ? `${intro}. I’m calling because …` : reason;
}

/** Longer sentences are not quoted back: the advice would be a paragraph (and, on a text with no
 * full stops, quoting the one sentence for every match would take time growing with its square). */
const QUOTABLE_WORDS = 40;

/**
 * The rep's own sentence with the matched words taken out (tidied as a one-click fix is), or null
 * when too little would be left to read as a sentence, or too much to quote.
 */
export function sentenceWithout(a: Analysis, match: PhraseMatch): string | null {
  return sentenceWith(a, match, '');
}

/** The rep's own sentence with the matched words replaced by `replacement`; null as above. */
export function sentenceWith(a: Analysis, match: PhraseMatch, replacement: string): string | null {
  const index = sentenceAt(a, match.start);
  const sentence = a.sentences[index];
  if (!sentence || match.end > sentence.end || sentence.wordCount > QUOTABLE_WORDS) return null;
  const text = a.scan.slice(sentence.start, sentence.end);
  const start = match.start - sentence.start;
  const rest = applyReplacement(text, start, match.end - sentence.start, replacement)
    .replace(/^[\s,;:—–-]+/u, '')
    .trim();
  if (rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 3) return null;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
