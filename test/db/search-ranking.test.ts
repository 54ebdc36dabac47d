import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Db } from '../../src/main/db/open';
import {
  createInsight,
  insertInsight,
  searchInsights,
  setInsightArchived,
} from '../../src/main/insights/repository';
import { createProspect } from '../../src/main/prospects/repository';
import { searchTerms, toFtsQuery } from '../../src/main/db/fts-query';
import { searchEverything } from '../../src/main/search/global';
import { highlightTerms, snippetTerms } from '../../src/main/db/fts-marks';
import { MATCH_END, MATCH_START } from '../../src/shared/domain/match-marks';
import { tempDir } from '../helpers/temp';

/** As many weaker matches as the case: the best of 2,939 was the oldest row. */
const WEAKER = 2_939;
const FILLER = 'warehouse carriers quarterly lanes margin distributors '.repeat(4);
/** More matches than the 5,000 newest that search used to rank for a very common term. */
const BEYOND_ANY_WINDOW = 6_000;

/**
 * The best match is created first (the oldest row, the last one a newest-first scan reaches),
 * then thousands of rows that mention the term once, deep in a long detail.
 */
function seedBestMatchOldest(db: Db, tags: string[] = []): number {
  const best = createInsight(db, {
    headline: 'Zephyrine audits cut zephyrine freight claims',
    detail: 'Why zephyrine works.',
    tags,
  });
  db.transaction(() => {
    for (let index = 0; index < WEAKER; index++) {
      createInsight(db, {
        headline: `Quarterly review ${index}`,
        detail: `${FILLER} one mention of zephyrine ${FILLER}`,
        tags,
      });
    }
  })();
  return best.id;
}

describe('search ranks every match, not only the newest', () => {
  it('puts the best match first when it is the oldest of thousands of weaker matches', () => {
    const db = openDatabase(tempDir());
    const bestId = seedBestMatchOldest(db);
    for (const typed of ['zephyrine', 'zephyrine ', 'zephy', 'zephyrine freight']) {
      const hits = searchInsights(db, typed, 20);
      expect(hits[0]?.insight.id, typed).toBe(bestId);
      expect(hits[0]!.headlineMarked, typed).toContain(`${MATCH_START}Zephyrine${MATCH_END}`);
    }
    // The command palette uses the same ranking.
    expect(searchEverything(db, { query: 'zephyrine', limit: 5 }).insights[0]?.id).toBe(bestId);
    closeDatabase(db);
  });

  it('puts the oldest best match first for a rare term, a common term, a prefix and two words', () => {
    const db = openDatabase(tempDir());
    const best = createInsight(db, {
      headline: 'Zephyrine audits cut zephyrine freight claims at Quillon',
      detail: 'Why zephyrine works.',
    });
    // More weaker matches than any window search ever ranked (the newest 400, later 5,000), so
    // only ranking every match finds the oldest. Every 500th also names the rare term once.
    db.transaction(() => {
      for (let index = 0; index < BEYOND_ANY_WINDOW; index++) {
        insertInsight(db, {
          headline: `Quarterly review ${index}`,
          detail: `${FILLER} zephyrine freight ${index % 500 === 0 ? 'quillon' : ''} ${FILLER}`,
        });
      }
    })();
    const kinds = {
      'rare term': 'quillon',
      'common term': 'zephyrine',
      'two-letter prefix': 'ze',
      'two words, the second being typed': 'zephyrine fre',
    };
    for (const [kind, typed] of Object.entries(kinds)) {
      const hits = searchInsights(db, typed, 20);
      expect(hits[0]?.insight.id, kind).toBe(best.id);
      expect(hits, kind).toHaveLength(kind === 'rare term' ? 1 + BEYOND_ANY_WINDOW / 500 : 20);
    }
    closeDatabase(db);
  });

  it('reads past archived winners when they fill more than the first page it scores', () => {
    const db = openDatabase(tempDir());
    const bestId = seedBestMatchOldest(db);
    // Thirty stronger matches, all archived: more than the first pass leaves room for at limit 5.
    for (let index = 0; index < 30; index++) {
      const strong = createInsight(db, {
        headline: 'Zephyrine zephyrine zephyrine',
        detail: 'zephyrine zephyrine',
      });
      setInsightArchived(db, strong.id, true);
    }
    const hits = searchInsights(db, 'zephyrine', 5);
    expect(hits.map((hit) => hit.insight.id)[0]).toBe(bestId);
    expect(hits).toHaveLength(5);
    expect(hits.every((hit) => hit.insight.archivedAt === null)).toBe(true);
    closeDatabase(db);
  });

  it('skips archived winners and still fills the page from the next best active matches', () => {
    const db = openDatabase(tempDir());
    const bestId = seedBestMatchOldest(db);
    const runnerUp = createInsight(db, { headline: 'Zephyrine audits', detail: 'zephyrine' });
    setInsightArchived(db, bestId, true);
    const hits = searchInsights(db, 'zephyrine', 20);
    expect(hits.map((hit) => hit.insight.id)).not.toContain(bestId);
    expect(hits[0]?.insight.id).toBe(runnerUp.id);
    expect(hits).toHaveLength(20);
    expect(hits.every((hit) => hit.insight.archivedAt === null)).toBe(true);
    closeDatabase(db);
  });

  it('ranks every match with a filter applied too', () => {
    const db = openDatabase(tempDir());
    const bestId = seedBestMatchOldest(db, ['logistics']);
    const hits = searchInsights(db, 'zephyrine', 20, { tag: 'logistics' });
    expect(hits[0]?.insight.id).toBe(bestId);
    expect(hits).toHaveLength(20);
    closeDatabase(db);
  });

  it('finds the best-matching prospect in the palette when it is the oldest', () => {
    const db = openDatabase(tempDir());
    const best = createProspect(db, { name: 'Quillon Marsh', company: 'Quillon Freight' });
    db.transaction(() => {
      for (let index = 0; index < 1_000; index++)
        createProspect(db, { name: `Rep ${index}`, notes: `${FILLER} met quillon once ${FILLER}` });
    })();
    const found = searchEverything(db, { query: 'quillon', limit: 5 });
    expect(found.prospects[0]?.id).toBe(best.id);
    expect(found.prospects[0]!.titleMarked).toBe(`${MATCH_START}Quillon${MATCH_END} Marsh`);
    closeDatabase(db);
  });
});

describe('one-letter prefixes wait for the second letter', () => {
  it('leaves out a one-letter word still being typed, keeps a finished one', () => {
    expect(toFtsQuery('p')).toBeNull();
    expect(toFtsQuery('jose c')).toBe('"jose"');
    expect(toFtsQuery('pr')).toBe('"pr"*');
    expect(toFtsQuery('a ')).toBe('"a"');
    expect(toFtsQuery('x y')).toBe('"x"');
  });

  it('finds nothing for a lone first letter instead of scanning every word that starts with it', () => {
    const db = openDatabase(tempDir());
    createInsight(db, { headline: 'Pricing pages convert' });
    expect(searchInsights(db, 'p', 20)).toEqual([]);
    expect(searchInsights(db, 'pr', 20)).toHaveLength(1);
    closeDatabase(db);
  });
});

describe('marks for the rows shown', () => {
  const marked = (text: string) =>
    [...text.matchAll(/\u0002(.*?)\u0003/gu)].map((match) => match[1]);

  it('marks whole words without case or accents, and the last word as a prefix', () => {
    const terms = searchTerms('jose cafe')!;
    expect(marked(highlightTerms('José’s café and Cafeteria; josefa', terms))).toEqual([
      'José',
      'café',
      'Cafeteria',
    ]);
    expect(highlightTerms('nothing here', terms)).toBe('nothing here');
  });

  it('cuts a long text around the matches and says where it cut', () => {
    const words = Array.from({ length: 80 }, (_, index) => `w${index}`);
    words[40] = 'freight';
    const snippet = snippetTerms(words.join(' '), searchTerms('freight ')!, 24);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(marked(snippet)).toEqual(['freight']);
    expect(snippet.split(/\s+/u)).toHaveLength(24);
    // A short text comes back whole.
    expect(snippetTerms('ship freight fast', searchTerms('freight')!, 24)).toBe(
      `ship ${MATCH_START}freight${MATCH_END} fast`,
    );
  });
});
