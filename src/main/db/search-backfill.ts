import type { JobGate } from '../jobs/gate';
import { startJobWorker } from '../jobs/worker-thread';
import type { BackfillTurn } from './insight-search-index';
import type { Db } from './open';
import { FLAG, FLAG_COUNT, type BackfillTask, type FromBackfill } from './search-backfill-worker';

/**
 * Rows indexed per transaction: about 6 ms of CPU on the bench's 100k insights (60 µs a row).
 * The turn runs on the backfill's worker, so no read waits for it; a write on the main
 * connection that arrives during a turn waits for its lock (busy_timeout), so a turn stays
 * short (bench/upgrade.bench.ts measures both).
 */
export const ROWS_PER_TURN = 100;

/**
 * How long after the hosts start the background tasks the backfill begins: the first screen's
 * requests are answered by then, and do not share the machine's cores with it.
 */
export const SEARCH_BACKFILL_AFTER_MS = 1_000;

/** Who else may be writing: the job that holds the write turn (jobs/write-turn.ts). */
export interface WriteTurnView {
  readonly held: boolean;
  /** Calls `watcher` as the turn is taken and given back; returns what stops the calls. */
  watch(watcher: (held: boolean) => void): () => void;
}

export interface SearchBackfillOptions {
  writeTurn: WriteTurnView;
  rowsPerTurn?: number;
  /** The Electron build of better-sqlite3 (see db/open.ts), for the worker's connection. */
  nativeBinding?: string | undefined;
  /**
   * Test only: awaited after each turn that found rows, before the next; a test holds the
   * backfill here to search a partly built index, by events rather than by time.
   */
  afterTurn?: (turn: BackfillTurn) => Promise<void> | void;
  /** Test only: called when the worker starts waiting for a job to give the write turn back. */
  onWaiting?: () => void;
  /**
   * Test only: the worker stops inside the turn that reaches `afterRows` indexed rows, its
   * transaction open, until released; a test proves a read is answered meanwhile.
   */
  gate?: JobGate;
}

export type BackfillOutcome = 'done' | 'stopped' | { failed: unknown };

/**
 * Fills the insight search index in the background (migration 010 marks every existing row
 * unindexed; search scores marked rows with FTS5's bm25, so the ranking is exact at every step,
 * only slower for a common word until the backfill is through).
 *
 * The turns run on a worker thread with its own connection (search-backfill-worker.ts), never
 * on the request thread (issue #11: on the main connection a turn held every request for 6 ms,
 * and for 48–144 ms when SQLite checkpointed the WAL inside it). Each turn is one short
 * IMMEDIATE transaction that indexes the next rows in id order, followed on the worker by a
 * PASSIVE checkpoint. The ordering rules are kept from here through flags the worker reads
 * before each turn: while a job holds the write turn (an import commit's transaction on its
 * worker) it waits for the turn instead of for that lock, and after `stop` (on close, or before
 * a restore swaps the file) it starts no turn; the one in progress commits whole. `finished`
 * resolves once the worker has closed its connection, so a restore that awaits it moves a file
 * no one has open.
 *
 * Reads never wait for a turn: in WAL mode they read the last commit beside the worker's
 * transaction. A write on the main connection waits for the turn in progress (a few ms), and
 * when it goes through `whileWriting`, for that one only.
 *
 * It goes through the marked rows once, from the lowest id: rows marked behind it meanwhile
 * (a write that bypassed insights/rows.ts) are still exact and are picked up at the next start,
 * as are the rows whose text the index does not reproduce (accents), which it passes over.
 *
 * Imports and library restores still index each row as they write it, not through this. The
 * import commit runs on its worker, so its index writes are already off the request thread.
 * Indexing in the writing transaction costs about half as much (20k insights restored: 560 ms
 * of 2.5 s CPU inline, against 1.1 s for the same rows indexed afterwards), and search is fast
 * as soon as the write lands. A restore of a backup file brings its own index, and one older
 * than migration 010 is marked when it opens and backfilled like any first start (the backend
 * starts the backfill again on the new file).
 */
export class SearchBackfill {
  readonly finished: Promise<BackfillOutcome>;
  #stopped = false;
  readonly #flags = new Int32Array(new SharedArrayBuffer(FLAG_COUNT * 4));

  private constructor(
    private readonly db: Db,
    private readonly options: SearchBackfillOptions,
  ) {
    this.finished = this.#run();
  }

  /** Starts the backfill of `db`'s file; a library with no marked row needs no worker. */
  static start(db: Db, options: SearchBackfillOptions): SearchBackfill {
    return new SearchBackfill(db, options);
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** No turn starts after this; the one in progress, if any, commits whole. */
  stop(): void {
    this.#stopped = true;
    this.#raise(FLAG.stop, 1);
  }

  /**
   * Runs `write` (a write transaction on the main connection) with no turn starting meanwhile:
   * it waits for the turn in progress at most, never for the next ones too.
   */
  whileWriting<T>(write: () => T): T {
    if (this.#stopped) return write();
    this.#raise(FLAG.writing, 1);
    try {
      return write();
    } finally {
      this.#raise(FLAG.writing, 0);
    }
  }

  /**
   * Test only, inside `whileWriting`: blocks this thread until the worker has held a turn back
   * for the write; false if it has not within `patienceMs`.
   */
  waitUntilHeldForWrite(patienceMs: number): boolean {
    const seen = Atomics.load(this.#flags, FLAG.heldForWrite);
    return seen > 0 || Atomics.wait(this.#flags, FLAG.heldForWrite, 0, patienceMs) !== 'timed-out';
  }

  #raise(index: number, value: number): void {
    Atomics.store(this.#flags, index, value);
    Atomics.add(this.#flags, FLAG.wake, 1);
    Atomics.notify(this.#flags, FLAG.wake);
  }

  async #run(): Promise<BackfillOutcome> {
    const { db, options } = this;
    if (this.#stopped) return 'stopped';
    let unwatch = () => {};
    try {
      if (!db.open || !anyMarked(db)) return 'done';
      unwatch = options.writeTurn.watch((held) => this.#raise(FLAG.paused, held ? 1 : 0));
      this.#raise(FLAG.paused, options.writeTurn.held ? 1 : 0);
      const outcome = await this.#onWorker();
      if (typeof outcome === 'object') this.#stopped = true;
      return outcome;
    } catch (error) {
      // A read-only or full disk: the index stays as it is, valid and exact; the next start
      // tries again.
      this.#stopped = true;
      return { failed: error };
    } finally {
      unwatch();
    }
  }

  /** Runs the turns on the job worker; resolves once its thread has ended. */
  #onWorker(): Promise<BackfillOutcome> {
    const { db, options } = this;
    const task: BackfillTask = {
      job: 'search-backfill',
      rowsPerTurn: options.rowsPerTurn ?? ROWS_PER_TURN,
      flags: this.#flags.buffer as SharedArrayBuffer,
      stepped: options.afterTurn !== undefined,
    };
    const thread = startJobWorker({
      task,
      job: task.job,
      file: db.name,
      nativeBinding: options.nativeBinding,
      gate: options.gate?.data,
    });
    // The backfill never keeps the app from quitting; a turn cut short there is rolled back.
    thread.unref();
    return new Promise((resolve) => {
      let answer: BackfillOutcome | null = null;
      // A test's afterTurn that threw: it stops the backfill, and is its outcome.
      let refused: { failed: unknown } | null = null;
      const afterTurn = async (turn: BackfillTurn) => {
        try {
          await options.afterTurn?.(turn);
          this.#raise(FLAG.step, Atomics.load(this.#flags, FLAG.step) + 1);
        } catch (error) {
          refused = { failed: error };
          this.stop();
        }
      };
      thread.on('message', (message: FromBackfill) => {
        switch (message.type) {
          case 'turn':
            void afterTurn(message.turn);
            break;
          case 'waiting':
            options.onWaiting?.();
            break;
          case 'held':
            options.gate?.noticeHeld();
            break;
          case 'end':
            answer = message.outcome;
            break;
          case 'failed':
            answer = { failed: Object.assign(new Error(message.message), { code: message.code }) };
            break;
        }
      });
      thread.on('error', (error) => (answer = { failed: error }));
      thread.once('exit', (code) =>
        resolve(
          refused ??
            answer ?? {
              failed: new Error(`The search backfill's worker stopped (exit code ${code}).`),
            },
        ),
      );
    });
  }
}

const anyMarked = (db: Db) =>
  db.prepare('SELECT EXISTS (SELECT 1 FROM insight_search_unindexed)').pluck().get() === 1;
