import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBackend } from '../src/main/backend';
import {
  rebuildInsightSearchIndex,
  indexUnindexedInsights,
} from '../src/main/db/insight-search-index';
import { migrations, type Migration } from '../src/main/db/migrate';
import { migration010InsightSearchImpacts } from '../src/main/db/migrations/010-insight-search-impacts';
import { closeDatabase, DATABASE_FILE, openDatabase, type Db } from '../src/main/db/open';
import { ROWS_PER_TURN, SearchBackfill } from '../src/main/db/search-backfill';
import { searchInsights } from '../src/main/insights/repository';
import { WriteTurn } from '../src/main/jobs/write-turn';
import { pauseAutocheckpoint } from '../src/main/data/checkpoint';
import { loadNow, runSections, type BenchSection, type TargetSink } from './lib/report';
import { measure, ms, table } from './lib/timing';
import { queryKinds } from './search.bench';
import { FULL_SIZE, seededDatabase } from './seed';

/**
 * The first start after the update that added the insight search index (migration 010), on a
 * library of 100k insights that has not run it: the time from opening the backend to its first
 * answer (`app:info`), with the migration as it was (indexing every row at once: A) and as it is
 * (marking them, then the background backfill: B), alternated in the same run. Then the backfill
 * itself: how long one turn takes, and search p99 before, halfway through and after it. Last,
 * the backfill as the app runs it, with the request thread polled meanwhile (how long a read
 * waits for it, and a common-word search's p99), as it ran on the main connection (A) and as it
 * runs on its worker (B), alternated.
 */

const STARTS = 3;
const SEARCH_RUNS = 60;
const TARGET_WAIT_MS = 50;
const TARGET_SEARCH_MS = 16;

/** Migration 010 as it first shipped: the tables, triggers, and every row indexed at once. */
const migration010AllAtOnce: Migration = (db) => {
  migration010InsightSearchImpacts(db);
  rebuildInsightSearchIndex(db);
};
const BEFORE_010 = migrations.indexOf(migration010InsightSearchImpacts);

/**
 * A library at schema version 9 holding the seed's 100k insights (only: the migration reads
 * nothing else), built once beside the seed and reused.
 */
export function libraryBefore010(): string {
  const seeded = seededDatabase();
  const dir = join(dirname(seeded.dataDir), `pre010-${basename(seeded.dataDir)}`);
  if (existsSync(join(dir, DATABASE_FILE))) return dir;
  const building = `${dir}.building-${process.pid}`;
  mkdirSync(building, { recursive: true });
  const db = openDatabase(building, { migrationList: migrations.slice(0, BEFORE_010) });
  try {
    db.exec(`ATTACH DATABASE '${join(seeded.dataDir, DATABASE_FILE)}' AS seed`);
    const triggers = db
      .prepare(
        "SELECT name, sql FROM main.sqlite_schema WHERE type = 'trigger' AND tbl_name = 'insights'",
      )
      .all() as { name: string; sql: string }[];
    db.transaction(() => {
      for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
      db.exec('INSERT INTO main.insights SELECT * FROM seed.insights');
      db.exec("INSERT INTO insights_fts (insights_fts) VALUES ('rebuild')");
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
    db.exec('DETACH DATABASE seed');
  } finally {
    closeDatabase(db);
  }
  renameSync(building, dir);
  return dir;
}

function freshCopy(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'oneup-bench-upgrade-'));
  copyFileSync(join(source, DATABASE_FILE), join(dir, DATABASE_FILE));
  return dir;
}

interface Start {
  firstAnswerMs: number;
  cpuMs: number;
}

/** Opens a backend on a fresh copy and times it until its first answer. */
async function timeStart(source: string, migrationList: readonly Migration[]): Promise<Start> {
  const dataDir = freshCopy(source);
  try {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const backend = openBackend({ dataDir, transport: 'browser', migrationList });
    const info = await backend.router.handle('app:info', {});
    const firstAnswerMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (!info.ok) throw new Error('app:info failed');
    backend.close();
    return { firstAnswerMs, cpuMs: (used.user + used.system) / 1000 };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]!;
};

function searchP99(db: Db): string[] {
  return queryKinds().map(({ typed }) => {
    const timing = measure(() => searchInsights(db, typed, 20), { runs: SEARCH_RUNS, warmup: 5 });
    return ms(timing.p99);
  });
}

const unindexedCount = (db: Db) =>
  db.prepare('SELECT count(*) FROM insight_search_unindexed').pluck().get() as number;

export async function runUpgradeBench(targets?: TargetSink): Promise<void> {
  const source = libraryBefore010();
  const oldList = [...migrations.slice(0, BEFORE_010), migration010AllAtOnce];
  const a: Start[] = [];
  const b: Start[] = [];
  for (let run = 0; run < STARTS; run++) {
    a.push(await timeStart(source, oldList));
    b.push(await timeStart(source, migrations));
  }
  console.log(
    `First start after the update on ${FULL_SIZE.insights / 1000}k insights (schema 9): open → first answer (app:info), median of ${STARTS}, alternated.\n`,
  );
  console.log(
    table(
      ['migration 010', 'first answer p50 ms', 'CPU p50 ms', 'runs (ms)'],
      [
        ['A: indexes every row', a, 'as it first shipped'],
        ['B: marks rows, backfill later', b, 'this version'],
      ].map(([label, starts]) => {
        const list = starts as Start[];
        return [
          label as string,
          ms(median(list.map((s) => s.firstAnswerMs))),
          ms(median(list.map((s) => s.cpuMs))),
          list.map((s) => ms(s.firstAnswerMs)).join(' / '),
        ];
      }),
    ),
  );
  const firstAnswer = median(b.map((s) => s.firstAnswerMs));
  targets?.target({
    what: `first start after the update, ${FULL_SIZE.insights / 1000}k insights: first answer p50`,
    figure: `${ms(firstAnswer)} ms`,
    floor: `${ms(median(a.map((s) => s.firstAnswerMs)))} ms (indexing at once)`,
    target: '≤ 300 ms',
    met: firstAnswer <= 300,
  });

  // The backfill, turn by turn, with search timed at three points.
  const dataDir = freshCopy(source);
  try {
    const db = openDatabase(dataDir);
    try {
      const total = unindexedCount(db);
      const kinds = queryKinds();
      const searches: string[][] = [['before the backfill', ...searchP99(db)]];
      const turn = db.transaction((after: number) =>
        indexUnindexedInsights(db, after, ROWS_PER_TURN),
      );
      const turnMs: number[] = [];
      const turnCpuMs: number[] = [];
      let after = 0;
      let left = total;
      // Search is timed when the backfill is halfway, and when few enough rows are left for
      // the index to answer (search-ranking.ts, UNINDEXED_AT_MOST).
      const stops = [total / 2, 9_000, 1_000];
      for (;;) {
        const cpu = process.cpuUsage();
        const started = performance.now();
        const done = turn.immediate(after);
        turnMs.push(performance.now() - started);
        const used = process.cpuUsage(cpu);
        turnCpuMs.push((used.user + used.system) / 1000);
        if (done.last === null) break;
        after = done.last;
        left -= done.indexed;
        if (stops.length && left <= stops[0]!) {
          stops.shift();
          searches.push([
            `during it (${unindexedCount(db).toLocaleString('en-US')} left)`,
            ...searchP99(db),
          ]);
        }
      }
      searches.push([`after it (${unindexedCount(db)} left)`, ...searchP99(db)]);
      const backfillMs = turnMs.reduce((sum, x) => sum + x, 0);
      console.log(
        `\nBackfill of ${total.toLocaleString('en-US')} rows, ${ROWS_PER_TURN} a turn: ${turnMs.length} turns, ${(backfillMs / 1000).toFixed(1)} s in turns (CPU ${(turnCpuMs.reduce((sum, x) => sum + x, 0) / 1000).toFixed(1)} s); turn p50 ${ms(median(turnMs))} ms (CPU ${ms(median(turnCpuMs))} ms), p99 ${ms(percentile(turnMs, 0.99))} ms, max ${ms(Math.max(...turnMs))} ms.\n`,
      );
      console.log(
        table(['insight search p99 ms', ...kinds.map((k) => `${k.kind} "${k.typed}"`)], searches),
      );
      const last = searches.at(-1)!;
      kinds.forEach((kind, index) =>
        targets?.target({
          what: `search after the backfill, ${kind.kind}: p99`,
          figure: `${last[index + 1]} ms`,
          floor: `${searches[0]![index + 1]} ms (before it)`,
          target: `≤ ${TARGET_SEARCH_MS} ms`,
          met: Number(last[index + 1]) <= TARGET_SEARCH_MS,
        }),
      );
    } finally {
      db.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  await compareLiveBackfills(source, targets);
}

/**
 * The real backfill on fresh copies of `source`, A (as it ran before: turns on the main
 * connection) and B (as it runs now: turns on the worker), alternated, each with the request
 * thread polled meanwhile.
 */
export async function compareLiveBackfills(source: string, targets?: TargetSink): Promise<void> {
  const live: { label: string; runs: LiveRun[] }[] = [
    { label: 'A: turns on the main connection (before)', runs: [] },
    { label: 'B: turns on the worker (this version)', runs: [] },
    { label: `floor: no backfill, every row marked (${FLOOR_MS / 1000} s)`, runs: [] },
  ];
  for (let run = 0; run < LIVE_RUNS; run++) {
    live[0]!.runs.push(await liveBackfill(source, backfillOnMainConnection));
    live[1]!.runs.push(await liveBackfill(source, backfillOnWorker));
    live[2]!.runs.push(await liveBackfill(source, noBackfill));
  }
  const worst = (runs: LiveRun[], pick: (r: LiveRun) => number) => Math.max(...runs.map(pick));
  console.log(
    `\nThe backfill of ${(FULL_SIZE.insights / 1000).toFixed(0)}k insights as the app runs it, ${LIVE_RUNS} runs of each alternated. On the request thread meanwhile: a timer due every ${POLL_MS} ms (how late it fires is how long a read arriving then waits for the thread), every ${SEARCH_EVERY}th tick a common-word search ("${COMMON_WORD}", ranked exactly, timed alone), and every ${WRITE_EVERY}th a one-row write transaction (on B it may wait for a turn's lock). Figures are the worst run's; load average at the end of each run in the last column.\n`,
  );
  console.log(
    table(
      [
        'backfill',
        'wall s',
        'read wait p99 ms',
        'read wait max ms',
        'common search p50 ms',
        'p99 ms',
        'max ms',
        'searches',
        'write p99 ms',
        'write max ms',
        'WAL peak MB',
        'load',
      ],
      live.map(({ label, runs }) => [
        label,
        runs.map((r) => (r.wallMs / 1000).toFixed(1)).join(' / '),
        ms(worst(runs, (r) => percentile(r.waits, 0.99))),
        ms(worst(runs, (r) => Math.max(...r.waits))),
        ms(worst(runs, (r) => median(r.searches))),
        ms(worst(runs, (r) => percentile(r.searches, 0.99))),
        ms(worst(runs, (r) => Math.max(...r.searches))),
        runs.map((r) => r.searches.length).join(' / '),
        ms(worst(runs, (r) => percentile(r.writes, 0.99))),
        ms(worst(runs, (r) => Math.max(...r.writes))),
        (worst(runs, (r) => r.walPeakBytes) / 1e6).toFixed(1),
        runs.map((r) => r.load.toFixed(2)).join(' / '),
      ]),
    ),
  );
  const [before, now, floor] = live.map(({ runs }) => ({
    maxWait: worst(runs, (r) => Math.max(...r.waits)),
    searchP99: worst(runs, (r) => percentile(r.searches, 0.99)),
  }));
  targets?.target({
    what: 'a read during the backfill: longest wait for the request thread',
    figure: `${ms(now!.maxWait)} ms`,
    floor: `${ms(before!.maxWait)} ms on the main connection; ${ms(floor!.maxWait)} ms without a backfill`,
    target: `≤ ${TARGET_WAIT_MS} ms`,
    met: now!.maxWait <= TARGET_WAIT_MS,
  });
  targets?.target({
    what: `common-word search while the backfill runs: p99`,
    figure: `${ms(now!.searchP99)} ms`,
    floor: `${ms(before!.searchP99)} ms on the main connection; ${ms(floor!.searchP99)} ms without a backfill`,
    target: `≤ ${TARGET_SEARCH_MS} ms`,
    met: now!.searchP99 <= TARGET_SEARCH_MS,
  });
}

const LIVE_RUNS = 2;
/** How long the floor polls the request thread with no backfill running. */
const FLOOR_MS = 10_000;
const POLL_MS = 5;
const SEARCH_EVERY = 4;
const WRITE_EVERY = 10;
const COMMON_WORD = 'pricing';

/** How the bench's writes on the main connection run while a backfill does. */
interface Writes {
  around: <T>(work: () => T) => T;
}

interface LiveRun {
  wallMs: number;
  /** How late each timer fired, ms. */
  waits: number[];
  /** Each common-word search's own time, ms. */
  searches: number[];
  /** Each one-row write transaction on the main connection, ms. */
  writes: number[];
  walPeakBytes: number;
  /** The 1-minute load average when the run ended. */
  load: number;
}

/** Runs `backfill` on a fresh copy of `source` while polling the request thread. */
async function liveBackfill(
  source: string,
  backfill: (db: Db, writes: Writes) => Promise<unknown>,
): Promise<LiveRun> {
  const dir = freshCopy(source);
  const db = openDatabase(dir);
  try {
    const wal = `${join(dir, DATABASE_FILE)}-wal`;
    const run: LiveRun = {
      wallMs: 0,
      waits: [],
      searches: [],
      writes: [],
      walPeakBytes: 0,
      load: 0,
    };
    // A table of the bench's own, so the write touches nothing the backfill reads.
    db.exec('CREATE TABLE bench_writes (tick INTEGER NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO bench_writes (tick) VALUES (?)');
    const write = db.transaction((tick: number) => insert.run(tick));
    // As the backend runs a write channel: IMMEDIATE, through the backfill's whileWriting.
    const writes: Writes = { around: (work) => work() };
    let polling = true;
    const poll = async () => {
      for (let tick = 1; polling; tick++) {
        const due = performance.now() + POLL_MS;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        run.waits.push(Math.max(0, performance.now() - due));
        run.walPeakBytes = Math.max(run.walPeakBytes, existsSync(wal) ? statSync(wal).size : 0);
        if (tick % WRITE_EVERY === 0) {
          const writing = performance.now();
          writes.around(() => write.immediate(tick));
          run.writes.push(performance.now() - writing);
        }
        if (tick % SEARCH_EVERY !== 0) continue;
        const started = performance.now();
        searchInsights(db, COMMON_WORD, 20);
        run.searches.push(performance.now() - started);
      }
    };
    const poller = poll();
    const started = performance.now();
    await backfill(db, writes);
    run.wallMs = performance.now() - started;
    polling = false;
    await poller;
    run.load = loadNow();
    if (backfill !== noBackfill && unindexedCount(db) > FULL_SIZE.insights / 10)
      throw new Error('The backfill did not run.');
    return run;
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The backfill as it ran before it moved to a worker: each turn a transaction on the main
 * connection, committed without an fsync, one turn per round of the event loop.
 */
async function backfillOnMainConnection(db: Db): Promise<void> {
  const turn = db.transaction((after: number) => indexUnindexedInsights(db, after, ROWS_PER_TURN));
  for (let after = 0; ;) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    db.pragma('synchronous = NORMAL');
    let done;
    try {
      done = turn.immediate(after);
    } finally {
      db.pragma('synchronous = FULL');
    }
    if (done.last === null) return;
    after = done.last;
  }
}

/** The floor: the same polling of the request thread, with nothing running beside it. */
const noBackfill = () => new Promise<void>((resolve) => setTimeout(resolve, FLOOR_MS));

/** The backfill as the backend runs it: on the worker, the main connection's checkpoint paused. */
async function backfillOnWorker(db: Db, writes: Writes): Promise<void> {
  const resume = pauseAutocheckpoint(db);
  try {
    const backfill = SearchBackfill.start(db, { writeTurn: new WriteTurn() });
    writes.around = (work) => backfill.whileWriting(work);
    const outcome = await backfill.finished;
    if (outcome !== 'done') throw new Error(`The backfill ended: ${String(outcome)}`);
  } finally {
    resume();
  }
}

export const upgradeSection: BenchSection = {
  name: 'upgrade',
  about:
    'first start after the search-index update on 100k insights, and search while it backfills',
  run: (targets) => runUpgradeBench(targets),
};

// `npx tsx bench/upgrade.bench.ts` runs this bench alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runSections([upgradeSection]);
}
