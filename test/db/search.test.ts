import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../src/main/db/open';
import {
  createInsight,
  searchInsights,
  setInsightArchived,
  updateInsight,
} from '../../src/main/insights/repository';
import { createProspect, listProspects } from '../../src/main/prospects/repository';
import { toFtsQuery } from '../../src/main/db/fts-query';
import { tempDir } from '../helpers/temp';

const NASTY = [
  'price"',
  '"',
  '""',
  'NEAR(',
  'NEAR(a b',
  '*',
  '**',
  '-pricing',
  'title:secret',
  'headline:freight',
  "O'Reilly",
  '🚚',
  '🙂🙂',
  '',
  '   ',
  'AND',
  'OR OR',
  'NOT freight',
  '(freight',
  'freight)',
  '^freight',
  'fr*ight',
  '{headline detail}: x',
  'a AND (b OR',
  '\u0000',
  '\\',
  "'; DROP TABLE insights; --",
  'x'.repeat(5_000),
];

function seeded(db: Db) {
  createInsight(db, {
    headline: 'Distributors who re-bid freight lanes quarterly pay 11% less',
    detail: 'Pricing pressure from carriers; ask O’Reilly about the secret title of the report.',
    tags: ['freight', 'pricing'],
  });
  createInsight(db, {
    headline: 'Secret shoppers find one clinic in three misquotes prices',
    tags: ['healthcare'],
  });
  createProspect(db, {
    name: "Pat O'Reilly",
    company: 'Tidewater Supply',
    title: 'VP Pricing',
    tags: ['freight'],
  });
}

describe('toFtsQuery', () => {
  it('quotes every word and lets the last one match as a prefix', () => {
    expect(toFtsQuery('freight cost')).toBe('"freight" "cost"*');
    expect(toFtsQuery('freight cost ')).toBe('"freight" "cost"');
    expect(toFtsQuery('title:secret')).toBe('"title" "secret"*');
    expect(toFtsQuery('NEAR(')).toBe('"NEAR"*');
    expect(toFtsQuery('-pricing')).toBe('"pricing"*');
  });

  it('returns null when nothing searchable is left', () => {
    for (const input of ['', '   ', '*', '"', '🚚', '(-)', '\u0000'])
      expect(toFtsQuery(input)).toBeNull();
  });
});

describe('searching with whatever a rep types', () => {
  it('never throws on hostile strings and never lets them restrict columns', () => {
    const db = openDatabase(tempDir());
    seeded(db);
    for (const query of NASTY) {
      expect(() => searchInsights(db, query, 20), query).not.toThrow();
      expect(
        () =>
          listProspects(db, {
            query,
            status: 'active',
            sort: 'name',
            lastContact: 'any',
            offset: 0,
            limit: 20,
          }),
        query,
      ).not.toThrow();
    }
    // "title:secret" must not become a column filter: it finds "secret" anywhere, and 'title' too.
    expect(searchInsights(db, 'title:secret', 20).map((hit) => hit.insight.id)).toEqual([1]);
    // "-pricing" is not a NOT: it finds pricing.
    expect(searchInsights(db, '-pricing', 20)).toHaveLength(1);
    expect(searchInsights(db, "O'Reilly", 20)).toHaveLength(1);
    expect(
      listProspects(db, {
        query: "O'Reilly",
        status: 'active',
        sort: 'name',
        lastContact: 'any',
        offset: 0,
        limit: 20,
      }).total,
    ).toBe(1);
    expect(searchInsights(db, '🚚', 20)).toEqual([]);
    expect(searchInsights(db, '', 20)).toEqual([]);
    closeDatabase(db);
  });

  // 2,000 runs from a fixed seed: 10,000 took over a minute on a loaded 2-core CI machine, and
  // the hand-picked hostile strings above cover each FTS5 operator on every run.
  it('survives 2,000 random strings, including unicode and FTS5 syntax characters', () => {
    const db = openDatabase(tempDir());
    seeded(db);
    const syntaxy = fc.constantFrom(
      '"',
      '*',
      '(',
      ')',
      ':',
      '-',
      '^',
      '+',
      'NEAR',
      'AND',
      'OR',
      'NOT',
      ' ',
      '{',
      '}',
      "'",
    );
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      syntaxy,
      fc.constantFrom('freight', 'secret', 'pri'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')),
        (query) => {
          searchInsights(db, query, 5);
          listProspects(db, {
            query,
            status: 'active',
            sort: 'name',
            lastContact: 'any',
            offset: 0,
            limit: 5,
          });
        },
      ),
      { numRuns: 2_000, seed: 20261126 },
    );
    closeDatabase(db);
  });

  it('matches prefixes while typing, ignores accents, and highlights the match', () => {
    const db = openDatabase(tempDir());
    seeded(db);
    createInsight(db, { headline: 'José’s café chain cut waste 20%' });
    const hits = searchInsights(db, 'distrib', 20);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.headlineMarked).toContain('\u0002Distributors\u0003');
    expect(searchInsights(db, 'jose cafe', 20).map((hit) => hit.insight.headline)).toEqual([
      'José’s café chain cut waste 20%',
    ]);
    closeDatabase(db);
  });

  it('keeps the index in sync with edits and hides archived insights', () => {
    const db = openDatabase(tempDir());
    seeded(db);
    updateInsight(db, 1, { headline: 'Warehouses that slot by velocity pick 18% faster' });
    expect(searchInsights(db, 'distributors', 20)).toEqual([]);
    expect(searchInsights(db, 'velocity', 20)).toHaveLength(1);
    setInsightArchived(db, 1, true);
    expect(searchInsights(db, 'velocity', 20)).toEqual([]);
    setInsightArchived(db, 1, false);
    expect(searchInsights(db, 'velocity', 20)).toHaveLength(1);
    // FTS5's own check that the index matches the content table.
    expect(() =>
      db
        .prepare("INSERT INTO insights_fts (insights_fts, rank) VALUES ('integrity-check', 1)")
        .run(),
    ).not.toThrow();
    closeDatabase(db);
  });
});

describe('query plans behind lists and search', () => {
  const plan = (db: Db, sql: string) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 50, offset: 0 }) as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');

  it('walks an index for the default prospect list instead of sorting the table', () => {
    const db = openDatabase(tempDir());
    const detail = plan(
      db,
      'SELECT id FROM prospects p WHERE p.archived_at IS NULL ORDER BY p.name COLLATE NOCASE, p.id LIMIT @limit OFFSET @offset',
    );
    expect(detail).toContain('prospects_active_by_name');
    expect(detail).not.toContain('TEMP B-TREE');
    closeDatabase(db);
  });

  it('reads an insight track record through the call_insights index', () => {
    const db = openDatabase(tempDir());
    const detail = plan(
      db,
      "SELECT count(*) FROM call_insights ci JOIN calls c ON c.id = ci.call_id WHERE ci.insight_id = 1 AND c.outcome = 'meeting_booked'",
    );
    expect(detail).toMatch(/call_insights/);
    expect(detail).not.toMatch(/SCAN ci\b/);
    closeDatabase(db);
  });
});
