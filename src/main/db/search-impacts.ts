/**
 * The arithmetic behind exact one-word search without scoring every match (issue #11 point 3):
 * FTS5's bm25 reproduced bit for bit, the per-row impact that orders a word's strongest rows,
 * and the bound that proves the rows not yet read cannot reach the page.
 *
 * FTS5's bm25 (fts5_aux.c) scores a row for a one-phrase query as
 *
 *   idf · f·(k1+1) / (f + k1·(1 − b + b·D/avgdl))
 *
 * where f is the phrase's weighted frequency in the row (each instance adds its column's weight),
 * D the row's length in tokens over all columns, avgdl the mean length over the table and idf a
 * constant of the query. Dividing by f: the score is (k1+1)·idf / (1 + k1·L/f) with
 * L = 1 − b + b·D/avgdl, so it falls as L/f grows. The index stores, per row and word, the
 * impact f / L₀ with L₀ computed at a fixed reference length instead of the table's avgdl (which
 * moves with every write). For any avgdl, L ≥ r·L₀ with r = min(1, REFERENCE_LENGTH / avgdl)
 * (both terms of L scale by at most r), so a row whose impact is at most I scores at most
 * (k1+1)·idf / (1 + k1·r/I): reading a word's rows by falling impact, the impact of the next row
 * bounds everything not yet read, and the rows never stored (impact below MIN_STORED_IMPACT)
 * are bounded by that minimum.
 */

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/**
 * The row length at which stored impacts are computed. Near the mean of a typical library; any
 * value keeps the bound valid, a far one only makes it prove later (see the header).
 */
export const REFERENCE_LENGTH = 64;

/**
 * Rows whose impact for a word is below this are not stored for that word. 16 is a headline
 * match (weight 10) in a short row, or a headline match plus a tag. On the bench's 100k insights
 * that stores 3.75 entries per row, and the page of 20 (or 50) for "pricing"* (68k matches),
 * "pr"* (94k) or "the"* is proved after reading 22–27 (58–68) entries. A word with fewer stored
 * rows than the page ("approval"* has 37, so a page of 50) is not proved and every match is
 * scored; a lower minimum proves more such words but stores more per row.
 *
 * The stored index was built with this value and REFERENCE_LENGTH: changing either needs a
 * migration that calls rebuildInsightSearchIndex.
 */
export const MIN_STORED_IMPACT = 16;

/**
 * Non-ASCII characters that unicode61 treats as separators just as the plain tokenizer below
 * does: typographic quotes, dashes, bullets, spaces and a few symbols reps paste. Any other
 * non-ASCII character (an accented letter, a letter of another script, an emoji) makes the row
 * "unindexed": its folding or word class is not reproduced here, so search scores that row with
 * FTS5's own bm25 instead (see searchInsights).
 */
const SAFE_SEPARATORS =
  /[\u00a0\u00a3\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u00d7\u2010-\u2015\u2018-\u201f\u2022\u2026\u2032\u2033\u2039\u203a\u20ac\u2122]/gu;
const NON_ASCII = /[^\u0000-\u007f]/u;
const ASCII_TOKEN = /[a-z0-9]+/gu;

/**
 * The tokens unicode61 (remove_diacritics 2) makes of `text`, or null when the text holds a
 * character this does not reproduce. On ASCII, unicode61 takes runs of letters and digits and
 * folds case; nothing else applies.
 */
export function plainTokens(text: string): string[] | null {
  let cleaned = text;
  if (NON_ASCII.test(cleaned)) {
    cleaned = cleaned.replace(SAFE_SEPARATORS, ' ');
    if (NON_ASCII.test(cleaned)) return null;
  }
  return cleaned.toLowerCase().match(ASCII_TOKEN) ?? [];
}

/** `pr*`: the key of a prefix; a term's key is the term. Tokens never hold `*`. */
export const prefixKey = (prefix: string): string => `${prefix}*`;

export interface ImpactEntry {
  key: string;
  /** The word's weighted frequency in the row: what bm25 sums from the row's instances. */
  frequency: number;
  impact: number;
}

export interface RowImpacts {
  /** The row's length in tokens over every column (bm25's D). */
  length: number;
  entries: ImpactEntry[];
}

/**
 * The stored entries of one row: every term and every prefix of two letters or more whose
 * impact reaches MIN_STORED_IMPACT. `columns` and `weights` are in the FTS table's order. Null
 * when a column holds text the plain tokenizer does not reproduce.
 */
export function rowImpacts(
  columns: readonly string[],
  weights: readonly number[],
): RowImpacts | null {
  const frequencies = new Map<string, number>();
  let length = 0;
  for (let column = 0; column < columns.length; column++) {
    const tokens = plainTokens(columns[column] ?? '');
    if (tokens === null) return null;
    length += tokens.length;
    const weight = weights[column]!;
    for (const token of tokens) frequencies.set(token, (frequencies.get(token) ?? 0) + weight);
  }
  const lengthFactor = 1 - BM25_B + (BM25_B * length) / REFERENCE_LENGTH;
  const minFrequency = MIN_STORED_IMPACT * lengthFactor;
  const entries: ImpactEntry[] = [];
  const add = (key: string, frequency: number) =>
    entries.push({ key, frequency, impact: frequency / lengthFactor });
  const terms = [...frequencies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [term, frequency] of terms) if (frequency >= minFrequency) add(term, frequency);
  // A prefix's frequency is the sum over the terms that start with it, which sit together in
  // sorted order; a longer prefix never has more, so a group below the minimum is not descended.
  const descend = (from: number, to: number, prefixLength: number) => {
    let index = from;
    while (index < to) {
      const term = terms[index]![0];
      if (term.length < prefixLength) {
        index++;
        continue;
      }
      const prefix = term.slice(0, prefixLength);
      let end = index;
      let frequency = 0;
      while (end < to && terms[end]![0].startsWith(prefix)) frequency += terms[end++]![1];
      if (frequency >= minFrequency) {
        add(prefixKey(prefix), frequency);
        descend(index, end, prefixLength + 1);
      }
      index = end;
    }
  };
  descend(0, terms.length, 2);
  return { length, entries };
}

/**
 * bm25's score of one row for a one-phrase query, as fts5Bm25Function computes it (same
 * operations in the same order, so the same double): FTS5 returns its negation.
 */
export function bm25Score(idf: number, frequency: number, length: number, avgdl: number): number {
  return (
    0.0 +
    idf *
      ((frequency * (BM25_K1 + 1.0)) /
        (frequency + BM25_K1 * (1 - BM25_B + (BM25_B * length) / avgdl)))
  );
}

/** The highest score a row of impact at most `impact` can have (see the header). */
export function scoreBound(idf: number, impact: number, avgdl: number): number {
  const shrink = Math.min(1, REFERENCE_LENGTH / avgdl);
  return (idf * (BM25_K1 + 1.0)) / (1 + (BM25_K1 * shrink) / impact);
}

/**
 * FTS5's row count and total token count, from its averages record (the `_data` row with id 1:
 * SQLite varints, the row count then each column's total). These are what bm25 reads through
 * xRowCount and xColumnTotalSize.
 */
export function decodeFtsAverages(block: Uint8Array): { rows: number; tokens: number } {
  const values: number[] = [];
  let offset = 0;
  while (offset < block.length) {
    let value = 0;
    let byte = 0;
    let count = 0;
    do {
      byte = block[offset++]!;
      // The ninth byte of a SQLite varint carries 8 bits; counts never get that large.
      value = value * 128 + (byte & 0x7f);
      count++;
    } while (byte & 0x80 && count < 9);
    values.push(value);
  }
  const [rows = 0, ...columns] = values;
  return { rows, tokens: columns.reduce((sum, size) => sum + size, 0) };
}
