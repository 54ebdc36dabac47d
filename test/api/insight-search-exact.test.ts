import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { searchTerms, toFtsQuery } from '../../src/main/db/fts-query';
import { rebuildInsightSearchIndex } from '../../src/main/db/insight-search-index';
import { SearchBackfill } from '../../src/main/db/search-backfill';
import { WriteTurn } from '../../src/main/jobs/write-turn';
import { bm25Score, decodeFtsAverages } from '../../src/main/db/search-impacts';
import type { Db } from '../../src/main/db/open';
import {
  insertInsight,
  searchInsights,
  setInsightArchived,
  updateInsight,
} from '../../src/main/insights/repository';
import { mayTieOnceScaled, rankOneWord, type Scored } from '../../src/main/insights/search-ranking';
import { Random } from '../../bench/lib/random';
import { backend, call, preview, uploadId } from './import-support';

/**
 * The impact index must give exactly what bm25 over every match gives: the same rows in the same
 * order, ties included. The reference below is written out here, weights and all, so that the
 * test does not share a definition with the code it checks.
 */
const REFERENCE = `SELECT f.rowid FROM insights_fts f JOIN insights i ON i.id = f.rowid
  WHERE insights_fts MATCH @match AND i.archived_at IS NULL
  ORDER BY bm25(insights_fts, 10.0, 2.0, 3.0, 1.0, 3.0, 3.0, 4.0), f.rowid DESC LIMIT @limit`;

function bruteForce(db: Db, typed: string, limit: number): number[] {
  const match = toFtsQuery(typed);
  // A lone letter being typed waits for the second (fts-query.ts): nothing is searched.
  if (match === null) return [];
  return db.prepare(REFERENCE).pluck().all({ match, limit }) as number[];
}

/** One-word searches the index must prove on its own (common words and prefixes). */
const PROVED = ['pricing', 'pricing ', 'pr', 'pri', 'the', 'budget', 'q3'];
/** Every kind: rare, common, prefixes, a finished word, phrases, several words, accents. */
const QUERIES = [
  ...PROVED,
  'pric',
  'approval',
  'zorbulant',
  'budget appr',
  'pricing the ',
  'proposal budget q3',
  'café',
  'jos',
  'x',
];

const COMMON = ['the', 'pricing', 'to', 'and', 'budget', 'price', 'meeting', 'q3', 'proposal'];
const RARER = ['approval', 'approach', 'priority', 'process', 'procurement', 'pressure', 'product'];
const RARE = ['zorbulant', 'quillon', 'pr', 'pri', 'prime', 'pricings'];

/** Zipf-like: common words often, rarer ones sometimes, a rare one now and then. */
function words(random: Random, count: number): string {
  const out: string[] = [];
  for (let index = 0; index < count; index++) {
    const roll = random.next();
    out.push(
      roll < 0.55
        ? random.pick(COMMON)
        : roll < 0.9
          ? random.pick(RARER)
          : roll < 0.93
            ? random.pick(RARE)
            : `w${random.int(1, 400)}`,
    );
  }
  return out.join(random.chance(0.2) ? ' — ' : ' ');
}

/** Seeded rows of every shape: long and short, repeats, typographic quotes, some accents. */
function seed(db: Db, count: number, seedNumber: number, accents = true): void {
  const random = new Random(seedNumber);
  db.transaction(() => {
    for (let index = 0; index < count; index++) {
      const accented = random.chance(0.04) && accents;
      insertInsight(db, {
        headline: `${words(random, random.int(1, 9))}${accented ? ' Café José' : ''}${random.chance(0.1) ? ' “pricing”' : ''}`,
        detail: random.chance(0.3) ? '' : words(random, random.int(0, 40)),
        evidence: random.chance(0.5) ? '' : words(random, random.int(1, 12)),
        source: random.pick(['Gartner', 'DAT pricing report', '', 'the Q3 survey']),
        tags: random.some(
          ['pricing', 'budget', 'follow-up', 'procurement', 'q3'],
          random.int(0, 2),
        ),
        industries: random.some(['Logistics', 'Retail', 'Pricing Ops'], random.int(0, 1)),
        roles: random.some(['CFO', 'VP Procurement'], random.int(0, 1)),
      });
    }
  })();
}

function expectExact(db: Db, when: string): void {
  for (const typed of QUERIES) {
    for (const limit of [20, 5]) {
      const found = searchInsights(db, typed, limit).map((hit) => hit.insight.id);
      expect(found, `${when}: "${typed}" limit ${limit}`).toEqual(bruteForce(db, typed, limit));
    }
  }
  // The common words and prefixes are answered by the index, not by the fallback.
  for (const typed of PROVED) {
    const proved = rankOneWord(db, searchTerms(typed)!, toFtsQuery(typed)!, 20);
    expect(proved, `${when}: "${typed}" proved by the index`).toEqual(bruteForce(db, typed, 20));
  }
}

function indexContents(db: Db) {
  return {
    entries: db
      .prepare('SELECT * FROM insight_search_impacts ORDER BY key, impact, insight_id')
      .all(),
    unindexed: db
      .prepare('SELECT insight_id FROM insight_search_unindexed ORDER BY 1')
      .pluck()
      .all(),
  };
}

/** What the writes maintained equals an index rebuilt from the rows as they now are. */
function expectInStep(db: Db, when: string): void {
  const maintained = indexContents(db);
  db.exec('SAVEPOINT rebuilt');
  try {
    rebuildInsightSearchIndex(db);
    expect(maintained, when).toEqual(indexContents(db));
  } finally {
    db.exec('ROLLBACK TO rebuilt; RELEASE rebuilt');
  }
}

function varints(block: Uint8Array): number[] {
  const values: number[] = [];
  for (let offset = 0; offset < block.length;) {
    let value = 0;
    let byte: number;
    do {
      byte = block[offset++]!;
      value = value * 128 + (byte & 0x7f);
    } while (byte & 0x80);
    values.push(value);
  }
  return values;
}

async function exportLibrary(api: Backend): Promise<string> {
  return (await call(api, 'export:library-json')).content;
}

describe('exact insight search from the impact index', () => {
  it('gives the same page as bm25 over every match, through edits, archive, deletes, restore and import', async () => {
    const api = backend();
    const db = api.db;
    seed(db, 1_500, 11);
    expectExact(db, 'seeded');
    expectInStep(db, 'seeded');

    // Every typographic separator the plain tokenizer accepts splits words as unicode61 does.
    const typographic = insertInsight(db, {
      headline: 'pricing\u00a0q3 \u00a3 \u00a9 \u00abbudget\u00bb \u00ae \u00b0 \u00b7 \u00d7 x',
      detail:
        'a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g \u2018h\u2019 \u201ci\u201d \u201a \u201e \u201f',
      evidence: '\u2022 j\u2026k \u2032 \u2033 \u2039l\u203a \u20ac5 pricing\u2122',
    });
    expect(indexContents(db).unindexed).not.toContain(typographic);
    // The plain tokenizer counts each indexed row's tokens as FTS5 did.
    const lengths = db
      .prepare(
        `SELECT DISTINCT e.insight_id AS id, e.length, d.sz FROM insight_search_impacts e
         JOIN insights_fts_docsize d ON d.id = e.insight_id`,
      )
      .all() as { id: number; length: number; sz: Uint8Array }[];
    expect(lengths.length).toBeGreaterThan(1_000);
    expect(lengths.map((row) => row.id)).toContain(typographic);
    for (const row of lengths)
      expect(row.length, `row ${row.id}`).toBe(varints(row.sz).reduce((a, b) => a + b, 0));
    // Accented rows are left to FTS5's own scoring.
    expect(indexContents(db).unindexed.length).toBeGreaterThan(20);

    const random = new Random(12);
    const ids = () => db.prepare('SELECT id FROM insights ORDER BY id').pluck().all() as number[];
    db.transaction(() => {
      for (const id of random.some(ids(), 60)) {
        updateInsight(db, id, {
          headline: words(random, random.int(1, 8)),
          ...(random.chance(0.5) ? { detail: words(random, random.int(0, 30)) } : {}),
          ...(random.chance(0.3) ? { tags: ['pricing', 'pricing-ops'] } : {}),
        });
      }
      // An edit that leaves the searched text alone keeps the row's entries.
      for (const id of random.some(ids(), 10))
        updateInsight(db, id, { sourceUrl: 'https://x.example' });
      for (const id of random.some(ids(), 40)) setInsightArchived(db, id, true);
      for (const id of random.some(ids(), 25))
        db.prepare('DELETE FROM insights WHERE id = ?').run(id);
    })();
    const strongest = insertInsight(db, { headline: 'pricing pricing pricing', tags: ['pricing'] });
    expectExact(db, 'after edits, archive and deletes');
    expectInStep(db, 'after edits, archive and deletes');
    expect(searchInsights(db, 'pricing', 1)[0]?.insight.id).toBe(strongest);

    // A write that bypasses insights/rows.ts leaves its row unindexed: still found, and exact.
    const bypassed = ids()[3]!;
    db.prepare(
      `UPDATE insights SET headline = 'pricing pricing pricing pricing pricing', detail = '',
         evidence = '', source = '', tags = '["pricing"]', industries = '[]', roles = '[]'
       WHERE id = ?`,
    ).run(bypassed);
    expect(indexContents(db).unindexed).toContain(bypassed);
    expect(searchInsights(db, 'pricing', 1)[0]?.insight.id).toBe(bypassed);
    expectExact(db, 'after a write around the write path');
    setInsightArchived(db, bypassed, true);
    expectExact(db, 'after archiving the unindexed winner');

    // A library restore writes every insight through the write path: the same index.
    const restored = backend();
    await call(restored, 'import:library-json', {
      uploadId: await uploadId(restored, Buffer.from(await exportLibrary(api))),
    });
    expectExact(restored.db, 'restored library');
    expectInStep(restored.db, 'restored library');

    // An import adds and merges insights (a merge updates the searched text).
    const headline = db
      .prepare('SELECT headline FROM insights WHERE archived_at IS NULL LIMIT 1')
      .pluck()
      .get() as string;
    const file = JSON.stringify([
      { headline, tags: ['pricing', 'budget'], detail: 'pricing budget pricing' },
      { headline: 'Pricing the Q3 budget proposal', evidence: 'pricing survey' },
      { headline: 'Zorbulant pricing', detail: 'pricing pricing' },
    ]);
    const shown = await preview(api, Buffer.from(file), 'insights', 'json');
    await call(api, 'import:commit', {
      uploadId: shown.uploadId,
      duplicateStrategy: 'merge',
      skipInvalidRows: true,
    });
    expectExact(db, 'after an import');
    // Written again through the write path, the bypassed row is indexed like every other.
    updateInsight(db, bypassed, { headline: 'pricing pricing pricing pricing' });
    expectInStep(db, 'after an import');
  });

  it('gives the same top 20 as bm25 over every match at every point of a partial backfill', async () => {
    const api = backend();
    const db = api.db;
    seed(db, 1_500, 17);
    // What migration 010 leaves on a library that had insights: every row marked, none indexed.
    db.exec(`DELETE FROM insight_search_impacts;
      INSERT OR IGNORE INTO insight_search_unindexed (insight_id) SELECT id FROM insights`);
    const marked = () =>
      db.prepare('SELECT count(*) FROM insight_search_unindexed').pluck().get() as number;
    expect(marked()).toBe(1_500);
    const random = new Random(18);
    const ids = () => db.prepare('SELECT id FROM insights ORDER BY id').pluck().all() as number[];
    const mismatches: string[] = [];
    const checkedAt: number[] = [];
    // Pages the index proved with the marked rows scored beside it, rather than the fallback.
    let provedWithMarked = 0;
    const compare = (when: string) => {
      for (const typed of QUERIES) {
        const found = searchInsights(db, typed, 20).map((hit) => hit.insight.id);
        if (JSON.stringify(found) !== JSON.stringify(bruteForce(db, typed, 20)))
          mismatches.push(`${when}: "${typed}"`);
      }
      for (const typed of PROVED)
        if (marked() > 0 && rankOneWord(db, searchTerms(typed)!, toFtsQuery(typed)!, 20))
          provedWithMarked++;
    };
    compare('before the backfill');
    let turns = 0;
    const backfill = SearchBackfill.start(db, {
      writeTurn: new WriteTurn(),
      rowsPerTurn: 100,
      // Runs between two turns: the index is partly built here, by events, not by time.
      afterTurn: () => {
        turns++;
        if (turns % 3 !== 1) return;
        checkedAt.push(marked());
        compare(`after turn ${turns}`);
        // Writes meanwhile, ahead of the backfill and behind it: an edit, an archive, a new
        // row, a delete and a write around the write path.
        const [edited, archived, deleted, bypassed] = random.some(ids(), 4);
        updateInsight(db, edited!, { headline: words(random, random.int(1, 8)) });
        setInsightArchived(db, archived!, true);
        insertInsight(db, { headline: 'pricing pricing budget', tags: ['pricing'] });
        db.prepare('DELETE FROM insights WHERE id = ?').run(deleted);
        db.prepare("UPDATE insights SET headline = 'pricing q3 pricing' WHERE id = ?").run(
          bypassed,
        );
        compare(`after turn ${turns} and writes`);
      },
    });
    expect(await backfill.finished).toBe('done');
    expect(mismatches).toEqual([]);
    expect(provedWithMarked).toBeGreaterThan(10);
    // Checked from nearly all rows marked to nearly none.
    expect(checkedAt.length).toBeGreaterThanOrEqual(5);
    expect(checkedAt[0]).toBeGreaterThan(1_300);
    expect(checkedAt.at(-1)).toBeLessThan(300);
    // Through: the rows left marked are the accented ones and those written around the write
    // path behind the backfill; written through it again, they are indexed as a rebuild would.
    expectExact(db, 'after the backfill');
    expect(marked()).toBeLessThan(200);
    for (const id of db
      .prepare(
        `SELECT u.insight_id FROM insight_search_unindexed u JOIN insights i ON i.id = u.insight_id
         WHERE i.headline = 'pricing q3 pricing'`,
      )
      .pluck()
      .all() as number[])
      updateInsight(db, id, { headline: 'pricing q3 pricing' });
    expectInStep(db, 'after the backfill');
  });

  it('ranks without counting the matches when every row is indexed, with the same result', () => {
    const api = backend();
    const db = api.db;
    seed(db, 1_200, 15, false);
    expect(indexContents(db).unindexed).toEqual([]);
    expectExact(db, 'every row indexed');
    const random = new Random(16);
    const ids = db.prepare('SELECT id FROM insights').pluck().all() as number[];
    for (const id of random.some(ids, 30)) setInsightArchived(db, id, true);
    for (const id of random.some(ids, 30))
      updateInsight(db, id, { headline: 'pricing the q3 budget' });
    expectExact(db, 'every row indexed, after edits');
  });

  it('redoes the ranking with the idf only when two neighbours are within rounding', () => {
    const row = (score: number, id: number): Scored => ({ id, score });
    expect(mayTieOnceScaled([row(2.1, 9), row(2, 8), row(2, 7), row(1.5, 3)])).toBe(false);
    expect(mayTieOnceScaled([row(2.1, 9), row(2, 8), row(2 - 2 ** -51, 7)])).toBe(true);
    expect(mayTieOnceScaled([row(2, 8)])).toBe(false);
  });

  it("computes each indexed row's score as the very double FTS5's bm25 returns", () => {
    const api = backend();
    const db = api.db;
    seed(db, 400, 14);
    const totals = decodeFtsAverages(
      db.prepare('SELECT block FROM insights_fts_data WHERE id = 1').pluck().get() as Uint8Array,
    );
    expect(totals.rows).toBe(400);
    const avgdl = totals.tokens / totals.rows;
    let compared = 0;
    for (const [key, match] of [
      ['pricing*', '"pricing"*'],
      ['pr*', '"pr"*'],
      ['approval', '"approval"'],
    ] as const) {
      const matching = db
        .prepare('SELECT count(*) FROM insights_fts WHERE insights_fts MATCH ?')
        .pluck()
        .get(match) as number;
      const ln = db
        .prepare('SELECT ln(?)')
        .pluck()
        .get((totals.rows - matching + 0.5) / (matching + 0.5)) as number;
      const idf = ln <= 0 ? 1e-6 : ln;
      const fts = new Map(
        (
          db
            .prepare(
              `SELECT rowid AS id, bm25(insights_fts, 10.0, 2.0, 3.0, 1.0, 3.0, 3.0, 4.0) AS bm25
               FROM insights_fts WHERE insights_fts MATCH ?`,
            )
            .all(match) as { id: number; bm25: number }[]
        ).map((row) => [row.id, row.bm25]),
      );
      const entries = db
        .prepare(
          'SELECT insight_id AS id, frequency, length FROM insight_search_impacts WHERE key = ?',
        )
        .all(key) as { id: number; frequency: number; length: number }[];
      expect(entries.length, key).toBeGreaterThan(5);
      for (const entry of entries) {
        expect(
          -bm25Score(idf, entry.frequency, entry.length, avgdl),
          `${key} row ${entry.id}`,
        ).toBe(fts.get(entry.id));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('falls back to scoring every match when the index cannot prove the page', () => {
    const api = backend();
    const db = api.db;
    // Hundreds of weak matches (one mention deep in a long detail: none is stored) and three
    // stored ones: the page of 20 cannot be proved from the index, so every match is scored.
    const filler = 'warehouse carriers quarterly lanes margin distributors '.repeat(6);
    db.transaction(() => {
      for (let index = 0; index < 700; index++)
        insertInsight(db, { headline: `Review ${index}`, detail: `${filler} quillon ${filler}` });
      for (let index = 0; index < 3; index++) insertInsight(db, { headline: 'Quillon audits' });
    })();
    expect(
      db.prepare("SELECT count(*) FROM insight_search_impacts WHERE key = 'quillon'").pluck().get(),
    ).toBe(3);
    expect(rankOneWord(db, searchTerms('quillon ')!, toFtsQuery('quillon ')!, 20)).toBeNull();
    // A page the stored rows fill is proved.
    expect(rankOneWord(db, searchTerms('quillon ')!, toFtsQuery('quillon ')!, 3)).toHaveLength(3);
    for (const typed of ['quillon ', 'quil']) {
      expect(searchInsights(db, typed, 20).map((hit) => hit.insight.id)).toEqual(
        bruteForce(db, typed, 20),
      );
    }
  });

  it('reads a word by falling impact through its key, joining each entry to its insight', () => {
    const api = backend();
    const plan = api.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT e.insight_id AS id, e.frequency, e.length, e.impact
         FROM insight_search_impacts e JOIN insights i ON i.id = e.insight_id
         WHERE e.key = @key AND i.archived_at IS NULL
         ORDER BY e.impact DESC, e.insight_id DESC`,
      )
      .all({ key: 'pricing' }) as { detail: string }[];
    const details = plan.map((row) => row.detail).join('\n');
    expect(details).toMatch(/SEARCH e USING PRIMARY KEY \(key=\?\)/u);
    expect(details).toMatch(/SEARCH i USING INTEGER PRIMARY KEY/u);
    expect(details).not.toMatch(/TEMP B-TREE/u);
  });
});
