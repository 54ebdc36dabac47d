import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuildInsightSearchIndex } from '../src/main/db/insight-search-index';
import { closeDatabase, openDatabase, type Db } from '../src/main/db/open';
import { Random } from './lib/random';
import { INDUSTRIES, SOURCES, TAGS, TITLES, Vocabulary } from './lib/vocabulary';

/** Bump when the generated data changes, so a cached database from older code is not reused. */
export const SEED_VERSION = 1;

export interface SeedSize {
  prospects: number;
  insights: number;
  /** Call notes; calls are created as needed, 1 to 9 notes each (5 on average). */
  notes: number;
}

export const FULL_SIZE: SeedSize = { prospects: 100_000, insights: 100_000, notes: 1_000_000 };

/** Vocabulary shape: 50k words, Zipf exponent 1 (natural-language-like). */
const VOCABULARY_SIZE = 50_000;
const ZIPF_EXPONENT = 1;
const RANDOM_SEED = 20_240_601;

export function benchVocabulary(): Vocabulary {
  return new Vocabulary(VOCABULARY_SIZE, ZIPF_EXPONENT, RANDOM_SEED);
}

export interface SeededDatabase {
  dataDir: string;
  reused: boolean;
  /** Wall time of seeding (0 when reused). */
  seconds: number;
  phases: { name: string; seconds: number }[];
}

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const MIGRATIONS_DIR = join(BENCH_DIR, '..', 'src', 'main', 'db', 'migrations');
const SEARCH_INDEX_FILES = ['search-impacts.ts', 'insight-search-index.ts'];

/**
 * Returns a data directory holding a seeded `oneup.sqlite`, building it on first use. The cache
 * key covers the seed version, the sizes, the migration sources and the search index's code, so a
 * schema change reseeds.
 */
export function seededDatabase(size: SeedSize = FULL_SIZE): SeededDatabase {
  const dataDir = join(BENCH_DIR, '.data', `seed-v${SEED_VERSION}-${cacheKey(size)}`);
  if (existsSync(join(dataDir, 'oneup.sqlite'))) {
    return { dataDir, reused: true, seconds: 0, phases: [] };
  }
  removeStaleSeeds(dirname(dataDir));
  const buildDir = `${dataDir}.building-${process.pid}`;
  const started = performance.now();
  const phases = build(buildDir, size);
  // Renamed only when complete: an interrupted seed never leaves a half database to be reused.
  renameSync(buildDir, dataDir);
  return { dataDir, reused: false, seconds: (performance.now() - started) / 1000, phases };
}

/** Seeded files are ~700 MB: drop those of older seed versions or schemas before building anew. */
function removeStaleSeeds(cacheDir: string): void {
  if (!existsSync(cacheDir)) return;
  for (const entry of readdirSync(cacheDir)) {
    if (entry.startsWith('seed-') && !entry.includes('.building-'))
      rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
}

function cacheKey(size: SeedSize): string {
  const hash = createHash('sha256').update(JSON.stringify({ size, SEED_VERSION }));
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) {
    hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)));
  }
  // The insight search index is built by code outside the migrations (its impact minimum).
  for (const file of SEARCH_INDEX_FILES)
    hash.update(readFileSync(join(MIGRATIONS_DIR, '..', file)));
  return hash.digest('hex').slice(0, 10);
}

const DAY_MS = 86_400_000;
const START_MS = Date.UTC(2023, 0, 2, 14);

function build(dataDir: string, size: SeedSize): { name: string; seconds: number }[] {
  const phases: { name: string; seconds: number }[] = [];
  const phase = (name: string, work: () => void) => {
    const started = performance.now();
    work();
    phases.push({ name, seconds: (performance.now() - started) / 1000 });
  };
  const db = openDatabase(dataDir);
  try {
    // Seeding speed only: no rollback journal, no fsync, a large cache. The file is thrown away
    // if seeding fails, and the app's own pragmas apply again when the bench reopens it.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -524288');
    const triggers = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
      .all() as { name: string; sql: string }[];
    // The FTS and last-contact triggers fire per row; rebuilding the indexes once is faster and
    // yields the same index content.
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);

    const vocabulary = benchVocabulary();
    const random = new Random(RANDOM_SEED);
    phase(`prospects (${size.prospects.toLocaleString('en-US')})`, () =>
      db.transaction(() => insertProspects(db, random, vocabulary, size.prospects))(),
    );
    phase(`insights (${size.insights.toLocaleString('en-US')})`, () =>
      db.transaction(() => insertInsights(db, random, vocabulary, size.insights))(),
    );
    phase(`calls and notes (${size.notes.toLocaleString('en-US')} notes)`, () =>
      db.transaction(() => insertCallsAndNotes(db, random, vocabulary, size))(),
    );
    phase('fts rebuild', () =>
      db.transaction(() => {
        for (const table of ['prospects_fts', 'insights_fts', 'call_notes_fts']) {
          db.prepare(`INSERT INTO ${table} (${table}) VALUES ('rebuild')`).run();
        }
        db.exec(`UPDATE prospects SET last_contact_at =
          (SELECT max(started_at) FROM calls WHERE calls.prospect_id = prospects.id)`);
        for (const trigger of triggers) db.exec(trigger.sql);
      })(),
    );
    // Its triggers were dropped with the others: the insight search index is built from the rows.
    phase('insight search index', () => db.transaction(() => rebuildInsightSearchIndex(db))());
    phase('analyze', () => {
      db.pragma('journal_mode = WAL');
      db.exec('ANALYZE');
    });
  } finally {
    closeDatabase(db);
  }
  return phases;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function insertProspects(db: Db, random: Random, vocabulary: Vocabulary, count: number): void {
  const insert = db.prepare(
    `INSERT INTO prospects (id, name, title, company, industry, phone, email, timezone, tags, notes,
       created_at, updated_at, archived_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const span = 900 * DAY_MS;
  for (let id = 1; id <= count; id++) {
    const created = START_MS - span + Math.floor((id / count) * span);
    const name = vocabulary.personName(random);
    const company = vocabulary.company(random);
    const updated = iso(created + random.int(0, 60) * DAY_MS);
    insert.run(
      id,
      name,
      random.pick(TITLES),
      company,
      random.pick(INDUSTRIES),
      `+1 555 ${String(random.int(0, 9_999_999)).padStart(7, '0')}`,
      `${name.split(' ')[0]!.toLowerCase()}@${company.split(' ')[0]!.toLowerCase()}.example`,
      random.pick([
        'America/New_York',
        'America/Chicago',
        'America/Denver',
        'America/Los_Angeles',
        'Europe/London',
      ]),
      JSON.stringify(random.some(TAGS, random.int(0, 3))),
      random.chance(0.7) ? vocabulary.text(random, 5, 40) : '',
      iso(created),
      updated,
      random.chance(0.02) ? updated : null,
    );
  }
}

function insertInsights(db: Db, random: Random, vocabulary: Vocabulary, count: number): void {
  const insert = db.prepare(
    `INSERT INTO insights (id, headline, detail, evidence, source, source_url, is_public, industries,
       roles, tags, created_at, updated_at, archived_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const span = 900 * DAY_MS;
  for (let id = 1; id <= count; id++) {
    const created = START_MS - span + Math.floor((id / count) * span);
    const updated = iso(created + random.int(0, 30) * DAY_MS);
    const isPublic = random.chance(0.8);
    insert.run(
      id,
      vocabulary.text(random, 6, 14),
      vocabulary.text(random, 20, 60),
      random.chance(0.8) ? vocabulary.text(random, 8, 24) : '',
      random.pick(SOURCES),
      isPublic ? `https://example.com/reports/${id}` : '',
      isPublic ? 1 : 0,
      JSON.stringify(random.some(INDUSTRIES, random.int(1, 2))),
      JSON.stringify(random.some(TITLES, random.int(0, 2))),
      JSON.stringify(random.some(TAGS, random.int(0, 3))),
      iso(created),
      updated,
      random.chance(0.03) ? updated : null,
    );
  }
}

const OUTCOMES = [
  'meeting_booked',
  'callback',
  'not_interested',
  'voicemail',
  'voicemail',
  'gatekeeper',
  'no_answer',
  'no_answer',
  'wrong_person',
] as const;

function insertCallsAndNotes(db: Db, random: Random, vocabulary: Vocabulary, size: SeedSize): void {
  const insertCall = db.prepare(
    `INSERT INTO calls (id, prospect_id, started_at, ended_at, opener, verdict, score, outcome,
       created_at, updated_at, archived_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCallInsight = db.prepare(
    'INSERT OR IGNORE INTO call_insights (call_id, insight_id) VALUES (?, ?)',
  );
  const insertNote = db.prepare(
    `INSERT INTO call_notes (id, call_id, offset_ms, body, tags, created_at, updated_at, archived_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let noteId = 0;
  let callId = 0;
  let clock = START_MS;
  while (noteId < size.notes) {
    callId++;
    clock += random.int(60_000, 480_000);
    const started = iso(clock);
    const durationMs = random.int(20_000, 900_000);
    const ended = iso(clock + durationMs);
    const archived = random.chance(0.01) ? ended : null;
    insertCall.run(
      callId,
      random.int(1, size.prospects),
      started,
      ended,
      vocabulary.text(random, 12, 30),
      random.pick(['ready', 'ready', 'needs_work', 'blocked']),
      random.int(40, 100),
      random.pick(OUTCOMES),
      started,
      ended,
      archived,
    );
    if (random.chance(0.6)) {
      for (let i = random.int(1, 3); i > 0; i--)
        insertCallInsight.run(callId, random.int(1, size.insights));
    }
    const notes = Math.min(random.int(1, 9), size.notes - noteId);
    let offsetMs = 0;
    for (let i = 0; i < notes; i++) {
      noteId++;
      offsetMs += random.int(5_000, Math.max(5_000, Math.floor(durationMs / notes)));
      const at = iso(clock + offsetMs);
      insertNote.run(
        noteId,
        callId,
        offsetMs,
        vocabulary.text(random, 4, 24),
        random.chance(0.1) ? JSON.stringify([random.pick(TAGS)]) : '[]',
        at,
        at,
        random.chance(0.01) ? at : null,
      );
    }
  }
}
