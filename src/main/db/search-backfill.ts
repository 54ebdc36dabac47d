import type { Worker } from 'node:worker_threads';
import type { JobGate } from '../jobs/gate';
import { startJobWorker } from '../jobs/worker-thread';
import type { BackfillTurn } from './insight-search-index';
import type { Db } from './open';
import type {
  BackfillStart,
  BackfillTask,
  FromBackfill,
  ToBackfill,
} from './search-backfill-worker';

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

/**
 * A turn refused the write lock this many times in a row (each after the worker's busy
 * timeout), with no job holding the write turn, ends the backfill: another process is writing.
 */
const BUSY_TURNS_AT_MOST = 3;

/** Who else may be writing: the job that holds the write turn (jobs/write-turn.ts). */
export interface WriteTurnView {
  readonly held: boolean;
  free(): Promise<void>;
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
 * on the request thread (issue #11: on the main connection a turn held every read for 6 ms, and
 * up to 48–144 ms when SQLite checkpointed the WAL inside it). Each turn is one short IMMEDIATE
 * transaction that indexes the next rows in id order, followed on the worker by a PASSIVE
 * checkpoint. This side asks for one turn at a time and decides whether the next may start:
 * while a job holds the write turn (an import commit's transaction on its worker) it waits for
 * the turn instead of for that lock, and after `stop` (on close, or before a restore swaps the
 * file) it asks for none. A turn asked for is committed whole (or not at all); `finished`
 * resolves once the worker's connection is closed, so a restore that awaits it moves a file no
 * one has open.
 *
 * Reads never wait for a turn: in WAL mode they read the last commit beside the worker's
 * transaction. A write on the main connection waits for the turn's lock, a few ms.
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
  }

  async #run(): Promise<BackfillOutcome> {
    const { db, options } = this;
    const rows = options.rowsPerTurn ?? ROWS_PER_TURN;
    let worker: TurnWorker | null = null;
    try {
      if (!db.open || !anyMarked(db)) return 'done';
      worker = await TurnWorker.open(
        { file: db.name, nativeBinding: options.nativeBinding, gate: options.gate?.data },
        options.gate,
      );
      let after = 0;
      let busy = 0;
      for (;;) {
        if (this.#stopped || !db.open) return 'stopped';
        if (options.writeTurn.held) {
          await options.writeTurn.free();
          continue;
        }
        const answer = await worker.turn(after, rows);
        if (answer.type === 'busy') {
          if (++busy >= BUSY_TURNS_AT_MOST && !options.writeTurn.held)
            throw new Error('The library stayed locked by another writer.');
          continue;
        }
        busy = 0;
        if (answer.turn.last === null) return 'done';
        after = answer.turn.last;
        await options.afterTurn?.(answer.turn);
      }
    } catch (error) {
      // A read-only or full disk: the index stays as it is, valid and exact; the next start
      // tries again.
      this.#stopped = true;
      return { failed: error };
    } finally {
      await worker?.close();
    }
  }
}

const anyMarked = (db: Db) =>
  db.prepare('SELECT EXISTS (SELECT 1 FROM insight_search_unindexed)').pluck().get() === 1;

type TurnAnswer = Extract<FromBackfill, { type: 'turn' | 'busy' }>;

interface Pending {
  resolve: (answer: TurnAnswer) => void;
  reject: (error: Error) => void;
}

/** The backfill's worker thread, one turn asked at a time. */
class TurnWorker {
  #pending: Pending | null = null;
  #exited: Promise<void>;

  private constructor(
    private readonly worker: Worker,
    ready: { resolve: () => void; reject: (error: Error) => void },
    gate: JobGate | undefined,
  ) {
    let opening: typeof ready | null = ready;
    const fail = (error: Error) => {
      opening?.reject(error);
      opening = null;
      this.#settle((pending) => pending.reject(error));
    };
    worker.on('message', (message: FromBackfill) => {
      switch (message.type) {
        case 'ready':
          opening?.resolve();
          opening = null;
          break;
        case 'held':
          gate?.noticeHeld();
          break;
        case 'turn':
        case 'busy':
          this.#settle((pending) => pending.resolve(message));
          break;
        case 'failed':
          fail(Object.assign(new Error(message.message), { code: message.code }));
          break;
      }
    });
    worker.on('error', fail);
    this.#exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        fail(new Error(`The search backfill's worker stopped (exit code ${code}).`));
        resolve();
      }),
    );
  }

  static open(start: BackfillStart, gate: JobGate | undefined): Promise<TurnWorker> {
    return new Promise((resolve, reject) => {
      const task: BackfillTask = { job: 'search-backfill' };
      const thread = startJobWorker({ ...start, task, job: task.job });
      // The backfill never keeps the app from quitting; a turn cut short there is rolled back.
      thread.unref();
      const worker: TurnWorker = new TurnWorker(
        thread,
        { resolve: () => resolve(worker), reject },
        gate,
      );
    });
  }

  turn(after: number, rows: number): Promise<TurnAnswer> {
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.#send({ type: 'turn', after, rows });
    });
  }

  /** Resolves once the worker has closed its connection and ended. */
  close(): Promise<void> {
    this.#send({ type: 'close' });
    return this.#exited;
  }

  #send(message: ToBackfill): void {
    this.worker.postMessage(message);
  }

  #settle(outcome: (pending: Pending) => void): void {
    const pending = this.#pending;
    this.#pending = null;
    if (pending) outcome(pending);
  }
}
