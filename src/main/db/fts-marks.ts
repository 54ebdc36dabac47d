import { MATCH_END, MATCH_START } from '../../shared/domain/match-marks';
import type { SearchTerms } from './fts-query';

/**
 * Highlights and snippets for the few rows a search shows, computed here instead of by FTS5's
 * highlight() and snippet(). Those need the row's MATCH cursor: either every match of the
 * query pays for them while it is ranked (the old 400-row window spent most of its time there), or
 * each winner re-runs the full-text query (a 4+ letter prefix such as "pricing"* merges its
 * doclists again per row). Marking 20 short texts in JS costs microseconds.
 *
 * Tokens and folding follow the tables' tokenizer, `unicode61 remove_diacritics 2`: runs of
 * letters, marks and numbers, compared without case or diacritics.
 */
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

interface Token {
  start: number;
  end: number;
  hit: number;
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Which query term a token matches (index into the terms), or -1. */
function matcher(terms: SearchTerms): (token: string) => number {
  const folded = terms.words.map(fold);
  const last = folded.length - 1;
  return (token) => {
    const word = fold(token);
    for (let index = 0; index < folded.length; index++) {
      const term = folded[index]!;
      if (word === term || (index === last && terms.lastIsPrefix && word.startsWith(term)))
        return index;
    }
    return -1;
  };
}

function tokenize(text: string, terms: SearchTerms): Token[] {
  const hitOf = matcher(terms);
  return [...text.matchAll(TOKEN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    hit: hitOf(match[0]),
  }));
}

function markRange(text: string, tokens: Token[], from: number, to: number): string {
  let out = '';
  let cursor = from;
  for (const token of tokens) {
    if (token.hit < 0 || token.start < from || token.end > to) continue;
    out += `${text.slice(cursor, token.start)}${MATCH_START}${text.slice(token.start, token.end)}${MATCH_END}`;
    cursor = token.end;
  }
  return out + text.slice(cursor, to);
}

/** The whole text with every matching token wrapped in \u0002 … \u0003, like highlight(). */
export function highlightTerms(text: string, terms: SearchTerms): string {
  return markRange(text, tokenize(text, terms), 0, text.length);
}

/**
 * A window of at most `maxTokens` tokens with matches marked, like snippet(): the window holding
 * the most distinct query terms (the earliest on a tie), with `…` where the text was cut.
 */
export function snippetTerms(text: string, terms: SearchTerms, maxTokens: number): string {
  const tokens = tokenize(text, terms);
  if (tokens.length <= maxTokens) return markRange(text, tokens, 0, text.length);
  let bestStart = 0;
  let bestScore = -1;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.hit < 0) continue;
    // Start a little before the hit so it reads in context, as snippet() does.
    const start = Math.max(0, Math.min(index - 2, tokens.length - maxTokens));
    const score = new Set(
      tokens
        .slice(start, start + maxTokens)
        .filter((token) => token.hit >= 0)
        .map((token) => token.hit),
    ).size;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  const lastIndex = Math.min(tokens.length, bestStart + maxTokens) - 1;
  const from = bestStart === 0 ? 0 : tokens[bestStart]!.start;
  const to = lastIndex === tokens.length - 1 ? text.length : tokens[lastIndex]!.end;
  return `${from > 0 ? '…' : ''}${markRange(text, tokens, from, to)}${to < text.length ? '…' : ''}`;
}
