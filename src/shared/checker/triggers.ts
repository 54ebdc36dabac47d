/**
 * Works out, from a pattern in the catalog's dialect, which words it can start with. The scanner
 * uses this to try only the few patterns that can match at each word, instead of asking the regex
 * engine to try every alternative at every character (which is what made one giant alternation
 * slow).
 *
 * A trigger is the literal start of the pattern, lowercased:
 * - `word`: the pattern's first word is exactly this ("i" for "i'm calling", "is" for "is now…");
 * - `prefix`: the first word starts with these letters ("so" for "solutions?");
 * - `digit`: the pattern starts with a digit.
 * `null` means the start could not be worked out; such a pattern would have to be tried at every
 * word, and the catalog test forbids it.
 */
export type Trigger =
  | { kind: 'word'; text: string }
  | { kind: 'prefix'; text: string }
  | { kind: 'digit' };

type Atom =
  | { kind: 'char'; ch: string; quant: string }
  | { kind: 'sep'; quant: string }
  | { kind: 'group'; alts: Atom[][]; quant: string }
  | { kind: 'zero' }
  | { kind: 'digit'; quant: string }
  | { kind: 'other'; quant: string };

const MAX_PREFIX = 12;

export function triggersOf(pattern: string): Trigger[] | null {
  const { alts } = parseAlternation(pattern, 0);
  const found = new Map<string, Trigger>();
  let unknown = false;
  for (const alt of alts) {
    expand(alt, 0, '', (acc, complete, digit) => {
      if (digit && acc === '') {
        found.set('#digit', { kind: 'digit' });
      } else if (acc === '') {
        unknown = true;
      } else if (complete) {
        found.set(`w:${acc}`, { kind: 'word', text: acc });
      } else {
        const text = acc.slice(0, 2);
        found.set(`p:${text}`, { kind: 'prefix', text });
      }
    });
  }
  return unknown ? null : [...found.values()];
}

type Emit = (acc: string, complete: boolean, digit: boolean) => void;

/** Walks a sequence, calling `emit` once per distinct way the first word can begin. */
function expand(seq: readonly Atom[], index: number, acc: string, emit: Emit, then?: (acc: string) => void): void {
  if (acc.length >= MAX_PREFIX) {
    emit(acc, false, false);
    return;
  }
  const atom = seq[index];
  if (!atom) {
    if (then) then(acc);
    else emit(acc, true, false);
    return;
  }
  const optional = atom.kind !== 'zero' && /^(?:\?|\*|\{0,)/.test(atom.quant);
  const repeated = atom.kind !== 'zero' && /^(?:\+|\*|\{\d*,\d*\})/.test(atom.quant);
  switch (atom.kind) {
    case 'zero':
      expand(seq, index + 1, acc, emit, then);
      return;
    case 'sep':
      emit(acc, true, false);
      return;
    case 'digit':
      emit(acc, false, acc === '');
      return;
    case 'other':
      emit(acc, false, false);
      return;
    case 'char':
      if (optional || repeated || !/[a-z0-9]/.test(atom.ch)) {
        emit(acc, false, false);
        return;
      }
      expand(seq, index + 1, acc + atom.ch, emit, then);
      return;
    case 'group':
      for (const alt of atom.alts) {
        if (repeated) expand(alt, 0, acc, emit, (after) => emit(after, false, false));
        else expand(alt, 0, acc, emit, (after) => expand(seq, index + 1, after, emit, then));
      }
      if (optional) expand(seq, index + 1, acc, emit, then);
      return;
  }
}

function parseAlternation(source: string, start: number): { alts: Atom[][]; end: number } {
  const alts: Atom[][] = [[]];
  let i = start;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (ch === ')') break;
    if (ch === '|') {
      alts.push([]);
      i++;
      continue;
    }
    const current = alts[alts.length - 1] ?? [];
    let atom: Atom;
    if (ch === '(') {
      const lookaround = /^\(\?(?:<=|<!|=|!)/.exec(source.slice(i, i + 4));
      const opener = lookaround ? lookaround[0].length : source.startsWith('(?:', i) ? 3 : 1;
      const inner = parseAlternation(source, i + opener);
      i = inner.end + 1;
      if (lookaround) {
        atom = { kind: 'zero' };
      } else {
        const quant = readQuantifier(source, i);
        i += quant.length;
        atom = { kind: 'group', alts: inner.alts, quant };
      }
    } else if (ch === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j + 1;
      const quant = readQuantifier(source, i);
      i += quant.length;
      atom = { kind: 'other', quant };
    } else if (ch === '\\') {
      const next = source[i + 1] ?? '';
      let length = 2;
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') length = source.indexOf('}', i) - i + 1;
      if (next === 'u') length = 6;
      const kind = next === 'd' ? 'digit' : /[a-zA-Z]/.test(next) ? 'other' : 'char';
      i += length;
      const quant = readQuantifier(source, i);
      i += quant.length;
      atom = kind === 'char' ? { kind: 'char', ch: next, quant } : { kind, quant };
    } else if (ch === ' ' || ch === "'") {
      i++;
      const quant = readQuantifier(source, i);
      i += quant.length;
      atom = { kind: 'sep', quant };
    } else if (ch === '.' || ch === '^' || ch === '$') {
      i++;
      const quant = readQuantifier(source, i);
      i += quant.length;
      atom = { kind: 'other', quant };
    } else {
      i++;
      const quant = readQuantifier(source, i);
      i += quant.length;
      atom = { kind: 'char', ch: ch.toLowerCase(), quant };
    }
    // An optional separator (" ?") lets the word run on; treat the word as possibly unfinished.
    if (atom.kind === 'sep' && atom.quant !== '') atom = { kind: 'other', quant: '' };
    current.push(atom);
  }
  return { alts, end: i };
}

function readQuantifier(source: string, at: number): string {
  const match = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/.exec(source.slice(at, at + 12));
  return match ? match[0] : '';
}
