import packageJson from '../../package.json';
import { ReadPool } from './api/read-pool';
import { pauseAutocheckpoint } from './data/checkpoint';
import { clearExports, type DataJobs } from './data/jobs';
import { jobHandlers } from './jobs/handlers';
import { JobRegistry } from './jobs/registry';
import { WriteTurn } from './jobs/write-turn';
import { createRouter, type ApiRouter, type Handlers } from './api/router';
import { isReadChannel, type ChannelName } from '../shared/api/contract';
import { LiveDatabase, type LiveDatabaseOptions } from './db/live-database';
import type { Db } from './db/open';
import { SEARCH_BACKFILL_AFTER_MS, SearchBackfill } from './db/search-backfill';
import { migrations } from './db/migrate';
import { testClockOffset } from './db/time';
import { featureHandlers } from './feature-handlers';
import { createMaintenance, type Maintenance } from './recovery/maintenance';
import { isLibraryEmpty, hasSampleData } from './sample/service';

export interface BackendOptions extends LiveDatabaseOptions {
  dataDir: string;
  transport: 'electron' | 'browser';
  onInternalError?: (channel: string, error: unknown) => void;
  /**
   * The hosts set this: a file that cannot be opened safely (damaged, foreign, newer, locked)
   * starts the backend in recovery mode instead of throwing DatabaseOpenError.
   */
  recoverFromBadFile?: boolean;
  /**
   * Reader threads for the read channels (api/read-pool.ts): how many, and the reader's script
   * (the built `read-worker.js` beside the host's entry, or `src/main/read-worker.ts`). Without
   * it every channel is served on the one writing connection. `size` is the most; `initial` start
   * at once (default 1) and the rest when reads wait.
   */
  readers?: { size: number; initial?: number; entry: string };
  /** After startBackgroundTasks (and after each swap), when the search index backfill starts. */
  searchBackfillAfterMs?: number;
}

export interface Backend {
  /** The open connection. A restore replaces it, so read it each time; throws in recovery mode. */
  readonly db: Db;
  /** 'recovery' while no database is open; the router then serves the recovery channels. */
  readonly mode: 'normal' | 'recovery';
  router: ApiRouter;
  dataDir: string;
  maintenance: Maintenance;
  /** The reader threads now serving reads; null without readers or while none is open. */
  readonly readers: ReadPool | null;
  /** Long jobs off the request path (exports, import previews, backups), by id. */
  jobs: JobRegistry;
  /** The search index backfill now running or done; null before it starts. */
  readonly searchBackfill: SearchBackfill | null;
  /**
   * The health check, automatic backups and the search index backfill; hosts call this once the
   * window is up.
   */
  startBackgroundTasks(): void;
  close(): void;
}

export const APP_VERSION: string = packageJson.version;

/**
 * Opens the rep's database and wires every feature's handlers into the one API router. When a
 * restore or recovery replaces the database, the router is rewired to the new connection.
 */
export function openBackend(options: BackendOptions): Backend {
  const live = new LiveDatabase(options.dataDir, options);
  live.open();
  if (live.openError && !options.recoverFromBadFile) throw live.openError;
  // Long jobs (exports, import previews, backups) outlive a restore's rewiring: one registry.
  const jobs = new JobRegistry();
  const writeTurn = new WriteTurn();
  clearExports(options.dataDir);
  const dataJobs: DataJobs = {
    registry: jobs,
    writeTurn,
    dataDir: options.dataDir,
    source: () => ({
      file: live.file,
      nativeBinding: options.nativeBinding,
      gate: options.jobGate,
      clockOffsetMs: testClockOffset(),
    }),
  };
  const maintenance = createMaintenance(live, {
    worthBackingUp: (db) => !isLibraryEmpty(db),
    jobs,
  });
  const appInfo = (db: Db | null) => ({
    version: APP_VERSION,
    schemaVersion: migrations.length,
    dataDir: options.dataDir,
    transport: options.transport,
    isEmpty: db ? isLibraryEmptyOrUnreadable(db) : false,
    hasSampleData: db ? hasSampleDataOrUnreadable(db) : false,
    mode: db ? ('normal' as const) : ('recovery' as const),
    health: maintenance.health(),
  });
  let readers: ReadPool | null = null;
  const startReaders = () => {
    if (!options.readers || !live.db || live.closed) return null;
    const pool = new ReadPool({
      file: live.file,
      size: options.readers.size,
      ...(options.readers.initial !== undefined ? { initial: options.readers.initial } : {}),
      entry: options.readers.entry,
      nativeBinding: options.nativeBinding,
      clockOffsetMs: testClockOffset(),
      onProblem: (message, error) => console.error(`[readers] ${message}`, error ?? ''),
    });
    pool.open();
    return pool;
  };
  // A restore or recovery moves the file only once the readers have let go of it.
  live.onBeforeReplace(async () => {
    const closing = readers;
    readers = null;
    await closing?.close();
  });
  const backfill = searchBackfillOf(live, writeTurn, options);
  // A write on this connection keeps the backfill's next turn from starting until it is done.
  const aroundWrite = <T>(write: () => T): T =>
    backfill.current ? backfill.current.whileWriting(write) : write();
  const wire = () => {
    const db = live.db;
    const handlers: Handlers = db
      ? {
          ...inTransactions(
            db,
            featureHandlers(db, () => appInfo(db), dataJobs),
            writeTurn,
            aroundWrite,
          ),
          // Outside a transaction: they read the registry, not the database.
          ...jobHandlers(jobs),
          // Outside a transaction: it must answer even when a damaged page breaks the commit.
          'app:info': () => appInfo(db),
          ...maintenance.handlers(),
        }
      : maintenance.recoveryModeHandlers(() => appInfo(null));
    const report =
      options.onInternalError ?? ((channel, error) => console.error(`[api] ${channel}:`, error));
    return createRouter(handlers, {
      onInternalError: (channel, error) => {
        maintenance.noticeError(error);
        report(channel, error);
      },
      // Read lazily: the readers of the file now open, whichever that is.
      ...(db && options.readers
        ? { reads: { run: (c, i) => readers?.run(c, i) ?? 'unavailable' } }
        : {}),
    });
  };
  let router = wire();
  readers = startReaders();
  live.onChange(() => {
    router = wire();
    void readers?.close();
    readers = startReaders();
    backfill.restart();
  });
  let closed = false;
  return {
    get db() {
      return live.requireDb();
    },
    get mode() {
      return live.db ? 'normal' : 'recovery';
    },
    router: {
      handle: (channel, input) => router.handle(channel, input),
      handleSerialized: (channel, input) => router.handleSerialized(channel, input),
    },
    get readers() {
      return readers;
    },
    get searchBackfill() {
      return backfill.current;
    },
    dataDir: options.dataDir,
    maintenance,
    jobs,
    startBackgroundTasks: () => {
      maintenance.start();
      backfill.begin();
    },
    close() {
      if (closed) return;
      closed = true;
      maintenance.stop();
      backfill.end();
      void readers?.close();
      jobs.close();
      live.close();
    },
  };
}

/**
 * The search index backfill of whichever file is open: started a little after the background
 * tasks (the first screen's requests come first), stopped before a restore or recovery moves
 * the file (which waits until its worker has closed the file) and started again on the new one,
 * stopped on close. While it runs, the main connection's automatic checkpoint is paused: the
 * backfill's worker checkpoints the WAL after each turn instead, where no read waits for it.
 */
function searchBackfillOf(
  live: LiveDatabase,
  writeTurn: WriteTurn,
  options: Pick<BackendOptions, 'searchBackfillAfterMs' | 'nativeBinding'>,
) {
  let begun = false;
  let ended = false;
  let current: SearchBackfill | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const halt = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    current?.stop();
  };
  const restart = () => {
    halt();
    const db = live.db;
    if (!begun || ended || !db) return;
    timer = setTimeout(() => {
      timer = null;
      if (ended || live.db !== db) return;
      const resume = pauseAutocheckpoint(db);
      current = SearchBackfill.start(db, { writeTurn, nativeBinding: options.nativeBinding });
      void current.finished.then((outcome) => {
        resume();
        // A read-only or full disk: the marked rows are still ranked exactly, only slower.
        if (typeof outcome === 'object')
          console.error(
            `[search] the index backfill stopped (search stays exact): ${String((outcome.failed as Error | undefined)?.message ?? outcome.failed)}`,
          );
      });
    }, options.searchBackfillAfterMs ?? SEARCH_BACKFILL_AFTER_MS);
    timer.unref();
  };
  live.onBeforeReplace(async () => {
    halt();
    await current?.finished;
  });
  return {
    get current() {
      return current;
    },
    restart,
    begin() {
      if (begun) return;
      begun = true;
      restart();
    },
    end() {
      ended = true;
      halt();
    },
  };
}

/**
 * Every handler runs inside one transaction: a write either lands whole and durable
 * (synchronous=FULL) or not at all, and a read sees one consistent snapshot. While an import
 * commit holds the write turn (its transaction open on its worker's connection, see
 * data/commit-job.ts), a write channel waits for it rather than for the import's write lock; a
 * read does not wait. A write runs through `aroundWrite` (the search backfill's whileWriting).
 */
function inTransactions<H extends Partial<Handlers>>(
  db: Db,
  handlers: H,
  writeTurn: WriteTurn,
  aroundWrite: <T>(write: () => T) => T,
): H {
  const wrapped: Record<string, (input: unknown) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [
    ChannelName,
    (input: unknown) => unknown,
  ][]) {
    const transaction = db.transaction((input: unknown) => handler(input));
    if (isReadChannel(channel)) {
      wrapped[channel] = transaction;
      continue;
    }
    // IMMEDIATE: the write lock is taken before the first read. Another connection that writes
    // (the search backfill's worker) may commit while this one reads; a DEFERRED transaction
    // would then fail at its first write with SQLITE_BUSY_SNAPSHOT instead of waiting.
    const inTransaction = (input: unknown) => aroundWrite(() => transaction.immediate(input));
    wrapped[channel] = (input: unknown) =>
      writeTurn.held ? afterTurn(writeTurn, () => inTransaction(input)) : inTransaction(input);
  }
  return wrapped as unknown as H;
}

/** Runs `write` once the turn is free, checked just before: another import may have taken it. */
async function afterTurn<T>(writeTurn: WriteTurn, write: () => T): Promise<T> {
  while (writeTurn.held) await writeTurn.free();
  return write();
}

/** app:info must answer even on a damaged file, so the renderer can say what is wrong. */
function isLibraryEmptyOrUnreadable(db: Db): boolean {
  try {
    return isLibraryEmpty(db);
  } catch {
    return false;
  }
}

function hasSampleDataOrUnreadable(db: Db): boolean {
  try {
    return hasSampleData(db);
  } catch {
    return false;
  }
}
