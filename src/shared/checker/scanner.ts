import type { Analysis } from './analysis';
import { tokenHash } from './analysis';
import type { Cue, CueKind } from './cues';
import { CUES } from './cues';
import { dialectToSource, hasCapturingGroup, NOT_BEFORE_WORD } from './patterns';
import type { PhraseMatch, PhraseRule } from './rule-types';
import { triggersOf } from './triggers';
import type { CheckMode } from './types';

/**
 * The single pass over the text. Every phrase rule active in a mode and every component cue is
 * compiled once into a sticky regex, and filed under the words it can start with (triggers.ts).
 * The scan walks the body's words once; at each word it tries only the patterns filed under that
 * word. Every rule that matches there is reported, so the order of the catalog never changes a
 * result; the cues are tried only where no rule matched (a rule's words are not also a component),
 * and the first cue kind that matches claims the word.
 */
type Entry = { kind: 'rule'; rule: PhraseRule } | { kind: 'cue'; cue: Cue };

/**
 * One regex to try at a word: a rule's own, or the alternatives of one cue kind that can start
 * with that word. Cue alternatives that cannot start there cannot match there either, so leaving
 * them out changes nothing but the time: the benefit and insight cues have a dozen alternatives
 * each and were two thirds of the regex time when tried whole at every word.
 */
interface Step {
  regex: RegExp;
  rule: PhraseRule | null;
  cue: CueKind | null;
}

export interface CompiledScanner {
  entries: Entry[];
  /** Each entry's pattern source, ready for a sticky regex. */
  sources: string[];
  /** Steps per distinct run of entries, so each regex is compiled once. */
  steps: Map<string, Step>;
  /** Patterns that start with this word, whatever follows. */
  byWord: Map<number, number[]>;
  /** Patterns that start with this word followed by a word beginning with two given letters. */
  byWordThenNext: Map<number, Map<number, number[]>>;
  byPrefix: Map<number, number[]>;
  byDigit: number[];
  byDigitSteps: Step[];
  /** Merged candidate lists per token, so a repeated word costs one lookup. */
  byToken: TokenTable;
  /** The same for tokens without a usable hash, by their first letters. */
  byTokenPrefix: Map<number, Candidates>;
  mirror: MirrorRules;
}

export interface RuleHit extends PhraseMatch {
  rule: PhraseRule;
}

const wordHash = tokenHash;

/**
 * The patterns to try at one token, in catalog order: `base` whatever the next word is, and, for
 * tokens some patterns pair with a particular next word, the longer list per next-word letters.
 */
interface Candidates {
  prefix: number;
  base: Step[];
  /**
   * Indexed by the next word's first two letters (see nextIndex); every slot holds a list, `base`
   * where no pattern pairs with those letters, so the lookup needs no fallback.
   */
  withNext: Step[][] | null;
}

/** Slots in a `withNext` list: one per pair of lowercase ASCII letters. */
const PAIR_SLOTS = 26 * 26;

/** The slot for a two-letter key (c0·128 + c1, both lowercase ASCII letters). */
function pairSlot(key: number): number {
  return ((key >> 7) - 97) * 26 + ((key & 127) - 97);
}

/**
 * The per-token cache as an open-addressing table over the token hashes: a Map keyed by numbers
 * hashes (and, for hashes outside the small-integer range, boxes) the key on every lookup, and
 * this lookup runs for every word of the text. Hash 0 means "no hash" and never goes in here.
 */
interface TokenTable {
  keys: Int32Array;
  values: (Candidates | undefined)[];
  size: number;
  /** 32 − log2(capacity), for the multiplicative hash. */
  shift: number;
}

function tokenTable(capacityLog2: number): TokenTable {
  const capacity = 1 << capacityLog2;
  return {
    keys: new Int32Array(capacity),
    values: new Array<Candidates | undefined>(capacity).fill(undefined),
    size: 0,
    shift: 32 - capacityLog2,
  };
}

function tableGet(table: TokenTable, hash: number): Candidates | undefined {
  const { keys } = table;
  const mask = keys.length - 1;
  let slot = Math.imul(hash, 0x9e3779b1) >>> table.shift;
  for (;;) {
    const key = keys[slot];
    if (key === hash) return table.values[slot];
    if (key === 0) return undefined;
    slot = (slot + 1) & mask;
  }
}

function tableSet(s: CompiledScanner, hash: number, value: Candidates): void {
  let table = s.byToken;
  if ((table.size + 1) * 2 > table.keys.length) {
    // Grow at half full so probes stay short.
    const grown = tokenTable(33 - table.shift);
    for (let i = 0; i < table.keys.length; i++) {
      const value = table.values[i];
      if (table.keys[i] !== 0 && value) insert(grown, table.keys[i] ?? 0, value);
    }
    s.byToken = table = grown;
  }
  insert(table, hash, value);
}

function insert(table: TokenTable, hash: number, value: Candidates): void {
  const mask = table.keys.length - 1;
  let slot = Math.imul(hash, 0x9e3779b1) >>> table.shift;
  while (table.keys[slot] !== 0 && table.keys[slot] !== hash) slot = (slot + 1) & mask;
  if (table.keys[slot] === 0) table.size++;
  table.keys[slot] = hash;
  table.values[slot] = value;
}

function prefixKey(text: string): number {
  const c0 = text.charCodeAt(0);
  return text.length >= 2 ? c0 * 128 + text.charCodeAt(1) : c0;
}

function push(map: Map<number, number[]>, key: number, index: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

/**
 * Compiles the phrase rules that apply in `mode`, and the component cues, into one scanner. A
 * checker compiles one per mode the first time it checks in that mode (see check.ts).
 */
export function compileScanner(rules: readonly PhraseRule[], mode: CheckMode): CompiledScanner {
  const scanner: CompiledScanner = {
    entries: [],
    sources: [],
    steps: new Map(),
    byWord: new Map(),
    byWordThenNext: new Map(),
    byPrefix: new Map(),
    byDigit: [],
    byDigitSteps: [],
    byToken: tokenTable(8),
    byTokenPrefix: new Map(),
    mirror: { safe: true, apostrophesPaired: true, namedChars: new Set(), standIns: new Map() },
  };
  const add = (entry: Entry, pattern: string, label: string): void => {
    const source = dialectToSource(pattern);
    if (hasCapturingGroup(source)) throw new Error(`${label}: patterns must use (?:…) groups only`);
    const triggers = triggersOf(pattern);
    if (!triggers)
      throw new Error(`${label}: the words this pattern starts with cannot be worked out`);
    const index = scanner.entries.length;
    scanner.entries.push(entry);
    scanner.sources.push(source);
    for (const trigger of triggers) {
      if (trigger.kind === 'word' && trigger.next) {
        const hash = wordHash(trigger.text);
        let byNext = scanner.byWordThenNext.get(hash);
        if (!byNext) scanner.byWordThenNext.set(hash, (byNext = new Map()));
        push(byNext, prefixKey(trigger.next), index);
      } else if (trigger.kind === 'word') push(scanner.byWord, wordHash(trigger.text), index);
      else if (trigger.kind === 'prefix') push(scanner.byPrefix, prefixKey(trigger.text), index);
      else if (scanner.byDigit[scanner.byDigit.length - 1] !== index) scanner.byDigit.push(index);
    }
  };
  for (const rule of rules) {
    if (rule.modes && !rule.modes.includes(mode)) continue;
    add({ kind: 'rule', rule }, rule.pattern, rule.id);
  }
  // Cues of one kind are tried together as one alternation, in catalog order: which of them
  // matched never matters, and a number then costs one try per kind instead of one per pattern.
  // Each alternative is filed under its own first words, and stepsOf() joins the ones that can
  // start at a word into that word's alternation.
  const byKind = new Map<Cue['kind'], Cue[]>();
  for (const cue of CUES) {
    const list = byKind.get(cue.kind) ?? [];
    list.push(cue);
    byKind.set(cue.kind, list);
  }
  for (const [kind, cues] of byKind) {
    for (const cue of cues) add({ kind: 'cue', cue }, cue.pattern, `cue ${kind}: ${cue.pattern}`);
  }
  scanner.byDigitSteps = stepsOf(scanner, scanner.byDigit);
  noteSources(scanner.mirror, scanner.sources);
  return scanner;
}

/**
 * The regexes to try, in order, for a sorted list of entries: one per rule, and one per run of
 * cues of the same kind, joined exactly as the whole kind's alternation would be.
 */
function stepsOf(s: CompiledScanner, indexes: readonly number[]): Step[] {
  const steps: Step[] = [];
  let i = 0;
  while (i < indexes.length) {
    const first = indexes[i] ?? 0;
    const entry = s.entries[first];
    if (!entry) break;
    let j = i + 1;
    if (entry.kind === 'cue') {
      while (j < indexes.length) {
        const next = s.entries[indexes[j] ?? 0];
        if (next?.kind !== 'cue' || next.cue.kind !== entry.cue.kind) break;
        j++;
      }
    }
    const run = indexes.slice(i, j);
    const key = run.join(',');
    let step = s.steps.get(key);
    if (!step) {
      const source =
        entry.kind === 'rule'
          ? (s.sources[first] ?? '')
          : run.map((index) => `(?:${s.sources[index] ?? ''})`).join('|');
      step = {
        regex: new RegExp(`(?:${source})${NOT_BEFORE_WORD}`, 'iuy'),
        rule: entry.kind === 'rule' ? entry.rule : null,
        cue: entry.kind === 'cue' ? entry.cue.kind : null,
      };
      s.steps.set(key, step);
    }
    steps.push(step);
    i = j;
  }
  return steps;
}

function merged(lists: (number[] | undefined)[]): number[] {
  const all: number[] = [];
  for (const list of lists) if (list) for (const index of list) all.push(index);
  all.sort((a, b) => a - b);
  return all.filter((index, i) => i === 0 || all[i - 1] !== index);
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0)) return false;
  }
  return true;
}

/** The first two letters of the word at `start`, lowercased, as a key; 0 when it has fewer. */
function twoLetterKey(text: string, start: number): number {
  let c0 = text.charCodeAt(start);
  let c1 = text.charCodeAt(start + 1);
  if (c0 >= 65 && c0 <= 90) c0 += 32;
  if (c1 >= 65 && c1 <= 90) c1 += 32;
  return c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122 ? c0 * 128 + c1 : 0;
}

function candidatesFor(s: CompiledScanner, hash: number, prefix: number): Candidates {
  const c0 = prefix >= 128 ? Math.floor(prefix / 128) : prefix;
  const byPrefix = [prefix >= 128 ? s.byPrefix.get(prefix) : undefined, s.byPrefix.get(c0)];
  const base = merged([hash !== 0 ? s.byWord.get(hash) : undefined, ...byPrefix]);
  const pairs = hash !== 0 ? s.byWordThenNext.get(hash) : undefined;
  const baseSteps = stepsOf(s, base);
  let withNext: Step[][] | null = null;
  if (pairs) {
    withNext = new Array<Step[]>(PAIR_SLOTS).fill(baseSteps);
    for (const [next, list] of pairs) {
      // Only keys of two lowercase ASCII letters are ever looked up (twoLetterKey returns 0
      // otherwise, which means `base`); lists under any other key could never be used.
      const c0 = next >> 7;
      const c1 = next & 127;
      if (c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122)
        withNext[pairSlot(next)] = stepsOf(s, merged([base, list]));
    }
  }
  return { prefix, base: baseSteps, withNext };
}

/**
 * A one-byte copy of the text for the regexes to run on. V8 stores a string with any character
 * above U+00FF in two bytes per character, and the patterns' \p{L}-style classes and
 * case-insensitive matching run about twice as slowly on such strings; one em dash or curly quote
 * is enough. Each such character is replaced by a Latin-1 stand-in that no pattern can tell from
 * it: one that no pattern names and that falls in exactly the same classes (\s, \w, \d, \p{L},
 * \p{N}, \p{M}, [a-z] and `.`), or, for ’, the ' that every pattern pairs it with. Offsets are
 * unchanged (one code unit for one). A character with no such stand-in (a letter outside
 * Latin-1, €, a surrogate half) keeps the original text.
 */
const WIDE_CHAR = /[^\u0000-\u00ff]/;

/** What a scanner's patterns allow the one-byte copy to change; worked out when it compiles. */
interface MirrorRules {
  /** False when a pattern uses a construct the stand-in check does not cover. */
  safe: boolean;
  apostrophesPaired: boolean;
  /** Character codes the patterns name, literally or as escapes. */
  namedChars: Set<number>;
  /** Stand-ins found so far, by character code (-1: none); the same answer every time. */
  standIns: Map<number, number>;
}

function noteSources(mirror: MirrorRules, sources: readonly string[]): void {
  for (const source of [...sources, NOT_BEFORE_WORD]) {
    for (const ch of source) if (ch.charCodeAt(0) > 0x7f) mirror.namedChars.add(ch.charCodeAt(0));
    for (const m of source.matchAll(/\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g))
      mirror.namedChars.add(parseInt(m[1] ?? m[2] ?? '0', 16));
    if (/\\u\{|\\c|\\[pP]\{(?![LNM]\})/.test(source)) mirror.safe = false;
    for (const m of source.matchAll(/\[(?:[^\]\\]|\\.)*\]/g)) {
      const ranges = m[0].replace(/\\./g, '').match(/.-[^\]]/g) ?? [];
      if (ranges.some((r) => r !== 'a-z' && r !== 'A-Z' && r !== '0-9')) mirror.safe = false;
    }
    const rest = source.replaceAll("['’]", '').replaceAll('\\u0027\\u2019', '');
    if (/['’]|\\u0027|\\u2019/.test(rest)) mirror.apostrophesPaired = false;
  }
}

const CLASS_TESTS = [/\s/u, /\w/iu, /\d/u, /\p{L}/u, /\p{N}/u, /\p{M}/u, /[a-z]/iu, /./u];
function classesOf(code: number): string {
  const ch = String.fromCharCode(code);
  return CLASS_TESTS.map((test) => (test.test(ch) ? '1' : '0')).join('');
}
const STAND_IN_CANDIDATES = [0xa6, 0xa0];

/** The Latin-1 stand-in for a character above U+00FF, or -1 when it has none. */
function standInFor(mirror: MirrorRules, code: number): number {
  let standIn = mirror.standIns.get(code);
  if (standIn !== undefined) return standIn;
  standIn = -1;
  if (code >= 0xd800 && code <= 0xdfff) standIn = -1;
  else if (mirror.namedChars.has(code))
    standIn = code === 0x2019 && mirror.apostrophesPaired ? 0x27 : -1;
  else {
    const classes = classesOf(code);
    for (const candidate of STAND_IN_CANDIDATES) {
      if (!mirror.namedChars.has(candidate) && classesOf(candidate) === classes) {
        standIn = candidate;
        break;
      }
    }
  }
  mirror.standIns.set(code, standIn);
  return standIn;
}

const MIRROR_CHUNK = 4096;

function oneByteMirror(mirror: MirrorRules, text: string): string {
  if (!mirror.safe || !WIDE_CHAR.test(text)) return text;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code > 0xff) {
      code = standInFor(mirror, code);
      if (code === -1) return text;
    }
    codes[i] = code;
  }
  // String.fromCharCode builds a one-byte string when every code fits; chunks keep the argument
  // count well inside engine limits.
  let copy = '';
  for (let i = 0; i < codes.length; i += MIRROR_CHUNK)
    copy += String.fromCharCode(...codes.slice(i, i + MIRROR_CHUNK));
  return copy;
}

/** Scans the body once; fills `analysis.cues` and returns the rule matches in text order. */
export function scan(analysis: Analysis, scanner: CompiledScanner): RuleHit[] {
  const hits: RuleHit[] = [];
  const text = analysis.scan;
  const subject = oneByteMirror(scanner.mirror, text);
  const { wordStarts, wordEnds, wordCount } = analysis;
  const { wordHashes, wordPrefixes } = analysis;
  for (let w = 0; w < wordCount; w++) {
    const start = wordStarts[w] ?? 0;
    const prefix = wordPrefixes[w] ?? 0;
    if (prefix === 0) continue;
    let candidates: Step[];
    if (prefix === -1) {
      candidates = scanner.byDigitSteps;
    } else {
      const hash = wordHashes[w] ?? 0;
      let found = hash !== 0 ? tableGet(scanner.byToken, hash) : scanner.byTokenPrefix.get(prefix);
      // Two different tokens can share a 32-bit hash; checking the first letters as well makes a
      // wrong list vanishingly rare, and a wrong list can only miss a match, never invent one.
      if (!found || found.prefix !== prefix) {
        const fresh = candidatesFor(scanner, hash, prefix);
        if (!found) {
          if (hash !== 0) tableSet(scanner, hash, fresh);
          else scanner.byTokenPrefix.set(prefix, fresh);
        }
        found = fresh;
      }
      candidates = found.base;
      if (found.withNext && w + 1 < wordCount) {
        const nextStart = wordStarts[w + 1] ?? 0;
        // The next word only counts when nothing but whitespace separates the two.
        if (onlySpaceBetween(text, wordEnds[w] ?? start, nextStart)) {
          const key = twoLetterKey(text, nextStart);
          if (key !== 0) candidates = found.withNext[pairSlot(key)] ?? found.base;
        }
      }
    }
    // Rule steps come before cue steps (rules are filed first, see compileScanner).
    let ruleMatched = false;
    for (const step of candidates) {
      if (step.cue && ruleMatched) break;
      const { regex } = step;
      regex.lastIndex = start;
      // test() leaves a sticky regex's lastIndex at the end of the match without building the
      // match array, and the scan needs nothing else.
      if (!regex.test(subject)) continue;
      const matchEnd = regex.lastIndex;
      if (matchEnd > analysis.bodyEnd) continue;
      if (step.rule) {
        hits.push({ rule: step.rule, start, end: matchEnd });
        ruleMatched = true;
      } else if (step.cue) {
        analysis.cues[step.cue].push({ start, end: matchEnd });
        break;
      }
    }
  }
  return hits;
}
