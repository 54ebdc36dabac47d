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
  // wink splits "I'm" but not "I’m": read curly apostrophes as straight ones (same length, so
  // offsets still index the rep's text).
  const plain = text.replace(/’/gu, "'");
  const doc = nlp.readDoc(plain);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as PartOfSpeech[];
  // wink's typings declare its.lemma with a signature out() does not accept, though it runs.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const negations = tokens.out(its.negationFlag) as boolean[];

  const words: Word[] = [];
  let cursor = 0;
  for (const [i, value] of values.entries()) {
    // wink keeps every token as written, so it is found in order; a token it rewrote (none seen
    // so far) is placed where the text stands rather than lost.
    const at = plain.indexOf(value, cursor);
    const start = at === -1 ? cursor : at;
    const end = at === -1 ? cursor : at + value.length;
    cursor = end;
    words.push({
      text: value,
      lower: value.toLowerCase(),
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
  return { words, sentences, entities };
}
