import { MAX_WORD_LENGTH } from './analysis';

/**
 * Works out, from a pattern in the catalog's dialect, which words it can start with. The scanner
 * uses this to try only the few patterns that can match at each word, instead of asking the regex
 * engine to try every alternative at every character (which is what made one giant alternation
 * slow).
 *
 * A trigger is the literal start of the pattern, lowercased. Words are whole tokens as the
 * tokenizer sees them, inner apostrophes and hyphens included ("i'm", "best-in-class"):
 * - `word`: the pattern's first word is exactly this ("i'm" for "i'm calling", "is" for "is now…"),
 *   optionally with the first two letters of the second word ("a" then "le…" for "a leading");
 * - `prefix`: the first word starts with these letters ("so" for "solutions?");
 * - `digit`: the pattern starts with a digit.
 * `null` means the start could not be worked out; such a pattern would have to be tried at every
 * word, and the catalog test forbids it.
 */
export type Trigger =
  | { kind: 'word'; text: string; next?: string }
  | { kind: 'prefix'; text: string }
  | { kind: 'digit' };

type Atom =
  | { kind: 'char'; ch: string; quant: string }
  | { kind: 'sep'; space: boolean; quant: string }
  | { kind: 'group'; alts: Atom[][]; quant: string }
  | { kind: 'zero' }
  | { kind: 'digit'; quant: string }
  | { kind: 'other'; quant: string };

/** Where the walk is: the finished first word (if any) and the letters of the word being read. */
interface Walk {
  first: string | null;
  current: string;
}

export function triggersOf(pattern: string): Trigger[] | null {
  const { alts } = parseAlternation(pattern, 0);
  const found = new Map<string, Trigger>();
  let unknown = false;
  const emit: Emit = (walk, ended, digit) => {
    if (walk.first === null) {
      if (digit && walk.current === '') found.set('#digit', { kind: 'digit' });
      else if (walk.current === '') unknown = true;
      else if (ended) found.set(`w:${walk.current}`, { kind: 'word', text: walk.current });
      else
        found.set(`p:${walk.current.slice(0, 2)}`, {
          kind: 'prefix',
          text: walk.current.slice(0, 2),
        });
      return;
    }
    // The second word narrows the candidates when at least two of its letters are known.
    const next = walk.current.length >= 2 ? walk.current.slice(0, 2) : undefined;
    const key = `w:${walk.first}:${next ?? ''}`;
    found.set(
      key,
      next ? { kind: 'word', text: walk.first, next } : { kind: 'word', text: walk.first },
    );
  };
  for (const alt of alts) expand(alt, 0, { first: null, current: '' }, emit);
  if (unknown) return null;
  // A bare first-word trigger already covers the same word with any second word.
  const bare = new Set(
    [...found.values()].flatMap((t) => (t.kind === 'word' && !t.next ? [t.text] : [])),
  );
  return [...found.values()].filter((t) => !(t.kind === 'word' && t.next && bare.has(t.text)));
}

/** `ended`: the word being read is known to end here. `digit`: a digit comes next. */
type Emit = (walk: Walk, ended: boolean, digit: boolean) => void;

/** Walks a sequence, calling `emit` once per distinct way the pattern can begin. */
function expand(
  seq: readonly Atom[],
  index: number,
  walk: Walk,
  emit: Emit,
  then?: (walk: Walk) => void,
): void {
  if (walk.current.length >= MAX_WORD_LENGTH) {
    emit(walk, false, false);
    return;
  }
  const atom = seq[index];
  if (!atom) {
    if (then) then(walk);
    else emit(walk, true, false);
    return;
  }
  const optional = atom.kind !== 'zero' && /^(?:\?|\*|\{0,)/.test(atom.quant);
  const repeated = atom.kind !== 'zero' && /^(?:\+|\*|\{\d*,\d*\})/.test(atom.quant);
  switch (atom.kind) {
    case 'zero':
      expand(seq, index + 1, walk, emit, then);
      return;
    case 'sep':
      if (walk.first === null && atom.space && walk.current !== '') {
        expand(seq, index + 1, { first: walk.current, current: '' }, emit, then);
      } else {
        emit(walk, true, false);
      }
      return;
    case 'digit':
      emit(walk, false, walk.first === null && walk.current === '');
      return;
    case 'other':
      emit(walk, false, false);
      return;
    case 'char':
      if (repeated || !/[a-z0-9'-]/.test(atom.ch)) {
        emit(walk, false, false);
        return;
      }
      if (optional) expand(seq, index + 1, walk, emit, then);
      expand(seq, index + 1, { first: walk.first, current: walk.current + atom.ch }, emit, then);
      return;
    case 'group':
      for (const alt of atom.alts) {
        if (repeated) expand(alt, 0, walk, emit, (after) => emit(after, false, false));
        else expand(alt, 0, walk, emit, (after) => expand(seq, index + 1, after, emit, then));
      }
      if (optional) expand(seq, index + 1, walk, emit, then);
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
      if ((next === 'p' || next === 'P') && source[i + 2] === '{')
        length = source.indexOf('}', i) - i + 1;
      if (next === 'u') length = 6;
      const kind = next === 'd' ? 'digit' : /[a-zA-Z]/.test(next) ? 'other' : 'char';
      i += length;
      const quant = readQuantifier(source, i);
      i += quant.length;
      atom = kind === 'char' ? { kind: 'char', ch: next, quant } : { kind, quant };
    } else if (ch === ' ') {
      i++;
      const quant = readQuantifier(source, i);
      i += quant.length;
      atom = { kind: 'sep', space: true, quant };
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
