/**
 * Turns whatever a rep types into a search box into an FTS5 query that can neither throw nor
 * reach FTS5's own syntax (column filters, NEAR, NOT, `*`, `^`, quotes). Each word becomes a quoted
 * phrase; the last one also matches as a prefix while the rep is still typing it.
 *
 * Words are split the way FTS5's unicode61 tokenizer splits them (letters, marks and numbers are
 * word characters; everything else separates), so a quoted token is always a single term.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 64;

/** The words of a search and whether the last one is still being typed (matches as a prefix). */
export interface SearchTerms {
  words: string[];
  lastIsPrefix: boolean;
}

/**
 * A one-letter word still being typed is left out until its second letter arrives: the prefix
 * index holds 2- and 3-letter prefixes only, and "p"* merged the doclists of every term starting
 * with p (322 ms for one keystroke in the issue #11 measurements). A finished one-letter word
 * ("a " or "x y") is an exact term and stays.
 */
export function searchTerms(input: string): SearchTerms | null {
  const words = (input.normalize('NFC').match(WORD)?.slice(0, MAX_TERMS) ?? []).map((word) =>
    word.slice(0, MAX_TERM_LENGTH),
  );
  let lastIsPrefix = !/\s$/u.test(input);
  if (lastIsPrefix && words.length > 0 && [...words[words.length - 1]!].length === 1) {
    words.pop();
    lastIsPrefix = false;
  }
  return words.length === 0 ? null : { words, lastIsPrefix };
}

export function toFtsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms === null) return null;
  return terms.words
    .map((word, index) =>
      index === terms.words.length - 1 && terms.lastIsPrefix ? `"${word}"*` : `"${word}"`,
    )
    .join(' ');
}

/**
 * A name with an elided article ("O'Brien", "D'Angelo", "L'Oréal") is indexed as two words, "o"
 * and "brien", so "obrien" typed as one finds nothing. For the prospects search only, a word that
 * could be such a name also matches as that phrase: "obrien" is `("obrien" OR "o brien")`. The
 * insight search keeps the plain query its exact ranking is proved on.
 */
const ELIDED = /^([dlo])(\p{L}{3,})$/iu;

export function toNameFtsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms === null) return null;
  return (
    terms.words
      .map((word, index) => {
        const star = index === terms.words.length - 1 && terms.lastIsPrefix ? '*' : '';
        const elided = ELIDED.exec(word);
        return elided
          ? `("${word}"${star} OR "${elided[1]} ${elided[2]}"${star})`
          : `"${word}"${star}`;
      })
      // FTS5 joins a parenthesised OR to its neighbours only with an explicit AND.
      .join(' AND ')
  );
}
