import { indexUnindexedInsights, type BackfillTurn } from './insight-search-index';
import type { Db } from './open';

/**
 * Rows indexed per transaction: about 6 ms of CPU on the bench's 100k insights (60 µs a row),
 * so a request that arrives during a turn waits about that long (issue #11 allows 50 ms behind
 * background work; bench/upgrade.bench.ts measures it).
 */
export const ROWS_PER_TURN = 100;

/**
 * How long after the hosts start the background tasks the backfill begins: the first screen's
 * requests are answered by then, and do not share the main thread with it.
 */
export const SEARCH_BACKFILL_AFTER_MS = 1_000;

/** Who else may be writing: the job that holds the write turn (jobs/write-turn.ts). */
export interface WriteTurnView {
  readonly held: boolean;
  free(): Promise<void>;
}

export interface SearchBackfillOptions {
  writeTurn: WriteTurnView;
  rowsPerTurn?: number;
  /**
   * Test only: awaited after each turn that found rows, before the next; a test holds the
   * backfill here to search a partly built index, by events rather than by time.
   */
  afterTurn?: (turn: BackfillTurn) => Promise<void> | void;
}

export type BackfillOutcome = 'done' | 'stopped' | { failed: unknown };

/**
 * Fills the insight search index in the background (migration 010 marks every existing row
 * unindexed; search scores marked rows with FTS5's bm25, so the ranking is exact at every step,
 * only slower for a common word until the backfill is through).
 *
 * Each turn is one short IMMEDIATE transaction on the main connection, which indexes the next
 * rows in id order; between turns it yields to the event loop (setImmediate), so requests
 * waiting there are served before the next turn. While a job holds the write turn (an import
 * commit's transaction on its worker) it waits for the turn instead of for that lock. A turn is
 * synchronous, so `stop` (on close, or before a restore swaps the file) never cuts one in half.
 *
 * It goes through the marked rows once, from the lowest id: rows marked behind it meanwhile
 * (a write that bypassed insights/rows.ts) are still exact and are picked up at the next start,
 * as are the rows whose text the index does not reproduce (accents), which it passes over.
 *
 * Imports and library restores still index each row as they write it, not through this. The
 * import commit runs on its worker, so its index writes are already off the request thread and
 * the backfill would move them onto it. Indexing in the writing transaction costs about half as
 * much (20k insights restored: 560 ms of 2.5 s CPU inline, against 1.1 s for the same rows
 * indexed afterwards), and search is fast as soon as the write lands. A restore of a backup
 * file brings its own index, and one older than migration 010 is marked when it opens and
 * backfilled like any first start (the backend starts the backfill again on the new file).
 */
export class SearchBackfill {
  readonly finished: Promise<BackfillOutcome>;
  #stopped = false;

  private constructor(
    private readonly db: Db,
    private readonly options: SearchBackfillOptions,
  ) {
    this.finished = this.#run();
  }

  static start(db: Db, options: SearchBackfillOptions): SearchBackfill {
    return new SearchBackfill(db, options);
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** No turn starts after this; the one in progress, if any, has already committed. */
  stop(): void {
    this.#stopped = true;
  }

  async #run(): Promise<BackfillOutcome> {
    const { db, options } = this;
    const rows = options.rowsPerTurn ?? ROWS_PER_TURN;
    const turn = db.transaction((after: number) => indexUnindexedInsights(db, after, rows));
    let after = 0;
    try {
      for (;;) {
        await nextTick();
        if (this.#stopped || !db.open) return 'stopped';
        if (options.writeTurn.held) {
          await options.writeTurn.free();
          continue;
        }
        // Never inside another transaction: handlers' transactions are synchronous, so this
        // only guards against one left open by a caller's mistake.
        if (db.inTransaction) continue;
        const done = withoutSync(db, () => turn.immediate(after));
        if (done.last === null) return 'done';
        after = done.last;
        await options.afterTurn?.(done);
      }
    } catch (error) {
      // A read-only or full disk: the index stays as it is, valid and exact; the next start
      // tries again.
      this.#stopped = true;
      return { failed: error };
    }
  }
}

/**
 * Runs `work` with synchronous = NORMAL: its commit does not wait for an fsync of the WAL, which
 * on a busy disk held the main thread for most of a turn. A turn lost to a power cut leaves its
 * rows marked, which is valid, and the next start indexes them again; the next FULL commit
 * syncs the WAL with this one in it.
 */
function withoutSync<T>(db: Db, work: () => T): T {
  const level = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    return work();
  } finally {
    db.pragma(`synchronous = ${level}`);
  }
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));
