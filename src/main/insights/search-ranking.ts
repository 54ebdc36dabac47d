import type { SearchTerms } from '../db/fts-query';
import { INSIGHT_SEARCH_WEIGHTS } from '../db/insight-search-index';
import type { Db } from '../db/open';
import {
  bm25Score,
  decodeFtsAverages,
  MIN_STORED_IMPACT,
  prefixKey,
  scoreBound,
} from '../db/search-impacts';
import { statement } from '../db/statements';

/** bm25 with the insight columns' weights: the ranking every insight search orders by. */
// eslint-disable-next-line oneup/no-dynamic-sql -- built once from the fixed weight table in db/insight-search-index.ts; the rule does not follow the map
export const INSIGHT_BM25 = `bm25(insights_fts, ${INSIGHT_SEARCH_WEIGHTS.map((weight) => weight.toFixed(1)).join(', ')})`;

export interface Scored {
  id: number;
  score: number;
}

/** bm25 order: the higher score first (FTS5 returns it negated), then the newer id. */
const ranksAbove = (a: Scored, b: Scored) =>
  a.score > b.score || (a.score === b.score && a.id > b.id);

/** Keeps `top` in rank order and at most `limit` long. */
function offer(top: Scored[], candidate: Scored, limit: number): void {
  let index = top.length;
  while (index > 0 && ranksAbove(candidate, top[index - 1]!)) index--;
  if (index >= limit) return;
  top.splice(index, 0, candidate);
  if (top.length > limit) top.pop();
}

/**
 * Below this many matches, scoring every one with bm25() (about 0.3 ms for 500) costs less than
 * reading the index, and a rare word's few stored rows seldom prove a page anyway.
 */
const SCORE_ALL_BELOW = 500;

/**
 * With more unindexed rows than this (the backfill after migration 010 has not got far yet),
 * scoring them apart and then reading the index costs more than scoring every match once. On
 * the bench's 100k insights, "pricing" and "pr" cost about 20 ms of CPU this way with 10k rows
 * unindexed, 40 ms with 30k and 110–130 ms with all of them, against about 45 ms for scoring
 * every match (loaded machine, same run).
 */
const UNINDEXED_AT_MOST = 10_000;

/**
 * A bound is compared with this much room, so that rounding in the last bits of a score can
 * never let a row past it: scores are sums of a few products, exact to about 1e-15.
 */
const ROUNDING_ROOM = 1 + 1e-9;

/**
 * The ids of the `limit` best active insights for a one-word search (a term, or a prefix being
 * typed), in exactly the order `ORDER BY bm25(…), id DESC` over every match gives, or null when
 * this cannot prove that order and the caller must score every match.
 *
 * Why it is exact (db/search-impacts.ts has the arithmetic):
 * - every active row that matches is either unindexed, scored here with FTS5's own bm25, or
 *   indexed: its entry for the word is stored if its impact reaches MIN_STORED_IMPACT;
 * - a stored entry carries the row's weighted frequency and length, from which bm25Score gives
 *   the very double FTS5 would (same formula, same idf from the same count and libm, same avgdl
 *   from FTS5's own totals);
 * - entries are read by falling impact and every row not yet read scores at most the bound of
 *   the next impact (or of the stored minimum once the list is done). Reading stops when the
 *   page's last row scores above that bound, so no unread row can enter the page or tie with it.
 *
 * The idf is the same for every row of a one-word search, and FTS5's score is idf times the
 * row's part, rounded: the order by that part is FTS5's order, except where two parts so close
 * that their products round to the same double become a tie that FTS5 breaks by id. So when no
 * row is unindexed, the rows are ranked by their part alone, without counting the matches for
 * the idf (the count of a common word was most of the cost), and only if two neighbours on the
 * page (or just past it) are within rounding of each other is the ranking redone with the idf.
 */
export function rankOneWord(
  db: Db,
  terms: SearchTerms,
  match: string,
  limit: number,
): number[] | null {
  const word = terms.words.length === 1 ? terms.words[0]! : '';
  // Only plain words: the index keys are ASCII as unicode61 folds them (see plainTokens).
  if (!/^[A-Za-z0-9]+$/u.test(word)) return null;
  const folded = word.toLowerCase();
  const key = terms.lastIsPrefix ? prefixKey(folded) : folded;

  const block = statement(db, 'SELECT block FROM insights_fts_data WHERE id = 1').pluck().get() as
    Uint8Array | undefined;
  const totals = block && decodeFtsAverages(block);
  if (!totals || totals.rows === 0 || totals.tokens === 0) return null;
  const avgdl = totals.tokens / totals.rows;

  const unindexed = statement(
    db,
    'SELECT count(*) FROM (SELECT 1 FROM insight_search_unindexed LIMIT @cap)',
  )
    .pluck()
    .get({ cap: UNINDEXED_AT_MOST + 1 }) as number;
  if (unindexed > UNINDEXED_AT_MOST) return null;
  const anyUnindexed = unindexed > 0;
  if (!anyUnindexed) {
    const ranked = rankFromIndex(db, key, limit, 1, avgdl, []);
    if (ranked === null) return null;
    if (!mayTieOnceScaled(ranked)) return ranked.slice(0, limit).map((row) => row.id);
  }
  // bm25's idf counts the rows matching the phrase, archived ones too, as this count does.
  const matching = statement(
    db,
    'SELECT count(*) FROM insights_fts WHERE insights_fts MATCH @match',
  )
    .pluck()
    .get({ match }) as number;
  if (matching === 0) return [];
  if (matching < SCORE_ALL_BELOW) return null;
  const idf = idfOf(db, totals.rows, matching);
  const seeds = anyUnindexed ? unindexedScores(db, match) : [];
  const ranked = rankFromIndex(db, key, limit, idf, avgdl, seeds);
  return ranked && ranked.slice(0, limit).map((row) => row.id);
}

/**
 * The best `limit` + 1 rows (the page and its first runner-up, for mayTieOnceScaled) among
 * `seeds` and the key's stored entries, read until the bound proves the page; null if it never
 * does.
 */
function rankFromIndex(
  db: Db,
  key: string,
  limit: number,
  idf: number,
  avgdl: number,
  seeds: Scored[],
): Scored[] | null {
  const kept = limit + 1;
  const top: Scored[] = [];
  for (const row of seeds) offer(top, row, kept);
  const proved = (impact: number) =>
    top.length >= limit && top[limit - 1]!.score > scoreBound(idf, impact, avgdl) * ROUNDING_ROOM;
  const entries = statement(
    db,
    `SELECT e.insight_id AS id, e.frequency, e.length, e.impact
     FROM insight_search_impacts e JOIN insights i ON i.id = e.insight_id
     WHERE e.key = @key AND i.archived_at IS NULL
     ORDER BY e.impact DESC, e.insight_id DESC`,
  );
  for (const entry of entries.iterate({ key }) as IterableIterator<{
    id: number;
    frequency: number;
    length: number;
    impact: number;
  }>) {
    if (proved(entry.impact)) return top;
    const score = bm25Score(idf, entry.frequency, entry.length, avgdl);
    offer(top, { id: entry.id, score }, kept);
  }
  // Every stored entry is read: what is left are rows below the stored minimum.
  return proved(MIN_STORED_IMPACT) ? top : null;
}

/**
 * True when two neighbours differ by so little that multiplying both by the idf could round
 * them to one double (a relative gap of about 1e-16; 1e-12 leaves room).
 */
export function mayTieOnceScaled(ranked: readonly Scored[]): boolean {
  for (let index = 1; index < ranked.length; index++) {
    const above = ranked[index - 1]!.score;
    const below = ranked[index]!.score;
    if (above !== below && above - below <= above * 1e-12) return true;
  }
  return false;
}

/** bm25's idf, computed by SQLite's ln() so that it is the same libm log FTS5 calls. */
function idfOf(db: Db, rows: number, matching: number): number {
  const idf = statement(db, 'SELECT ln(@ratio)')
    .pluck()
    .get({ ratio: (rows - matching + 0.5) / (matching + 0.5) }) as number;
  return idf <= 0 ? 1e-6 : idf;
}

/**
 * The active unindexed rows that match, with FTS5's own scores. `+rowid` keeps the IN list from
 * becoming one FTS5 lookup per row, each of which would recount the whole doclist for its idf.
 * CROSS JOIN builds the list from the marks: with a plain JOIN the planner scanned every insight
 * and looked each up among the marks (about 30 ms at 100k insights, with 1,000 marked).
 */
function unindexedScores(db: Db, match: string): Scored[] {
  return statement(
    db,
    `SELECT insights_fts.rowid AS id, -${INSIGHT_BM25} AS score FROM insights_fts
     WHERE insights_fts MATCH @match AND +insights_fts.rowid IN (
       SELECT u.insight_id FROM insight_search_unindexed u CROSS JOIN insights i ON i.id = u.insight_id
       WHERE i.archived_at IS NULL)`,
  ).all({ match }) as Scored[];
}
