import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { openBackend } from '../../src/main/backend';
import { BACKUPS_FOLDER } from '../../src/main/backup/names';
import { rebuildInsightSearchIndex } from '../../src/main/db/insight-search-index';
import { migrations } from '../../src/main/db/migrate';
import { migration010InsightSearchImpacts } from '../../src/main/db/migrations/010-insight-search-impacts';
import { closeDatabase, openDatabase, type Db } from '../../src/main/db/open';
import { SearchBackfill } from '../../src/main/db/search-backfill';
import { searchInsights } from '../../src/main/insights/repository';
import { JobGate } from '../../src/main/jobs/gate';
import { WriteTurn } from '../../src/main/jobs/write-turn';
import { call } from '../helpers/api';
import { PATIENCE } from '../helpers/patience';
import { tempDir } from '../helpers/temp';

/** A library written by the version before migration 010, with `count` insights. */
function libraryBefore010(count: number): string {
  const dir = tempDir();
  const old = openDatabase(dir, {
    migrationList: migrations.slice(0, migrations.indexOf(migration010InsightSearchImpacts)),
  });
  const insert = old.prepare(
    `INSERT INTO insights (headline, detail, tags, created_at, updated_at)
     VALUES (?, ?, '["pricing"]', 't', 't')`,
  );
  old.transaction(() => {
    for (let index = 0; index < count; index++)
      insert.run(
        index % 10 === 0 ? `Café pricing ${index}` : `Pricing review ${index}`,
        'pricing '.repeat(index % 5),
      );
  })();
  closeDatabase(old);
  return dir;
}

const marked = (db: Db) =>
  db.prepare('SELECT count(*) FROM insight_search_unindexed').pluck().get() as number;

const indexContents = (db: Db) => ({
  entries: db
    .prepare('SELECT * FROM insight_search_impacts ORDER BY key, impact, insight_id')
    .all(),
  unindexed: db.prepare('SELECT insight_id FROM insight_search_unindexed ORDER BY 1').pluck().all(),
});

/** Lets the event loop go round `times` times: each round would be one backfill turn. */
async function rounds(times: number): Promise<void> {
  for (let index = 0; index < times; index++)
    await new Promise<void>((resolve) => setImmediate(resolve));
}

describe('the search index backfill', () => {
  it('waits while a job holds the write turn, then indexes every row it can', async () => {
    const db = openDatabase(libraryBefore010(300));
    const writeTurn = new WriteTurn();
    const release = writeTurn.take();
    let waiting!: () => void;
    const waits = new Promise<void>((resolve) => (waiting = resolve));
    const backfill = SearchBackfill.start(db, { writeTurn, rowsPerTurn: 50, onWaiting: waiting });
    await waits;
    // Its worker is up and waits for the turn: no row was indexed while the job held it.
    expect(marked(db)).toBe(300);
    release();
    expect(await backfill.finished).toBe('done');
    // Only the accented rows are left to FTS5; what it built is what a rebuild builds.
    expect(marked(db)).toBe(30);
    const built = indexContents(db);
    db.transaction(() => rebuildInsightSearchIndex(db))();
    expect(indexContents(db)).toEqual(built);
    closeDatabase(db);
  });

  it('pauses after the turn in progress when a job takes the write turn, and goes on once it is given back', async () => {
    const db = openDatabase(libraryBefore010(300));
    const writeTurn = new WriteTurn();
    const gate = new JobGate(1);
    let waiting!: () => void;
    const waits = new Promise<void>((resolve) => (waiting = resolve));
    const backfill = SearchBackfill.start(db, {
      writeTurn,
      rowsPerTurn: 50,
      gate,
      onWaiting: waiting,
    });
    // The first turn is in its transaction when an import takes the write turn.
    await gate.held;
    const release = writeTurn.take();
    gate.release();
    await waits;
    // That turn committed whole (50 rows, 5 of them accented and left marked); no other began.
    expect(marked(db)).toBe(300 - 45);
    release();
    expect(await backfill.finished).toBe('done');
    expect(marked(db)).toBe(30);
    closeDatabase(db);
  });

  it('starts no turn while the main connection writes: the write waits for the turn in progress only', async () => {
    const db = openDatabase(libraryBefore010(300));
    db.exec('CREATE TABLE written (n INTEGER NOT NULL) STRICT');
    const gate = new JobGate(1);
    const backfill = SearchBackfill.start(db, {
      writeTurn: new WriteTurn(),
      rowsPerTurn: 50,
      gate,
    });
    await gate.held;
    const seen = backfill.whileWriting(() => {
      gate.release();
      // The worker commits its first turn and, instead of starting the next, waits for this.
      const held = backfill.waitUntilHeldForWrite(PATIENCE.timeout);
      const rows = db
        .transaction(() => {
          db.prepare('INSERT INTO written (n) VALUES (1)').run();
          return marked(db);
        })
        .immediate();
      return { held, rows };
    });
    expect(seen).toEqual({ held: true, rows: 300 - 45 });
    expect(await backfill.finished).toBe('done');
    expect(marked(db)).toBe(30);
    closeDatabase(db);
  });

  it('stops between turns: every turn it ran is committed whole, no transaction is left open', async () => {
    const db = openDatabase(libraryBefore010(300));
    let turns = 0;
    const backfill = SearchBackfill.start(db, {
      writeTurn: new WriteTurn(),
      rowsPerTurn: 50,
      afterTurn: () => {
        if (++turns === 2) backfill.stop();
      },
    });
    expect(await backfill.finished).toBe('stopped');
    expect(db.inTransaction).toBe(false);
    // Its turns commit on the worker's connection, without an fsync; this one is left as it was.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    // Two turns of 50 rows, of which 5 are accented and stay marked.
    expect(marked(db)).toBe(300 - 90);
    closeDatabase(db);
  });

  it('runs its turns on a worker: a read on the request thread is answered while a turn holds its transaction open', async () => {
    const db = openDatabase(libraryBefore010(300));
    const reference = searchInsights(db, 'pricing', 20).map((hit) => hit.insight.id);
    const gate = new JobGate(1);
    const backfill = SearchBackfill.start(db, {
      writeTurn: new WriteTurn(),
      rowsPerTurn: 50,
      gate,
    });
    // The worker has indexed its first 50 rows and waits before its COMMIT, the lock held.
    await gate.held;
    // This thread is free: it reads the last commit, every row still marked, ranked exactly.
    expect(marked(db)).toBe(300);
    expect(searchInsights(db, 'pricing', 20).map((hit) => hit.insight.id)).toEqual(reference);
    expect(backfill.stopped).toBe(false);
    gate.release();
    expect(await backfill.finished).toBe('done');
    expect(marked(db)).toBe(30);
    expect(searchInsights(db, 'pricing', 20).map((hit) => hit.insight.id)).toEqual(reference);
    closeDatabase(db);
  });

  it('changes nothing in a library that already has a complete index (the first migration 010)', async () => {
    const db = openDatabase(libraryBefore010(120));
    db.transaction(() => rebuildInsightSearchIndex(db))();
    const complete = indexContents(db);
    expect(complete.unindexed).toHaveLength(12);
    const backfill = SearchBackfill.start(db, { writeTurn: new WriteTurn(), rowsPerTurn: 5 });
    expect(await backfill.finished).toBe('done');
    expect(indexContents(db)).toEqual(complete);
    closeDatabase(db);
  });

  it('is started by the background tasks on the first start after the update, and stops on close', async () => {
    const backend = openBackend({
      dataDir: libraryBefore010(500),
      transport: 'browser',
      searchBackfillAfterMs: 0,
    });
    // Nothing runs before the hosts start the background tasks: the first answers come first.
    expect(marked(backend.db)).toBe(500);
    await rounds(10);
    expect(backend.searchBackfill).toBeNull();
    backend.startBackgroundTasks();
    await vi.waitFor(() => expect(backend.searchBackfill).not.toBeNull(), PATIENCE);
    expect(await backend.searchBackfill!.finished).toBe('done');
    expect(marked(backend.db)).toBe(50);
    const backfill = backend.searchBackfill!;
    backend.close();
    expect(backfill.stopped).toBe(true);
  });

  it('starts again on the restored file when a restore brings back rows still marked', async () => {
    const backend = openBackend({
      dataDir: libraryBefore010(400),
      transport: 'browser',
      searchBackfillAfterMs: 0,
    });
    // Taken before the backfill ran: every row of the copy is marked.
    const backup = await call(backend, 'backup:now');
    backend.startBackgroundTasks();
    await vi.waitFor(() => expect(backend.searchBackfill).not.toBeNull(), PATIENCE);
    const first = backend.searchBackfill!;
    expect(await first.finished).toBe('done');
    expect(marked(backend.db)).toBe(40);

    const copy = new Database(join(backend.dataDir, BACKUPS_FOLDER, backup.name), {
      readonly: true,
    });
    expect(marked(copy)).toBe(400);
    copy.close();

    await call(backend, 'backup:restore', { name: backup.name });
    await vi.waitFor(() => expect(backend.searchBackfill).not.toBe(first), PATIENCE);
    expect(await backend.searchBackfill!.finished).toBe('done');
    expect(marked(backend.db)).toBe(40);
    backend.close();
  });
});
