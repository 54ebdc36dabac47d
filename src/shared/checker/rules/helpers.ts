import type { Analysis } from '../analysis';
import { sentenceAt } from '../analysis';
import type { PhraseMatch } from '../rule-types';
import { fastWordStarts } from '../patterns';

/**
 * How far either side of a match `sentenceAround` looks: a long spoken sentence, and far more than
 * a rule needs. Without a limit, a text with no full stops is one sentence, and every match in it
 * would read all of it: time growing with the square of the text.
 */
export const SENTENCE_REACH = 300;

/** The sentence around a match (at most SENTENCE_REACH characters either side), or the match itself. */
export function sentenceAround(a: Analysis, match: PhraseMatch): string {
  const index = sentenceAt(a, match.start);
  const sentence = index === -1 ? undefined : a.sentences[index];
  return sentence
    ? a.scan.slice(
        Math.max(sentence.start, match.start - SENTENCE_REACH),
        Math.min(sentence.end, match.end + SENTENCE_REACH),
      )
    : a.scan.slice(match.start, match.end);
}

/** Where one clause of a sentence ends and the next begins: ", and we…", "; ", " — ". */
const CLAUSE_BREAK = /,\s*(?:and|but|so|while)\s|;\s*|\s[—–]\s/giu;

/**
 * The clause of its sentence that holds the match: "I see you have about 40 employees, and we
 * help companies like yours save time and money" gives the part after ", and".
 */
export function clauseAround(a: Analysis, match: PhraseMatch): string {
  const index = sentenceAt(a, match.start);
  const sentence = index === -1 ? undefined : a.sentences[index];
  if (!sentence) return a.scan.slice(match.start, match.end);
  let start = sentence.start;
  let end = sentence.end;
  const text = a.scan.slice(sentence.start, sentence.end);
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + found.index;
    if (at + found[0].length <= match.start) start = at + found[0].length;
    else if (at >= match.end) {
      end = at;
      break;
    }
  }
  return a.scan.slice(start, end);
}

/** Up to `length` characters after the match, within the body. */
export function textAfter(a: Analysis, match: PhraseMatch, length = 40): string {
  return a.scan.slice(match.end, Math.min(a.bodyEnd, match.end + length));
}

/** Up to `length` characters before the match, within the body. */
export function textBefore(a: Analysis, match: PhraseMatch, length = 40): string {
  return a.scan.slice(Math.max(a.bodyStart, match.start - length), match.start);
}

/** Whether a company name from the context covers the match ("Tidewater Solutions"). */
export function insideContextCompany(a: Analysis, match: PhraseMatch): boolean {
  for (const company of [a.context.repCompany, a.context.prospectCompany]) {
    if (!company) continue;
    const lower = company.toLowerCase();
    const windowStart = Math.max(a.bodyStart, match.end - lower.length);
    const window = a.scan
      .slice(windowStart, Math.min(a.bodyEnd, match.start + lower.length))
      .toLowerCase();
    if (window.includes(lower)) {
      const at = windowStart + window.indexOf(lower);
      if (at <= match.start && at + lower.length >= match.end) return true;
    }
  }
  return false;
}

/** Words that, right after a small amount of time, show it is a calendar request and not "now". */
export const CALENDAR_AFTER =
  /^[\s,]*(?:on|next|this|later|tomorrow|sometime|in the (?:coming|next)|(?:mon|tues|wednes|thurs|fri)day|to (?:walk|show|share|go over|review|compare))/iu;

export const HAS_FIGURE = fastWordStarts(
  /\d|%|\$|€|£|\b(?:half|double|twice|triple|third|quarter|fifth|tenth)\b/iu,
);
