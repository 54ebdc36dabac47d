import type { z } from 'zod';
import { MATCH_END, MATCH_START } from '../../shared/domain/match-marks';
import type {
  GlobalNoteHit,
  GlobalSearchHit,
  GlobalSearchResult,
  globalSearchInput,
} from '../../shared/domain/search';
import { searchCallNotes } from '../calls/note-search';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { searchInsights } from '../insights/repository';
import { searchTerms, toFtsQuery, toNameFtsQuery } from '../db/fts-query';
import { highlightTerms, snippetTerms } from '../db/fts-marks';

/**
 * The command palette's search: a few of the best prospects, insights and call notes for what the
 * rep typed. Each part reuses its feature's FTS search where one exists; anything the rep types is
 * turned into a safe FTS query by toFtsQuery, so hostile input finds nothing instead of failing.
 */
export function searchEverything(
  db: Db,
  { query, limit }: z.output<typeof globalSearchInput>,
): GlobalSearchResult {
  if (toFtsQuery(query) === null) return { prospects: [], insights: [], notes: [] };
  return {
    prospects: searchProspectsRanked(db, query, limit),
    insights: searchInsights(db, query, limit).map(
      ({ insight, headlineMarked, detailExcerptMarked }) => ({
        id: insight.id,
        titleMarked: headlineMarked,
        subtitle: [insight.source, insight.industries.join(', ')].filter(Boolean).join(' · '),
        excerptMarked: hasMark(detailExcerptMarked) ? detailExcerptMarked : '',
      }),
    ),
    notes: searchNotes(db, query, limit),
  };
}

/** Column weights for bm25 over (name, title, company, industry, tags, notes). */
const PROSPECT_BM25 = 'bm25(prospects_fts, 10.0, 3.0, 5.0, 2.0, 2.0, 1.0)';
const PROSPECT_RANK_LIMIT = 5_000;

/**
 * The prospects list search (listProspects) sorts by name and counts every match, which is right
 * for a list but wrong for "the five best": here a match in the name outranks one in the notes.
 * Every match up to PROSPECT_RANK_LIMIT is ranked by bm25 (ids and scores only), beyond that the
 * newest PROSPECT_RANK_LIMIT, then the winners are marked in JS (db/fts-marks.ts). Unlike the
 * insight search this keeps a window: the palette searches three tables on every keystroke, and
 * exact ranking of a very common word would cost tens of milliseconds here too (issue #11).
 */
function searchProspectsRanked(db: Db, query: string, limit: number): GlobalSearchHit[] {
  const match = toNameFtsQuery(query)!;
  const terms = searchTerms(query)!;
  // Scored and sorted on the FTS table alone; the archived (about 2%) are skipped while reading
  // the winners, instead of joining every candidate to prospects.
  const sorted = statement(
    db,
    `SELECT id FROM (
       SELECT rowid AS id, ${PROSPECT_BM25} AS score FROM prospects_fts
       WHERE prospects_fts MATCH @match ORDER BY rowid DESC LIMIT @rankLimit
     ) ORDER BY score, id DESC`,
  ).pluck();
  const isActive = statement(
    db,
    'SELECT archived_at IS NULL FROM prospects WHERE id = @id',
  ).pluck();
  const ranked: number[] = [];
  for (const id of sorted.iterate({
    match,
    rankLimit: PROSPECT_RANK_LIMIT,
  }) as IterableIterator<number>) {
    if (isActive.get({ id }) === 1) ranked.push(id);
    if (ranked.length === limit) break;
  }
  if (ranked.length === 0) return [];
  const rows = statement(
    db,
    `SELECT id, name, title, company, industry, tags, notes FROM prospects
     WHERE id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(ranked) }) as {
    id: number;
    name: string;
    title: string;
    company: string;
    industry: string;
    tags: string;
    notes: string;
  }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const [name, title, company] = [row.name, row.title, row.company].map((text) =>
      highlightTerms(text, terms),
    );
    // The subtitle already shows title and company; the excerpt says where else it matched.
    const elsewhere = [
      highlightTerms(row.industry, terms),
      highlightTerms(tagText(row.tags), terms),
      snippetTerms(row.notes, terms, 16),
    ].find(hasMark);
    return [
      {
        id,
        titleMarked: name!,
        subtitle: [row.title, row.company].filter(Boolean).join(' · '),
        excerptMarked: [name!, title!, company!].some(hasMark) ? '' : (elsewhere ?? ''),
      },
    ];
  });
}

function searchNotes(db: Db, query: string, limit: number): GlobalNoteHit[] {
  const hits = searchCallNotes(db, query, limit);
  if (hits.length === 0) return [];
  const calls = statement(
    db,
    `SELECT c.id, c.started_at AS startedAt, p.name FROM calls c JOIN prospects p ON p.id = c.prospect_id
     WHERE c.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify([...new Set(hits.map((hit) => hit.callId))]) }) as {
    id: number;
    startedAt: string;
    name: string;
  }[];
  const callsById = new Map(calls.map((call) => [call.id, call]));
  return hits.map((hit) => {
    const call = callsById.get(hit.callId);
    return {
      id: hit.noteId,
      callId: hit.callId,
      prospectId: hit.prospectId,
      titleMarked: call ? `Call with ${call.name}` : 'Call note',
      subtitle: [call?.startedAt.slice(0, 10), `${clock(hit.offsetMs)} into the call`]
        .filter(Boolean)
        .join(' · '),
      excerptMarked: excerptAround(hit.bodyMarked, 140),
    };
  });
}

function hasMark(text: string): boolean {
  return text.includes(MATCH_START);
}

/** Tags are stored as a JSON array; show them as the rep typed them. */
function tagText(json: string): string {
  return json
    .replace(/^\[|\]$/gu, '')
    .replace(/","/gu, ', ')
    .replace(/"/gu, '');
}

function clock(offsetMs: number): string {
  const seconds = Math.floor(offsetMs / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * A window of about `max` characters around the first match, cut on word boundaries and never
 * inside a mark, so a long note shows the part that matched.
 */
export function excerptAround(marked: string, max: number): string {
  if (marked.length <= max) return marked;
  const first = Math.max(0, marked.indexOf(MATCH_START));
  let start = Math.max(0, first - Math.floor(max / 3));
  let end = Math.min(marked.length, start + max);
  // Move the cuts to whitespace so no word is split.
  while (start > 0 && start < first && !/\s/u.test(marked[start - 1]!)) start++;
  while (end < marked.length && !/\s/u.test(marked[end]!)) end++;
  let text = marked.slice(start, end);
  // Keep marks balanced: an opening mark cut off from its end would swallow the rest.
  const opens = text.split(MATCH_START).length - 1;
  const closes = text.split(MATCH_END).length - 1;
  if (opens > closes) text += MATCH_END;
  if (closes > opens) text = MATCH_START + text;
  return `${start > 0 ? '…' : ''}${text.trim()}${end < marked.length ? '…' : ''}`;
}
