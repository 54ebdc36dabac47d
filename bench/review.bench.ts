import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MERGE_STEP_PAGES,
  mergeNoteIndexStep,
  runNoteIndexUpkeep,
} from '../src/main/calls/note-index';
import { addNote } from '../src/main/calls/service';
import { closeDatabase, openDatabase, type Db } from '../src/main/db/open';
import {
  ANALYTICS_SQL,
  rateByInsight,
  rateByScoreBand,
  rateByVerdict,
  rateByWeek,
  overallRate,
  type AnalyticsQuery,
} from '../src/main/review/analytics';
import { listReview, reviewListQuery } from '../src/main/review/repository';
import { addNoteInput } from '../src/shared/domain/call';
import {
  reviewAnalyticsInput,
  reviewListInput,
  type ReviewListQuery,
} from '../src/shared/domain/review';
import { runSections, type BenchSection, type TargetSink } from './lib/report';
import { Random } from './lib/random';
import { measure, ms, table, type Timing } from './lib/timing';
import { INDUSTRIES, TITLES, Vocabulary } from './lib/vocabulary';

/** Bump when the generated data changes, so a cached database from older code is not reused. */
const REVIEW_SEED_VERSION = 1;

const SIZE = { prospects: 20_000, insights: 5_000, calls: 100_000, notes: 1_000_000 };
const RANDOM_SEED = 20_260_105;

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const CACHE_DIR = join(BENCH_DIR, '.data');
const MIGRATIONS_DIR = join(BENCH_DIR, '..', 'src', 'main', 'db', 'migrations');

const DAY_MS = 86_400_000;
/** Two years of calls, ending on a fixed date so the seed is the same on every machine. */
const END_MS = Date.UTC(2026, 10, 1, 17);
const SPAN_MS = 730 * DAY_MS;

/**
 * A data directory with 100k calls and 1M notes, built once and cached under bench/.data/. The
 * key covers the seed version, the sizes and every migration's source, so a schema change reseeds.
 */
function reviewDatabase(): { dataDir: string; reused: boolean; seconds: number } {
  const hash = createHash('sha256').update(JSON.stringify({ SIZE, REVIEW_SEED_VERSION }));
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) {
    hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)));
  }
  const dataDir = join(
    CACHE_DIR,
    `review-v${REVIEW_SEED_VERSION}-${hash.digest('hex').slice(0, 10)}`,
  );
  if (existsSync(join(dataDir, 'oneup.sqlite'))) return { dataDir, reused: true, seconds: 0 };
  // The files are several hundred MB: older review seeds go before a new one is built.
  if (existsSync(CACHE_DIR)) {
    for (const entry of readdirSync(CACHE_DIR)) {
      if (entry.startsWith('review-'))
        rmSync(join(CACHE_DIR, entry), { recursive: true, force: true });
    }
  }
  const buildDir = `${dataDir}.building-${process.pid}`;
  const started = performance.now();
  build(buildDir);
  // Renamed only when complete: an interrupted seed never leaves a half database to be reused.
  renameSync(buildDir, dataDir);
  return { dataDir, reused: false, seconds: (performance.now() - started) / 1000 };
}

const OUTCOMES = [
  'meeting_booked',
  'callback',
  'not_interested',
  'voicemail',
  'gatekeeper',
  'no_answer',
  'wrong_person',
] as const;

function build(dataDir: string): void {
  const db = openDatabase(dataDir);
  try {
    // Seeding speed only; the app's own pragmas apply again when the bench reopens the file.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -524288');
    const triggers = (
      db
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
        .all() as { name: string; sql: string }[]
    ).filter((trigger) => /fts|touch/.test(trigger.name));
    // Per-row FTS triggers are slow; each full-text index is rebuilt once at the end instead.
    // The others (e.g. the copy of call columns on call_insights) keep running as rows go in.
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
    const vocabulary = new Vocabulary(50_000, 1, RANDOM_SEED);
    const random = new Random(RANDOM_SEED);
    db.transaction(() => seedRows(db, random, vocabulary))();
    db.transaction(() => {
      const ftsTables = db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'",
        )
        .pluck()
        .all() as string[];
      for (const name of ftsTables) db.exec(`INSERT INTO ${name} (${name}) VALUES ('rebuild')`);
      db.exec(`UPDATE prospects SET last_contact_at =
        (SELECT max(started_at) FROM calls WHERE calls.prospect_id = prospects.id)`);
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
    // The rebuild leaves the call-note index in many segments (automerge is off for it since
    // migration 009); the app's idle upkeep merges them, as it does in a rep's library.
    runNoteIndexUpkeep(db, 1_000);
    db.pragma('journal_mode = WAL');
    db.exec('ANALYZE');
  } finally {
    closeDatabase(db);
  }
}

function seedRows(db: Db, random: Random, vocabulary: Vocabulary): void {
  const iso = (at: number) => new Date(at).toISOString();
  const now = iso(END_MS);
  const insertProspect = db.prepare(
    `INSERT INTO prospects (id, name, title, company, industry, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let id = 1; id <= SIZE.prospects; id++) {
    insertProspect.run(
      id,
      vocabulary.personName(random),
      random.pick(TITLES),
      vocabulary.company(random),
      random.pick(INDUSTRIES),
      now,
      now,
    );
  }
  const insertInsight = db.prepare(
    'INSERT INTO insights (id, headline, detail, created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (let id = 1; id <= SIZE.insights; id++) {
    insertInsight.run(
      id,
      vocabulary.text(random, 6, 14),
      vocabulary.text(random, 20, 40),
      now,
      now,
      random.chance(0.03) ? now : null,
    );
  }
  const insertCall = db.prepare(
    `INSERT INTO calls (id, prospect_id, started_at, ended_at, opener, verdict, score, override_reason,
       outcome, logged_after, created_at, updated_at, archived_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare(
    'INSERT OR IGNORE INTO call_insights (call_id, insight_id) VALUES (?, ?)',
  );
  const insertNote = db.prepare(
    `INSERT INTO call_notes (id, call_id, offset_ms, body, tags, created_at, updated_at, archived_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let noteId = 0;
  let spread = 0;
  for (let id = 1; id <= SIZE.calls; id++) {
    // Calls arrive in time order, except the 5 % logged afterwards from another phone.
    const loggedAfter = random.chance(0.05);
    const started =
      END_MS -
      SPAN_MS +
      Math.floor((id / SIZE.calls) * SPAN_MS) -
      (loggedAfter ? random.int(1, 5) * DAY_MS : 0);
    const verdict = random.pick(['ready', 'ready', 'needs_work', 'needs_work', 'blocked'] as const);
    const score =
      verdict === 'ready'
        ? random.int(70, 100)
        : verdict === 'needs_work'
          ? random.int(35, 85)
          : random.int(0, 60);
    // The last calls are still open; better openers book more meetings.
    const open = id > SIZE.calls - 50 || random.chance(0.03);
    const booked = random.chance(
      verdict === 'ready' ? 0.12 : verdict === 'needs_work' ? 0.07 : 0.03,
    );
    const outcome = open ? null : booked ? 'meeting_booked' : random.pick(OUTCOMES.slice(1));
    const duration = random.int(20_000, 900_000);
    insertCall.run(
      id,
      random.int(1, SIZE.prospects),
      iso(started),
      open ? null : iso(started + duration),
      vocabulary.text(random, 25, 70),
      verdict,
      score,
      verdict === 'blocked' ? vocabulary.text(random, 3, 10) : null,
      outcome,
      loggedAfter ? 1 : 0,
      iso(started),
      iso(started + duration),
      random.chance(0.01) ? iso(started + duration) : null,
    );
    if (random.chance(0.7)) {
      for (let k = random.int(1, 3); k > 0; k--) {
        // A rep leans on a few favourite insights: the low ids are drawn far more often.
        link.run(id, 1 + Math.floor(Math.pow(random.next(), 3) * SIZE.insights));
      }
    }
    // 1 to 19 notes, in pairs that sum to 20, so 100k calls carry exactly 1M notes.
    if (id % 2 === 1) spread = random.int(0, 9);
    const notes = SIZE.notes / SIZE.calls + (id % 2 === 1 ? spread : -spread);
    let offset = 0;
    for (let n = 0; n < notes; n++) {
      noteId++;
      offset += random.int(3_000, 90_000);
      insertNote.run(
        noteId,
        id,
        offset,
        vocabulary.text(random, 4, 24),
        random.chance(0.1) ? '["objection"]' : '[]',
        iso(started + offset),
        iso(started + offset),
        random.chance(0.01) ? iso(started + offset) : null,
      );
    }
  }
}

interface Row {
  what: string;
  timing: Timing;
  targetMs: number | null;
  /** Which floor the row is judged beside (see FLOOR_SQL and COMMIT_FLOOR_SQL), if any. */
  floor?: FloorName;
}

const RUNS = 200;
const WARMUP = 20;

/**
 * Floors, timed in the same run: the list's page of ids straight off its index (no joins, no
 * filters), and one counting pass over the calls that have an outcome (what every rate needs).
 */
export const FLOOR_SQL = {
  list: `SELECT id FROM calls WHERE archived_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 50`,
  analytics: `SELECT count(*) FROM calls WHERE archived_at IS NULL AND outcome IS NOT NULL`,
} as const;
/**
 * The note add's floor: one row written and committed on its own with the app's
 * synchronous=FULL (the call's draft, as calls:save-draft writes it), i.e. what any durable save
 * costs on this disk in this run. (An UPDATE that sets a column to itself writes nothing.)
 */
export const COMMIT_FLOOR_SQL = `INSERT INTO call_drafts (call_id, body, revision, created_at, saved_at)
  VALUES (@callId, 'floor', 0, 't', 't')
  ON CONFLICT (call_id) DO UPDATE SET revision = revision + 1`;
type FloorName = keyof typeof FLOOR_SQL | 'commit';
const FLOOR_LABEL: Record<FloorName, string> = {
  list: 'bare page of ids',
  analytics: 'one count over calls',
  commit: 'one draft row, own FULL commit',
};

export async function runReviewBench(targets?: TargetSink): Promise<Row[]> {
  const seeded = reviewDatabase();
  console.log(
    seeded.reused
      ? `Review seed: reused ${seeded.dataDir}`
      : `Review seed: built ${seeded.dataDir} in ${seeded.seconds.toFixed(1)} s`,
  );
  const db = openDatabase(seeded.dataDir);
  try {
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM calls) AS calls, (SELECT count(*) FROM call_notes) AS notes,
           (SELECT count(*) FROM calls WHERE outcome IS NOT NULL AND archived_at IS NULL) AS withOutcome`,
      )
      .get() as { calls: number; notes: number; withOutcome: number };
    console.log(
      `  ${counts.calls.toLocaleString('en-US')} calls (${counts.withOutcome.toLocaleString('en-US')} counted with an outcome), ${counts.notes.toLocaleString('en-US')} notes; synchronous=${String(db.pragma('synchronous', { simple: true }))} (2 = FULL)`,
    );
    const rows: Row[] = [];
    const time = (what: string, targetMs: number | null, work: () => unknown, runs = RUNS) =>
      rows.push({
        what,
        targetMs,
        timing: measure(work, { runs, warmup: WARMUP }),
        ...(what.startsWith('review list')
          ? { floor: 'list' as const }
          : what.startsWith('analytics')
            ? { floor: 'analytics' as const }
            : what.startsWith('adding a note')
              ? { floor: 'commit' as const }
              : {}),
      });
    const floors = Object.fromEntries(
      Object.entries(FLOOR_SQL).map(([name, sql]) => {
        const statement = db.prepare(sql);
        return [name, measure(() => statement.all(), { runs: RUNS, warmup: WARMUP })];
      }),
    ) as Record<FloorName, Timing>;

    const list = (query: ReviewListQuery) => () => listReview(db, reviewListInput.parse(query));
    time('review list: first page (50)', 50, list({}));
    time('review list: outcome = meeting booked', 50, list({ outcome: 'meeting_booked' }));
    time('review list: verdict = blocked', 50, list({ verdict: 'blocked' }));
    time(
      'review list: last 30 days',
      50,
      list({ from: new Date(END_MS - 30 * DAY_MS).toISOString() }),
    );
    const deep = listReview(db, reviewListInput.parse({ limit: 200 }));
    let cursor = deep.nextCursor!;
    for (let page = 0; page < 100; page++) {
      cursor = listReview(db, reviewListInput.parse({ limit: 200, cursor })).nextCursor!;
    }
    time('review list: page after 20,000 rows', 50, list({ cursor }));
    time('review list: search, common word', null, list({ query: 'pricing' }), 30);
    time('review list: search, rare word', null, list({ query: 'warehouse' }), 30);

    const query: AnalyticsQuery = reviewAnalyticsInput.parse({});
    const lastYear: AnalyticsQuery = reviewAnalyticsInput.parse({
      from: new Date(END_MS - 365 * DAY_MS).toISOString(),
    });
    time('analytics: overall', 100, () => overallRate(db, query));
    time('analytics: by verdict', 100, () => rateByVerdict(db, query));
    time('analytics: by score band', 100, () => rateByScoreBand(db, query));
    time('analytics: by ISO week', 100, () => rateByWeek(db, query));
    time('analytics: by insight (top 12)', 100, () => rateByInsight(db, query));
    time('analytics: by insight, last 12 months', 100, () => rateByInsight(db, lastYear));

    console.log(`  call-note index before the adds: ${noteIndexShape(db)}`);
    const added: number[] = [];
    let sequence = 0;
    const callId = db
      .prepare('SELECT max(id) FROM calls WHERE outcome IS NULL')
      .pluck()
      .get() as number;
    const saveDraftRow = db.prepare(COMMIT_FLOOR_SQL);
    floors.commit = measure(() => db.transaction(() => saveDraftRow.run({ callId }))(), {
      runs: 500,
      warmup: WARMUP,
    });
    // The seeded calls have no drafts: the floor's goes again.
    db.prepare('DELETE FROM call_drafts WHERE call_id = ?').run(callId);
    time(
      'adding a note (calls:add-note repository, own transaction)',
      5,
      () => {
        sequence++;
        const note = db.transaction(() =>
          addNote(
            db,
            addNoteInput.parse({
              callId,
              body: `Bench note ${sequence}: asked about carrier pricing for Q3`,
              offsetMs: sequence * 1000,
              clientId: `bench-${process.pid}-${sequence}`,
            }),
          ),
        )();
        added.push(note.id);
      },
      500,
    );
    console.log(`  call-note index after ${added.length} adds: ${noteIndexShape(db)}`);
    // The cached seed is reused by the next run: take the bench's own notes out again.
    db.transaction(() => {
      const remove = db.prepare('DELETE FROM call_notes WHERE id = ?');
      for (const id of added) remove.run(id);
    })();
    // Then the upkeep the app runs once the rep pauses, step by step: a step is the longest a
    // request arriving meanwhile waits for it. It also leaves the cached seed merged as before.
    const upkeep = timeUpkeepSteps(db);
    console.log(
      `  idle upkeep: ${upkeep.steps} merge steps of ${MERGE_STEP_PAGES} pages, p50 ${ms(upkeep.p50)} / p99 ${ms(upkeep.p99)} / max ${ms(upkeep.max)} ms (CPU p99 ${ms(upkeep.cpuP99)}); then ${noteIndexShape(db)}`,
    );

    console.log(
      `\nReview: p50 / p99 in ms over ${RUNS} runs (searches 30, note adds 500) after ${WARMUP} warm-up runs.\nfloor: list rows = ${FLOOR_SQL.list}; analytics = ${FLOOR_SQL.analytics}; note add = one draft upsert, own transaction\n`,
    );
    console.log(
      table(
        ['what', 'p50', 'p99', 'cpu p99', 'floor p99', 'target p99'],
        rows.map((row) => [
          row.what,
          ms(row.timing.p50),
          ms(row.timing.p99),
          ms(row.timing.cpuP99),
          row.floor ? ms(floors[row.floor].p99) : '-',
          row.targetMs === null ? '-' : `≤ ${row.targetMs}`,
        ]),
      ),
    );
    for (const row of rows) {
      if (row.targetMs === null) continue;
      targets?.target({
        what: `${row.what}: p99`,
        figure: `${ms(row.timing.p99)} ms (CPU ${ms(row.timing.cpuP99)})`,
        floor: row.floor
          ? `${ms(floors[row.floor].p99)} ms (${FLOOR_LABEL[row.floor]})`
          : '— (none measured)',
        target: `≤ ${row.targetMs} ms`,
        met: row.timing.p99 <= row.targetMs,
      });
    }
    printPlans(db);
    return rows;
  } finally {
    // Not closeDatabase: its PRAGMA optimize would write to the cached file between runs.
    db.close();
  }
}

/** How many segments the call-note index is in, from its `_idx` shadow table (one row or more each). */
function noteIndexShape(db: Db): string {
  const segments = db
    .prepare('SELECT count(DISTINCT segid) FROM call_notes_fts_idx')
    .pluck()
    .get() as number;
  return `${segments} segments`;
}

/** Runs the idle merge to the end, timing each step (wall and CPU, ms). */
function timeUpkeepSteps(db: Db): {
  steps: number;
  p50: number;
  p99: number;
  max: number;
  cpuP99: number;
} {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (;;) {
    const cpuBefore = process.cpuUsage();
    const before = process.hrtime.bigint();
    const merged = mergeNoteIndexStep(db);
    if (!merged) break;
    wall.push(Number(process.hrtime.bigint() - before) / 1e6);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  db.pragma('wal_checkpoint(PASSIVE)');
  const at = (sorted: number[], fraction: number) =>
    sorted.length === 0 ? 0 : sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]!;
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    steps: wall.length,
    p50: at(wall, 0.5),
    p99: at(wall, 0.99),
    max: at(wall, 1),
    cpuP99: at(cpu, 0.99),
  };
}

/** The plans SQLite chose on the seeded, analyzed file: the indexes the tests expect. */
function printPlans(db: Db): void {
  const plan = (sql: string, params: object) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
      .map((row) => row.detail)
      .filter((detail) => /^(SCAN|SEARCH)/.test(detail))
      .join('; ');
  const first = reviewListQuery(reviewListInput.parse({}))!;
  console.log('\nQuery plans on the seeded file:');
  console.log(`  first page: ${plan(first.sql, first.params)}`);
  for (const [name, sql] of Object.entries(ANALYTICS_SQL)) {
    console.log(`  ${name}: ${plan(sql, { from: '', to: '~', offset: '+0 minutes', limit: 12 })}`);
  }
}

export const reviewSection: BenchSection = {
  name: 'review',
  about: 'review list and meeting-rate analytics on 100k calls and 1M notes, adding a note',
  run: async (targets) => {
    await runReviewBench(targets);
  },
};

// `tsx bench/review.bench.ts` runs this bench alone (same as `npm run bench -- review`).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runSections([reviewSection]);
}
