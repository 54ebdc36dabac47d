import type { Analysis } from './analysis';
import { PHRASE_RULES } from './catalog';
import type { Cue } from './cues';
import { CUES } from './cues';
import { capturingGroupCount, dialectToSource, NOT_BEFORE_WORD } from './patterns';
import type { PhraseMatch, PhraseRule } from './rule-types';
import { triggersOf } from './triggers';
import type { CheckMode } from './types';

/**
 * The single pass over the text. Every phrase rule active in a mode and every component cue is
 * compiled once into a sticky regex, and filed under the words it can start with (triggers.ts).
 * The scan walks the body's words once; at each word it tries only the patterns filed under that
 * word, in catalog order, and keeps the first that matches, exactly as one alternation of all
 * patterns would, but without trying a hundred alternatives at every character.
 */
type Entry = { kind: 'rule'; rule: PhraseRule } | { kind: 'cue'; cue: Cue };

interface CompiledScanner {
  entries: Entry[];
  sticky: RegExp[];
  byWord: Map<number, number[]>;
  byPrefix: Map<number, number[]>;
  byDigit: number[];
  /** Merged candidate lists per word hash, so repeated words cost one lookup. */
  candidates: Map<number, { prefix: number; list: number[] }>;
}

export interface RuleHit extends PhraseMatch {
  rule: PhraseRule;
}

const compiled = new Map<CheckMode, CompiledScanner>();
const MAX_KEY_LETTERS = 12;

function wordHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
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

export function scannerFor(mode: CheckMode): CompiledScanner {
  const cached = compiled.get(mode);
  if (cached) return cached;
  const scanner: CompiledScanner = {
    entries: [],
    sticky: [],
    byWord: new Map(),
    byPrefix: new Map(),
    byDigit: [],
    candidates: new Map(),
  };
  const add = (entry: Entry, pattern: string, label: string): void => {
    const source = dialectToSource(pattern);
    if (capturingGroupCount(source) !== 0) throw new Error(`${label}: patterns must use (?:…) groups only`);
    const triggers = triggersOf(pattern);
    if (!triggers) throw new Error(`${label}: the words this pattern starts with cannot be worked out`);
    const index = scanner.entries.length;
    scanner.entries.push(entry);
    scanner.sticky.push(new RegExp(`(?:${source})${NOT_BEFORE_WORD}`, 'iuy'));
    for (const trigger of triggers) {
      if (trigger.kind === 'word') push(scanner.byWord, wordHash(trigger.text), index);
      else if (trigger.kind === 'prefix') push(scanner.byPrefix, prefixKey(trigger.text), index);
      else if (scanner.byDigit[scanner.byDigit.length - 1] !== index) scanner.byDigit.push(index);
    }
  };
  for (const rule of PHRASE_RULES) {
    if (rule.modes && !rule.modes.includes(mode)) continue;
    add({ kind: 'rule', rule }, rule.pattern, rule.id);
  }
  for (const cue of CUES) add({ kind: 'cue', cue }, cue.pattern, `cue ${cue.kind}`);
  compiled.set(mode, scanner);
  return scanner;
}

function merged(lists: (number[] | undefined)[]): number[] {
  const all: number[] = [];
  for (const list of lists) if (list) for (const index of list) all.push(index);
  all.sort((a, b) => a - b);
  return all.filter((index, i) => i === 0 || all[i - 1] !== index);
}

const EMPTY: number[] = [];

/** Candidate patterns for the word at `start`: by its first letters, or as a number. */
function candidatesAt(s: CompiledScanner, text: string, start: number, end: number): number[] {
  const first = text.charCodeAt(start);
  if (first >= 48 && first <= 57) return s.byDigit;
  let hash = 0;
  let letters = 0;
  let prefix = 0;
  for (let i = start; i < end && letters < MAX_KEY_LETTERS; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c < 97 || c > 122) break;
    hash = (Math.imul(hash, 31) + c) | 0;
    if (letters === 0) prefix = c;
    else if (letters === 1) prefix = prefix * 128 + c;
    letters++;
  }
  if (letters === 0) return EMPTY;
  const known = s.candidates.get(hash);
  if (known && known.prefix === prefix) return known.list;
  const c0 = letters >= 2 ? Math.floor(prefix / 128) : prefix;
  const list = merged([
    letters < MAX_KEY_LETTERS ? s.byWord.get(hash) : undefined,
    letters >= 2 ? s.byPrefix.get(prefix) : undefined,
    s.byPrefix.get(c0),
  ]);
  if (!known) s.candidates.set(hash, { prefix, list });
  return list;
}

/** Scans the body once; fills `analysis.cues` and returns the rule matches in text order. */
export function scan(analysis: Analysis): RuleHit[] {
  const scanner = scannerFor(analysis.mode);
  const { entries, sticky } = scanner;
  const hits: RuleHit[] = [];
  const text = analysis.scan;
  const { wordStarts, wordEnds, wordCount } = analysis;
  for (let w = 0; w < wordCount; w++) {
    const start = wordStarts[w] ?? 0;
    const candidates = candidatesAt(scanner, text, start, wordEnds[w] ?? start);
    for (let c = 0; c < candidates.length; c++) {
      const index = candidates[c] ?? 0;
      const regex = sticky[index];
      const entry = entries[index];
      if (!regex || !entry) continue;
      regex.lastIndex = start;
      const match = regex.exec(text);
      if (!match) continue;
      const end = start + match[0].length;
      if (end > analysis.bodyEnd) continue;
      if (entry.kind === 'cue') analysis.cues[entry.cue.kind].push({ start, end });
      else hits.push({ rule: entry.rule, start, end });
      break;
    }
  }
  return hits;
}
