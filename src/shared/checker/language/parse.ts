import type { ItsFunction, PartOfSpeech, WinkMethods } from 'wink-nlp';

/** Entity types the checker reads (wink's English lite model names them so). */
export type EntityType =
  'DURATION' | 'DATE' | 'TIME' | 'PERCENT' | 'MONEY' | 'CARDINAL' | 'ORDINAL' | 'OTHER';

const ENTITY_TYPES = new Set<string>([
  'DURATION',
  'DATE',
  'TIME',
  'PERCENT',
  'MONEY',
  'CARDINAL',
  'ORDINAL',
]);

export interface Word {
  /** The token as written ("n't", "'s", "Thursday"). */
  text: string;
  /** Lowercase (’ is read as ' throughout). */
  lower: string;
  /** Dictionary form ("calling" → "call", "n't" → "not", "'d" → "would"). */
  lemma: string;
  pos: PartOfSpeech;
  /** Offsets into the parsed text. */
  start: number;
  end: number;
  /** Inside the scope of a negation ("I won't ask if this is a good time"). */
  negated: boolean;
  /** The entity this token belongs to, if any. */
  entity: EntityType | null;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Entity {
  type: EntityType;
  start: number;
  end: number;
  /** First and last token indexes, inclusive. */
  first: number;
  last: number;
}

export interface ParsedSentence {
  start: number;
  end: number;
  /** First and last token indexes, inclusive. */
  first: number;
  last: number;
}

export interface Parsed {
  words: Word[];
  sentences: ParsedSentence[];
  entities: Entity[];
}

/** Runs wink over `text` and maps every token, sentence and entity back to character offsets. */
export function parseWith(nlp: WinkMethods, text: string): Parsed {
  const its = nlp.its;
  // Curly apostrophes are read as straight ones (same length, so offsets still index the rep's
  // text).
  const plain = text.replace(/’/gu, "'");
  // wink keeps "I'm" whole and tags it a proper noun, which makes the verb after it a noun ("I'm
  // building a tracker" → PROPN NOUN): it reads "I am" instead, and "am" is mapped back onto "'m".
  const { read, toPlain } = withIAm(plain);
  const doc = nlp.readDoc(read);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as PartOfSpeech[];
  // wink's typings declare its.lemma with a signature out() does not accept, though it runs.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const negations = tokens.out(its.negationFlag) as boolean[];

  const words: Word[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink keeps every token as written, so it is found in order; a token it rewrote (none seen
    // so far) is placed where the text stands rather than lost.
    const at = read.indexOf(value, cursor);
    const readStart = at === -1 ? cursor : at;
    const readEnd = at === -1 ? cursor : at + value.length;
    cursor = readEnd;
    const start = toPlain(readStart);
    const end = toPlain(readEnd);
    const written = at === -1 ? value : plain.slice(start, end);
    words.push({
      text: written,
      lower: written.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      start,
      end,
      negated: negations[i] === true,
      entity: null,
      sentence: 0,
    });
  }

  const sentences: ParsedSentence[] = [];
  for (const [index, [first, last]] of (
    doc.sentences().out(its.span) as unknown as [number, number][]
  ).entries()) {
    for (let i = first; i <= last; i++) {
      const word = words[i];
      if (word) word.sentence = index;
    }
    sentences.push({
      start: words[first]?.start ?? 0,
      end: words[last]?.end ?? 0,
      first,
      last,
    });
  }

  const entities: Entity[] = [];
  const details = doc.entities().out(its.detail) as unknown as { type: string }[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  for (const [index, [first, last]] of spans.entries()) {
    const raw = details[index]?.type ?? 'OTHER';
    const type = (ENTITY_TYPES.has(raw) ? raw : 'OTHER') as EntityType;
    for (let i = first; i <= last; i++) {
      const word = words[i];
      if (word) word.entity = type;
    }
    entities.push({
      type,
      start: words[first]?.start ?? 0,
      end: words[last]?.end ?? 0,
      first,
      last,
    });
  }
  percentInWords(words, entities);
  return { words, sentences, entities };
}

/**
 * "Copper's up eleven percent": wink marks "11%" and "11 percent" as a percentage but a number in
 * words before "percent" only as a count; the two read the same to a prospect.
 */
function percentInWords(words: Word[], entities: Entity[]): void {
  for (let i = 1; i < words.length; i++) {
    const unit = words[i]!;
    const number = words[i - 1]!;
    if (!/^(?:percent|per-cent)$/iu.test(unit.text) || number.pos !== 'NUM') continue;
    if (number.entity === 'PERCENT') continue;
    // "forty-five percent": the number may run over a hyphen.
    let first = i - 1;
    while (
      words[first - 1]?.pos === 'NUM' ||
      (words[first - 1]?.text === '-' && words[first - 2]?.pos === 'NUM')
    )
      first--;
    for (let k = first; k <= i; k++) words[k]!.entity = 'PERCENT';
    entities.push({
      type: 'PERCENT',
      start: words[first]!.start,
      end: unit.end,
      first,
      last: i,
    });
  }
  entities.sort((x, y) => x.first - y.first);
}

/**
 * The text wink reads, with every "I'm" written "I am", and the way back from an offset in it to
 * the same place in `plain`: each "I am" is one character longer than the "I'm" it stands for, so
 * an offset after its space moves back by one per "I am" before it.
 */
function withIAm(plain: string): { read: string; toPlain: (offset: number) => number } {
  const spaces: number[] = [];
  let shift = 0;
  const read = plain.replace(
    /(?<![\p{L}\d'])([Ii])'([mM])(?![\p{L}\d])/gu,
    (_, i: string, m: string, at: number) => {
      spaces.push(at + shift + 1);
      shift++;
      return `${i} ${m === 'M' ? 'AM' : 'am'}`;
    },
  );
  if (spaces.length === 0) return { read, toPlain: (offset) => offset };
  return {
    read,
    toPlain: (offset) => {
      let before = 0;
      while (before < spaces.length && (spaces[before] ?? Infinity) < offset) before++;
      return offset - before;
    },
  };
}
