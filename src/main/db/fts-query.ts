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

export function toFtsQuery(input: string): string | null {
  const words = input.normalize('NFC').match(WORD)?.slice(0, MAX_TERMS) ?? [];
  if (words.length === 0) return null;
  const stillTyping = !/\s$/u.test(input);
  return words
    .map((word, index) => {
      const term = `"${word.slice(0, MAX_TERM_LENGTH)}"`;
      return index === words.length - 1 && stillTyping ? `${term}*` : term;
    })
    .join(' ');
}
