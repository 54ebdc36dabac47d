import type { CueKind } from './cues';
import type { PhraseMatch } from './rule-types';
import type { Reading } from './reader';
import type { CheckContext, CheckInput, CheckMode, Components, Span, SpanField } from './types';

/**
 * Everything the rules look at, computed once per check: the text with template placeholders
 * masked, where the subject and body are, and one pass of word, sentence and pronoun counting.
 */
export interface Sentence {
  start: number;
  end: number;
  /** Index into `Analysis.wordStarts` of the sentence's first word. */
  firstWord: number;
  wordCount: number;
  question: boolean;
}

export interface SubjectLine {
  field: SpanField;
  /** The subject with placeholders masked; offsets index the string named by `field`. */
  scan: string;
  start: number;
  end: number;
}

export interface Analysis {
  mode: CheckMode;
  context: CheckContext;
  wpm: number;
  /** `input.text` with placeholders replaced by same-length dummy words, so offsets still hold. */
  scan: string;
  bodyStart: number;
  bodyEnd: number;
  /**
   * The body has no capital letter at all: a writer who uses none capitalises no name, no company
   * and no event either, so a reading that looks for capitals must do without them.
   */
  uncased: boolean;
  subject: SubjectLine | null;
  /** Unfilled template slots in the text and in a separate subject, each with what it says. */
  placeholders: Placeholder[];
  /**
   * Stretches of the body inside quotation marks, in order and apart: each from its opening mark
   * to its closing mark, or to its paragraph's end when it is never closed.
   */
  quotations: QuotedStretch[];
  /** Offsets of each body word (words are runs of letters, digits, marks, inner ' and -). */
  wordStarts: Int32Array;
  wordEnds: Int32Array;
  /** `tokenHash` of each word, 0 when it has none. */
  wordHashes: Int32Array;
  /** First two letters as c0·128 + c1, or c0 alone for a one-letter start, -1 for a digit, 0 otherwise. */
  wordPrefixes: Int32Array;
  wordCount: number;
  sentences: Sentence[];
  iWeOur: number;
  youYour: number;
  syllables: number;
  /** Component cues found by the scan, in text order. */
  cues: Record<CueKind, PhraseMatch[]>;
  /** Filled in by components.ts before the structural rules run. */
  components: Components;
  asks: AskDetails;
  /** The role reading of the opener, filled in by components.ts with the components. */
  reading: Reading | null;
}

export interface AskDetails {
  /** Sentence indexes that carry a meeting request, in order. */
  requestSentences: number[];
  /** Meeting proposals count once together; any other request counts on its own. */
  distinctAsks: number;
  /** The first ask names a length, a day or a clock time. */
  concrete: boolean;
  /** The ask comes only from vague wording ("let me know if you're interested"). */
  onlyVague: boolean;
}

const DEFAULT_WPM = 150;

export interface QuotedStretch {
  start: number;
  end: number;
}

/** An unfilled template slot: where it is, and the slot as written ("{{first_name}}"). */
export interface Placeholder extends Span {
  slot: string;
}

/**
 * `{firstName}`, `{{company}}`, `${FirstName}`, `[First Name]`, `<day>`, `%FIRSTNAME%` and the opener builder's own
 * prompts ("(pick an insight on the left)"): template slots are not words the rep wrote, so they
 * are masked as a neutral capitalised word of the same length ("Xxxxxx"). That keeps offsets intact
 * and still lets "this is {repName} with {company}" read as an identity; the placeholder rule then
 * blocks the opener until every slot is filled.
 */
const PLACEHOLDER_SOURCES = [
  String.raw`\$?\{\{?[ \t]*[\p{L}\p{N}_.\- ]{1,40}[ \t]*\}\}?`,
  String.raw`\[[\p{L}_][\p{L}\p{N}_ .-]{0,30}\]`,
  String.raw`<[\p{L}_][\p{L}\p{N}_ .-]{0,30}>`,
  String.raw`%[A-Z][A-Z_]{1,30}%`,
  // The builder's prompts: a parenthesised instruction to the rep, never words for the prospect.
  String.raw`\((?:pick|choose|add|insert|enter|type|write|say|name|describe|fill in)\b[^()\n]{0,80}\)`,
];
/**
 * Compiled once. replace() and matchAll() both read a global regex from the start of the text
 * and leave it as they found it (matchAll works on a copy), so sharing it is safe.
 */
const PLACEHOLDER = new RegExp(PLACEHOLDER_SOURCES.join('|'), 'giu');

export function maskPlaceholders(text: string): string {
  if (!/[{[<%(]/.test(text)) return text;
  return text.replace(PLACEHOLDER, (slot) => 'X' + 'x'.repeat(slot.length - 1));
}

/** Where the unfilled template slots are, in the string they were found in. */
export function findPlaceholders(text: string): { start: number; end: number; slot: string }[] {
  if (!/[{[<%(]/.test(text)) return [];
  const spans: { start: number; end: number; slot: string }[] = [];
  for (const match of text.matchAll(PLACEHOLDER))
    spans.push({ start: match.index, end: match.index + match[0].length, slot: match[0] });
  return spans;
}

const NO_WORDS = new Int32Array(0);

const SUBJECT_LINE = /^[ \t]*subject[ \t]*:[ \t]*([^\n]*)/i;

/**
 * An email pasted with its subject but not the word "Subject:": a first line that is a reply's or
 * a forward's subject ("Re: Google penalties on your site"), on a line of its own.
 */
const REPLY_SUBJECT_LINE = /^[ \t]*((?:re|fwd?|fw|aw|wg)[ \t]*:[^\n]{0,120})(?=\n)/i;

/** SUBJECT_LINE can only match when the first character after spaces and tabs is an s. */
function mayStartWithSubject(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return c === 115 || c === 83;
}

export function analyze(input: CheckInput): Analysis {
  const context = input.context ?? {};
  const scan = maskPlaceholders(input.text);
  let bodyStart = 0;
  let subject: SubjectLine | null = null;
  let embeddedSubject = false;

  const subjectLine = mayStartWithSubject(scan)
    ? SUBJECT_LINE.exec(scan)
    : input.mode === 'email'
      ? REPLY_SUBJECT_LINE.exec(scan)
      : null;
  if (subjectLine && input.mode !== 'call') {
    embeddedSubject = true;
    const value = subjectLine[1] ?? '';
    const valueStart = subjectLine[0].length - value.length;
    const trimmed = trimSpan(scan, valueStart, valueStart + value.length);
    subject = { field: 'text', scan, start: trimmed.start, end: trimmed.end };
    const newline = scan.indexOf('\n', subjectLine[0].length);
    bodyStart = newline === -1 ? scan.length : newline + 1;
  }
  if (input.subject !== undefined) {
    const subjectScan = maskPlaceholders(input.subject);
    const trimmed = trimSpan(subjectScan, 0, subjectScan.length);
    subject = { field: 'subject', scan: subjectScan, start: trimmed.start, end: trimmed.end };
  }
  const mode: CheckMode =
    input.mode ?? (embeddedSubject || input.subject !== undefined ? 'email' : 'call');
  const body = trimSpan(scan, bodyStart, scan.length);
  const wpm =
    typeof context.wpm === 'number' && Number.isFinite(context.wpm) && context.wpm > 0
      ? context.wpm
      : DEFAULT_WPM;

  const analysis: Analysis = {
    mode,
    context,
    wpm,
    scan,
    bodyStart: body.start,
    bodyEnd: body.end,
    uncased: !/\p{Lu}/u.test(scan.slice(body.start, body.end)),
    subject: mode === 'email' ? subject : null,
    placeholders: [
      ...(input.subject !== undefined
        ? findPlaceholders(input.subject).map((s): Placeholder => ({ field: 'subject', ...s }))
        : []),
      ...findPlaceholders(input.text).map((s): Placeholder => ({ field: 'text', ...s })),
    ],
    quotations: findQuotations(scan, body.start, body.end),
    wordStarts: NO_WORDS,
    wordEnds: NO_WORDS,
    wordHashes: NO_WORDS,
    wordPrefixes: NO_WORDS,
    wordCount: 0,
    sentences: [],
    iWeOur: 0,
    youYour: 0,
    syllables: 0,
    cues: {
      reason: [],
      insight: [],
      benefit: [],
      request: [],
      length: [],
      when: [],
      vagueRequest: [],
    },
    components: {
      identity: { present: false },
      reason: { present: false },
      insight: { present: false },
      benefit: { present: false },
      ask: { present: false },
    },
    asks: { requestSentences: [], distinctAsks: 0, concrete: false, onlyVague: false },
    reading: null,
  };
  tokenize(analysis);
  return analysis;
}

const QUOTE_OR_PARAGRAPH = /["“”]|\n\n/gu;

/**
 * One pass over the body's quotation marks. A straight mark opens or closes; curly marks count
 * opening against closing; a blank line ends the paragraph and whatever it left open.
 */
function findQuotations(scan: string, start: number, end: number): QuotedStretch[] {
  const stretches: QuotedStretch[] = [];
  const body = scan.slice(start, end);
  let straightOpen = false;
  let curlyDepth = 0;
  let openedAt = -1;
  for (const mark of body.matchAll(QUOTE_OR_PARAGRAPH)) {
    // A blank line ends the paragraph at its second line break.
    const at = start + mark.index + (mark[0] === '\n\n' ? 1 : 0);
    if (mark[0] === '"') straightOpen = !straightOpen;
    else if (mark[0] === '“') curlyDepth++;
    else if (mark[0] === '”') curlyDepth--;
    else {
      straightOpen = false;
      curlyDepth = 0;
    }
    const inside = straightOpen || curlyDepth > 0;
    if (inside && openedAt === -1) openedAt = at;
    else if (!inside && openedAt !== -1) {
      stretches.push({ start: openedAt, end: at });
      openedAt = -1;
    }
  }
  if (openedAt !== -1) stretches.push({ start: openedAt, end });
  return stretches;
}

/** Whether `offset` lies inside quotation marks opened before it (see `findQuotations`). */
export function insideQuotes(analysis: Analysis, offset: number): boolean {
  let low = 0;
  let high = analysis.quotations.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const stretch = analysis.quotations[middle]!;
    if (stretch.start >= offset) high = middle - 1;
    else if (stretch.end < offset) low = middle + 1;
    else return true;
  }
  return false;
}

export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export function bodySpan(analysis: Analysis): Span {
  return { field: 'text', start: analysis.bodyStart, end: analysis.bodyEnd };
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028;
}

// Character classes for the single tokenizing pass. ASCII is looked up in a table; anything else
// goes through a Unicode property test, which only names, accents and symbols ever reach.
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
ASCII_WORD[95] = 1;
const UNICODE_WORD = /^[\p{L}\p{N}\p{M}]$/u;
/** What the tokenizer's inner loop needs to know about an ASCII character, in one lookup. */
const NOT_WORD = 0;
const CONSONANT = 1;
const VOWEL = 2;
const UNDERSCORE = 3;
const NOT_ASCII = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (ASCII_WORD[c] !== 1) ASCII_CLASS[c] = NOT_WORD;
  else if (c === 95) ASCII_CLASS[c] = UNDERSCORE;
  else ASCII_CLASS[c] = 'aeiouyAEIOUY'.includes(String.fromCharCode(c)) ? VOWEL : CONSONANT;
}
const VOWELS = new Uint8Array(128);
for (const v of 'aeiouyAEIOUY') VOWELS[v.charCodeAt(0)] = 1;
const UNICODE_VOWEL = /^[àáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]$/iu;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) ?? c;
    return UNICODE_WORD.test(String.fromCodePoint(cp));
  }
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  // Bidi marks sit inside right-to-left names; they join the word rather than split it.
  if (c === 0x200e || c === 0x200f) return true;
  return UNICODE_WORD.test(text[i] ?? '');
}

/**
 * Words are recognised by a hash of the token as written in lowercase ASCII, digits, apostrophes
 * (either kind, as ') and hyphens, so the tokenizer never allocates a string per word. The scanner
 * files patterns under the same hash (see triggers.ts). 0 means "no usable hash" (non-ASCII
 * letters, or too long).
 */
export function tokenHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}
/** Tokens this long or longer are filed by their first two letters only. */
export const MAX_WORD_LENGTH = 16;
/**
 * I/we/our words (1) and you/your words (2), keyed by the hash the word scan already computes, so
 * counting pronouns needs no second pass over the text.
 */
const PRONOUN_KIND = new Map<number, 1 | 2>([
  ..."i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours ourselves"
    .split(' ')
    .map((word) => [tokenHash(word), 1] as const),
  ..."you you're you've you'd you'll your yours yourself yourselves"
    .split(' ')
    .map((word) => [tokenHash(word), 2] as const),
]);
const MAX_PRONOUN_LENGTH = 10;
const PRONOUN_INITIALS = new Uint8Array(128);
for (const initial of 'imouwy') PRONOUN_INITIALS[initial.charCodeAt(0)] = 1;
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'etc',
  'inc',
  'jr',
  'sr',
  'no',
  'e.g',
  'i.e',
  'approx',
]);

const ABBREVIATION_INITIALS = new Uint8Array(128);
for (const abbreviation of ABBREVIATIONS) ABBREVIATION_INITIALS[abbreviation.charCodeAt(0)] = 1;
const ABBREVIATION_LIST = [...ABBREVIATIONS];

/**
 * The word arrays of one check, grown by doubling as words are found. Each check owns its own,
 * so a check started while another is running (from inside a rule, or a second checker) cannot
 * overwrite the words the first one is reading.
 */
interface WordArrays {
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  hashes: Int32Array<ArrayBuffer>;
  prefixes: Int32Array<ArrayBuffer>;
}

function wordArrays(size: number): WordArrays {
  return {
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    hashes: new Int32Array(size),
    prefixes: new Int32Array(size),
  };
}

function grown(words: WordArrays, count: number): WordArrays {
  const bigger = wordArrays(words.starts.length * 2);
  bigger.starts.set(words.starts.subarray(0, count));
  bigger.ends.set(words.ends.subarray(0, count));
  bigger.hashes.set(words.hashes.subarray(0, count));
  bigger.prefixes.set(words.prefixes.subarray(0, count));
  return bigger;
}

/** Words an opener of about 150 words fits in without growing. */
const INITIAL_WORDS = 256;

/**
 * One left-to-right pass over the body: word offsets, syllables, pronoun counts and sentences.
 * Sentences end at . ! ? followed by space or the end, and at line breaks (emails are written in
 * lines; a greeting line is a sentence of its own).
 */
function tokenize(a: Analysis): void {
  const text = a.scan;
  const end = a.bodyEnd;
  let words = wordArrays(INITIAL_WORDS);
  let { starts, ends, hashes, prefixes } = words;
  let count = 0;
  let syllables = 0;
  let sentenceStart = -1;
  let sentenceFirstWord = 0;

  // No closures over these counters: captured variables live in a heap context, and this loop
  // touches them for every character.
  let i = a.bodyStart;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code < 128 ? ASCII_WORD[code] === 1 : isWordChar(text, i)) {
      const wordStart = i;
      let groups = 0;
      let inVowel = false;
      let hash = 0;
      let hashable = true;
      while (i < end) {
        const c = text.charCodeAt(i);
        const kind = c < 128 ? ASCII_CLASS[c] : NOT_ASCII;
        if (kind === CONSONANT || kind === VOWEL) {
          // The common case, kept short: lowercase ASCII into the hash, vowel groups counted.
          if (kind === VOWEL) {
            if (!inVowel) groups++;
            inVowel = true;
          } else inVowel = false;
          hash = (Math.imul(hash, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
          i++;
        } else if (kind === UNDERSCORE || (kind === NOT_ASCII && isWordChar(text, i))) {
          const vowel = kind === NOT_ASCII && UNICODE_VOWEL.test(text[i] ?? '');
          if (vowel && !inVowel) groups++;
          inVowel = vowel;
          hashable = false;
          i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        } else if (
          (c === 39 || c === 0x2019 || c === 45) &&
          i + 1 < end &&
          isWordChar(text, i + 1)
        ) {
          inVowel = false;
          hash = (Math.imul(hash, 31) + (c === 45 ? 45 : 39)) | 0;
          i++;
        } else {
          break;
        }
      }
      // Worked out once per word rather than per letter. A word never ends on ' or -, so its
      // last code unit is its last letter (or half of a surrogate pair, which is not an e).
      const last = text.charCodeAt(i - 1);
      const lastE = last === 101 || last === 69;
      const prefix = prefixAt(text, wordStart, i);
      if (count === starts.length) {
        words = grown(words, count);
        ({ starts, ends, hashes, prefixes } = words);
      }
      if (sentenceStart === -1) {
        sentenceStart = wordStart;
        sentenceFirstWord = count;
      }
      starts[count] = wordStart;
      ends[count] = i;
      hashes[count] = hashable && i - wordStart < MAX_WORD_LENGTH ? hash : 0;
      prefixes[count] = prefix;
      count++;
      // A final silent e ("make", "rate") is not a syllable of its own; "free" keeps it.
      if (lastE && groups > 1 && !inVowelPair(text, i)) groups--;
      syllables += groups > 0 ? groups : 1;
      const initial = prefix >= 128 ? prefix >> 7 : prefix;
      // Only words starting with i, m, o, u, w or y can be pronouns; skip the set lookups otherwise.
      if (i - wordStart <= MAX_PRONOUN_LENGTH && initial > 0 && PRONOUN_INITIALS[initial] === 1) {
        const kind = PRONOUN_KIND.get(hash);
        if (kind === 1) a.iWeOur++;
        else if (kind === 2) a.youYour++;
      }
      continue;
    }
    if (code === 46 || code === 33 || code === 63) {
      // Run of terminal punctuation, plus closing quotes or brackets.
      let j = i;
      let question = false;
      while (j < end) {
        const c = text.charCodeAt(j);
        if (c === 63) question = true;
        if (
          c === 46 ||
          c === 33 ||
          c === 63 ||
          c === 34 ||
          c === 41 ||
          c === 0x201d ||
          c === 0x2019
        )
          j++;
        else break;
      }
      const atBoundary = j >= end || isSpace(text.charCodeAt(j));
      if (
        atBoundary &&
        sentenceStart !== -1 &&
        !(code === 46 && j === i + 1 && isAbbreviation(text, i, starts, count))
      ) {
        a.sentences.push(sentenceOf(sentenceStart, j, sentenceFirstWord, count, question));
        sentenceStart = -1;
      }
      i = j;
      continue;
    }
    if (code === 10 && sentenceStart !== -1) {
      a.sentences.push(
        sentenceOf(
          sentenceStart,
          trimSpan(text, sentenceStart, i).end,
          sentenceFirstWord,
          count,
          false,
        ),
      );
      sentenceStart = -1;
    }
    i++;
  }
  if (sentenceStart !== -1) {
    const last = trimSpan(text, sentenceStart, end).end;
    a.sentences.push(
      sentenceOf(sentenceStart, last, sentenceFirstWord, count, text.charCodeAt(end - 1) === 63),
    );
  }
  a.wordStarts = starts.subarray(0, count);
  a.wordEnds = ends.subarray(0, count);
  a.wordHashes = hashes.subarray(0, count);
  a.wordPrefixes = prefixes.subarray(0, count);
  a.wordCount = count;
  a.syllables = syllables;
}

/**
 * A word's first two letters as c0·128 + c1 (lowercase ASCII), c0 alone when the second is not an
 * ASCII letter (or an apostrophe or hyphen comes first), -1 for a digit, 0 for anything else.
 */
function prefixAt(text: string, wordStart: number, wordEnd: number): number {
  let c0 = text.charCodeAt(wordStart);
  if (c0 >= 48 && c0 <= 57) return -1;
  if (c0 >= 65 && c0 <= 90) c0 += 32;
  if (c0 < 97 || c0 > 122) return 0;
  if (wordStart + 1 >= wordEnd) return c0;
  let c1 = text.charCodeAt(wordStart + 1);
  if (c1 >= 65 && c1 <= 90) c1 += 32;
  return c1 >= 97 && c1 <= 122 ? c0 * 128 + c1 : c0;
}

function sentenceOf(
  start: number,
  end: number,
  firstWord: number,
  wordCount: number,
  question: boolean,
): Sentence {
  return { start, end, firstWord, wordCount: wordCount - firstWord, question };
}

/** "free", "agree": a final "ee" is voiced, so the silent-e rule does not apply. */
function inVowelPair(text: string, wordEnd: number): boolean {
  const before = text.charCodeAt(wordEnd - 2);
  return before < 128 && VOWELS[before] === 1;
}

function isAbbreviation(text: string, dot: number, starts: Int32Array, count: number): boolean {
  if (count === 0) return false;
  const lastStart = starts[count - 1] ?? 0;
  if (dot - lastStart > 6) return false;
  // Every abbreviation starts with one of a few letters; most words end a sentence without the
  // string the lookup below builds.
  const initial = text.charCodeAt(lastStart) | 32;
  if (initial >= 128 || ABBREVIATION_INITIALS[initial] !== 1) return false;
  // The same test as ABBREVIATIONS.has(text.slice(lastStart, dot).toLowerCase()), without the
  // two strings: only ASCII letters can lowercase into an entry here (the dotted entries can
  // never be the text since the last word started, as a '.' inside them splits the word).
  for (let i = lastStart; i < dot; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  for (const abbreviation of ABBREVIATION_LIST) {
    if (abbreviation.length !== dot - lastStart) continue;
    let same = true;
    for (let i = 0; i < abbreviation.length && same; i++)
      same = (text.charCodeAt(lastStart + i) | 32) === abbreviation.charCodeAt(i);
    if (same) return true;
  }
  return false;
}

/** Index of the sentence containing `offset`, or -1 (binary search; sentences are ordered). */
export function sentenceAt(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first word starting at or after `offset` (binary search). */
export function wordIndexAt(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.wordCount;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a.wordStarts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
