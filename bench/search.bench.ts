import { searchCallNotes } from '../src/main/calls/note-search';
import { openDatabase, type Db } from '../src/main/db/open';
import { searchInsights } from '../src/main/insights/repository';
import { listProspects } from '../src/main/prospects/repository';
import { toFtsQuery } from '../src/main/db/fts-query';
import { prospectListInput } from '../src/shared/domain/prospect';
import type { BenchSection, TargetSink } from './lib/report';
import { measure, ms, table, type Timing } from './lib/timing';
import { benchVocabulary, FULL_SIZE, seededDatabase } from './seed';

/** What a rep types, per query kind. The sanitizer turns each into the FTS5 query that runs. */
export interface QueryKind {
  kind: string;
  typed: string;
}

export function queryKinds(): QueryKind[] {
  return [
    // Drawn about 30 times in a million notes: a product or company name.
    { kind: 'rare term', typed: benchVocabulary().wordAt(40_000) },
    // In about 70% of insights and 20% of notes.
    { kind: 'very common term', typed: 'pricing' },
    { kind: 'two-letter prefix', typed: 'pr' },
    // Two words, the second still being typed: `"budget" "appr"*`.
    { kind: 'phrase', typed: 'budget appr' },
  ];
}

const RESULT_LIMIT = 20;
const RUNS = 200;
const WARMUP = 20;
/** `ORDER BY rank` is only a reference and takes most of a second on 1M notes: time-box it. */
const RANK_BUDGET_MS = 1_500;

interface Suite {
  name: string;
  fts: string;
  targetMs: number;
  search: (db: Db, typed: string) => unknown;
}

const SUITES: Suite[] = [
  {
    name: `insights (${FULL_SIZE.insights / 1000}k)`,
    fts: 'insights_fts',
    targetMs: 16,
    search: (db, typed) => searchInsights(db, typed, RESULT_LIMIT),
  },
  {
    name: `call notes (${FULL_SIZE.notes / 1_000_000}M)`,
    fts: 'call_notes_fts',
    targetMs: 50,
    search: (db, typed) => searchCallNotes(db, typed, RESULT_LIMIT),
  },
];

export interface SearchRow {
  suite: string;
  kind: string;
  match: string;
  matches: number;
  app: Timing;
  floor: Timing;
  rank: Timing;
  targetMs: number;
}

export async function runSearchBench(targets?: TargetSink): Promise<SearchRow[]> {
  const seeded = seededDatabase();
  if (seeded.reused) {
    console.log(`Seed: reused ${seeded.dataDir}`);
  } else {
    console.log(`Seed: built ${seeded.dataDir} in ${seeded.seconds.toFixed(1)} s`);
    for (const phase of seeded.phases)
      console.log(`  ${phase.name.padEnd(36)} ${phase.seconds.toFixed(1)} s`);
  }
  const db = openDatabase(seeded.dataDir);
  try {
    const rows: SearchRow[] = [];
    const started = performance.now();
    for (const suite of SUITES) {
      for (const { kind, typed } of queryKinds()) rows.push(timeSearch(db, suite, kind, typed));
    }
    console.log(
      `\nSearch: p50 / p99 in ms over ${RUNS} runs after ${WARMUP} warm-up runs, limit ${RESULT_LIMIT}.`,
    );
    console.log(
      'floor = SELECT rowid … MATCH ? LIMIT 20 (unranked); rank = … ORDER BY rank LIMIT 20 (reference, time-boxed).\n',
    );
    console.log(
      table(
        [
          'table',
          'kind',
          'FTS5 query',
          'matches',
          'app p50',
          'app p99',
          'app cpu p99',
          'floor p50',
          'floor p99',
          'rank p50',
          'rank p99 (n)',
          'target p99',
        ],
        rows.map((row) => [
          row.suite,
          row.kind,
          row.match,
          row.matches.toLocaleString('en-US'),
          ms(row.app.p50),
          ms(row.app.p99),
          ms(row.app.cpuP99),
          ms(row.floor.p50),
          ms(row.floor.p99),
          ms(row.rank.p50),
          `${ms(row.rank.p99)} (${row.rank.runs})`,
          `≤ ${row.targetMs}`,
        ]),
        3,
      ),
    );
    for (const row of rows) {
      targets?.target({
        what: `search ${row.suite}, ${row.kind}: p99`,
        figure: `${ms(row.app.p99)} ms (CPU ${ms(row.app.cpuP99)})`,
        floor: `${ms(row.floor.p99)} ms (unranked MATCH)`,
        target: `≤ ${row.targetMs} ms`,
        met: row.app.p99 <= row.targetMs,
      });
    }
    console.log(`\n(search timing took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    timeProspectList(db);
    return rows;
  } finally {
    // Not closeDatabase: its PRAGMA optimize would write to the cached file between runs.
    db.close();
  }
}

function timeSearch(db: Db, suite: Suite, kind: string, typed: string): SearchRow {
  const match = toFtsQuery(typed);
  if (match === null) throw new Error(`"${typed}" sanitizes to nothing`);
  const floorStatement = db.prepare(
    `SELECT rowid FROM ${suite.fts} WHERE ${suite.fts} MATCH ? LIMIT ${RESULT_LIMIT}`,
  );
  const rankStatement = db.prepare(
    `SELECT rowid FROM ${suite.fts} WHERE ${suite.fts} MATCH ? ORDER BY rank LIMIT ${RESULT_LIMIT}`,
  );
  const matches = (
    db.prepare(`SELECT count(*) AS n FROM ${suite.fts} WHERE ${suite.fts} MATCH ?`).get(match) as {
      n: number;
    }
  ).n;
  return {
    suite: suite.name,
    kind,
    match,
    matches,
    app: measure(() => suite.search(db, typed), { runs: RUNS, warmup: WARMUP }),
    floor: measure(() => floorStatement.all(match), { runs: RUNS, warmup: WARMUP }),
    rank: measure(() => rankStatement.all(match), {
      runs: RUNS,
      warmup: 2,
      budgetMs: RANK_BUDGET_MS,
    }),
    targetMs: suite.targetMs,
  };
}

/** The prospects list with and without a search box query: reported, no target. */
function timeProspectList(db: Db): void {
  const cases = [
    { label: 'no query (sorted by name)', query: undefined },
    { label: 'rare term', query: queryKinds()[0]!.typed },
    { label: 'very common term', query: 'pricing' },
    { label: 'two-letter prefix', query: 'pr' },
  ];
  const rows = cases.map(({ label, query }) => {
    const input = prospectListInput.parse(query === undefined ? {} : { query });
    const page = listProspects(db, input);
    const timing = measure(() => listProspects(db, input), {
      runs: RUNS,
      warmup: WARMUP,
      budgetMs: 5_000,
    });
    return [
      label,
      query ?? '',
      page.total.toLocaleString('en-US'),
      ms(timing.p50),
      ms(timing.p99),
      ms(timing.cpuP99),
      String(timing.runs),
    ];
  });
  console.log(
    `\nlistProspects on ${FULL_SIZE.prospects / 1000}k prospects (page of 50, with total count); report only:\n`,
  );
  console.log(table(['case', 'typed', 'total', 'p50', 'p99', 'cpu p99', 'runs'], rows, 2));
}

export const searchSection: BenchSection = {
  name: 'search',
  about: 'full-text search on 100k insights and 1M call notes beside the unranked MATCH floor',
  run: async (targets) => {
    await runSearchBench(targets);
  },
};
