/**
 * The small regex dialect the rule catalog is written in, so that rules stay readable as data:
 * a space stands for any run of whitespace (line breaks and non-breaking spaces included) and an
 * apostrophe stands for either the typed or the typographic one; " ?" is optional whitespace.
 */

/** Not after / not before a letter, digit or combining mark of any script (accents, right-to-left names). */
export const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}\p{M}_])`;
export const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{N}\p{M}_])`;

/**
 * A day of the week, written out or cut short as reps write it in a calendar line ("Tue 10am",
 * "Thurs at 2"). Plain regex for a case-insensitive pattern; the short forms are whole words.
 */
export const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)(?![\p{L}]))`;

/** The months, capitalised as written; a case-insensitive pattern reads them in any case. */
export const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * A day said as recent, as a prospect can check it ("this morning", "yesterday", "on Tuesday",
 * "last Thu"). Plain regex for a case-insensitive pattern.
 */
export const RECENT_DAY = String.raw`(?:this morning|this afternoon|yesterday|earlier today|on ${WEEKDAY}|last ${WEEKDAY})`;

/**
 * The words that put a sum on our own offer ("from £350", "starting at $49/month", "I can fix this
 * for £500", "for just $99", "price: $300"): a price says what we charge, not a fact about the
 * prospect's world, so neither the insight cues, nor the reader's numbers, nor the figures that
 * keep "nothing for the contact" from blocking count it. Plain regex; a space is one space.
 */
export const OWN_PRICE_LEAD = String.raw`(?:from|starting at|starts at|priced at|(?:this|that|it|you) for|for just|for only|for a flat|for flat|only|usually|cost:?|costs just|price:?)`;

/**
 * A price by the month, year, seat or user ("$20 a month", "Standard is $19/month", "It's
 * €29/month, cancel anytime"): what we charge for a subscription, unless someone in the sentence
 * pays, spends, loses or saves it ("clinics your size lose $4,000 a month to no-shows").
 */
const PER_PERIOD_PRICE =
  /^[$€£]\s?\d[\d,.]*k?\s?(?:\/\s?|(?:an?|per) )(?:mo|month|yr|year|seat|user|licen[cs]e|location)(?![\p{L}])/iu;
const SPENT_BY_SOMEONE =
  /(?<![\p{L}])(?:pay|pays|paying|paid|spend|spends|spending|spent|lose|loses|losing|lost|waste|wastes|wasting|wasted|overpay|overpays|overpaying|overpaid|save|saves|saving|saved|bill|bills|billed|charges? (?:you|them)|costs? (?:you|them|your|their))(?![\p{L}])/iu;

/** How far a price and its period reach: "$1,250.00 per location" fits with room to spare. */
const PRICE_REACH = 48;

/**
 * Whether the sum at `at` in `text` is our own price by the period (see PER_PERIOD_PRICE);
 * `sentence` is where a payer would be named.
 */
export function periodPriceAt(text: string, at: number, sentence = text): boolean {
  // The slice stays that short, so a long text with many sums is not copied again for each.
  return (
    /[$€£]/u.test(text.charAt(at)) &&
    PER_PERIOD_PRICE.test(text.slice(at, at + PRICE_REACH)) &&
    !SPENT_BY_SOMEONE.test(sentence)
  );
}

export function dialectToSource(pattern: string): string {
  if (/\[[^\]]*[ ']/.test(pattern)) {
    // A space or apostrophe inside a character class would be rewritten into nonsense.
    throw new Error(`pattern has a space or apostrophe inside [...]: ${pattern}`);
  }
  return pattern
    .replace(/'/g, "['’]")
    .replace(/ \?(?![:=!<])/g, String.raw`\s*`)
    .replace(/ /g, String.raw`\s+`);
}

/**
 * Whether a regex source has a capturing group: "(" that is not escaped, not inside a character
 * class and not followed by "?" (or followed by "?<name>"). Read from the text rather than by
 * compiling a probe regex: the scanner checks every pattern when it compiles, and a probe per
 * pattern was a quarter of a cold checker's first check.
 */
export function hasCapturingGroup(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') {
      if (source[i + 1] !== '?') return true;
      if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') return true;
    }
  }
  return false;
}

/** One rule's pattern as a standalone, whole-word regex (used by tests and the floor benchmark). */
export function wholeWordRegExp(pattern: string, flags = 'giu'): RegExp {
  return new RegExp(`${NOT_AFTER_WORD}(?:${dialectToSource(pattern)})${NOT_BEFORE_WORD}`, flags);
}

/**
 * A word character of a case-insensitive Unicode regex (flags `iu`): \w, plus ſ and the Kelvin
 * sign, which case-fold into it. This is the set `\b` looks at under those flags.
 */
const IU_WORD_CHAR = String.raw`[\w\u017F\u212A]`;

/**
 * The same regex source with each `\b` that opens a word written as "no word character before".
 * V8 runs `\b` slowly under the flags `iu` (it stops looking ahead for the literal words that
 * follow and tries every position in full): a reader feature such as ORDER_ASK took 2.7 µs per
 * clause, 0.3 µs rewritten. Where whatever follows the `\b` must begin with a word character, a
 * boundary there is exactly "the character before is no word character", so the match is the
 * same; every other `\b` (at a word's end, or before something that may start otherwise) is kept.
 * Only for sources compiled with the flags `iu`.
 */
export function withFastWordStarts(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end);
      i = end - 1;
    } else if (c === '\\') {
      if (source[i + 1] === 'b' && startsWithWordChar(source, i + 2)) out += `(?<!${IU_WORD_CHAR})`;
      else out += source.slice(i, i + 2);
      i++;
    } else out += c;
  }
  return out;
}

/** Whether every match of the pattern from `at` to the end of its alternative starts with a word character. */
function startsWithWordChar(source: string, at: number): boolean {
  let i = at;
  while (i < source.length) {
    const c = source[i] ?? '';
    let starts: boolean;
    let end: number;
    if (/[A-Za-z0-9_]/.test(c)) {
      starts = true;
      end = i + 1;
    } else if (c === '\\') {
      starts = source[i + 1] === 'd' || source[i + 1] === 'w';
      end = i + 2;
    } else if (source.startsWith('(?:', i)) {
      end = groupEnd(source, i);
      starts =
        end !== -1 &&
        alternativesOf(source, i + 3, end - 1).every((a) => startsWithWordChar(source, a));
    } else return false; // a class, a lookaround, a capturing group, an anchor, `.`, `|`, `)`…
    if (!starts) return false;
    const optional = /^(?:\?|\*|\{0[,}])/.exec(source.slice(end));
    if (!optional) return true;
    // An optional word may be left out: then what follows it must start with a word character.
    i = end + optional[0].length;
    if (source[i] === '?') i++;
  }
  return false;
}

/** The index just past the class that opens at `at`. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The index just past the group that opens at `at`, or -1. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Where each top-level alternative between `from` and `to` (a group's body) starts. */
function alternativesOf(source: string, from: number, to: number): number[] {
  const starts = [from];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) starts.push(i + 1);
  }
  return starts;
}

/** `regex` with withFastWordStarts applied when its flags include `i` and `u`; the same matches. */
export function fastWordStarts(regex: RegExp): RegExp {
  if (!regex.flags.includes('i') || !regex.flags.includes('u')) return regex;
  return new RegExp(withFastWordStarts(regex.source), regex.flags);
}

/** A title before a person's name ("Mr. Osei", "Dr Lim"): whoever follows it is no company. */
export const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|sir|madam|mister)(?![\p{L}])/iu;
