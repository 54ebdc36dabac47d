import { rmSync } from 'node:fs';
import type { JobGate } from '../jobs/gate';
import { join } from 'node:path';
import {
  DATABASE_FILE,
  DatabaseOpenError,
  closeDatabase,
  openDatabase,
  type Db,
  type OpenOptions,
} from './open';

export interface LiveDatabaseOptions extends OpenOptions {
  /** Test only: caps the file at this many pages so that a write meets SQLITE_FULL. */
  maxPageCount?: number;
  /**
   * Test only: the free space recovery assumes a new library or restored backup needs beyond the
   * copy of the bad file. 0 lets a test get past the up-front check and meet a full disk mid-way.
   */
  roomForNewLibrary?: number;
  /** Test only: holds worker jobs mid-way until released (see jobs/gate.ts). */
  jobGate?: JobGate;
}

/**
 * The rep's database as the backend sees it: either open, or refused with the reason (recovery
 * mode). Restores and recovery replace the file underneath; they close the connection, change the
 * files while nothing holds them, and open again, and every listener (the router) rewires to the
 * new connection. Backups, restores and moves run one at a time through `exclusive`.
 */
export class LiveDatabase {
  readonly file: string;
  #db: Db | null = null;
  #openError: DatabaseOpenError | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #listeners = new Set<() => void>();
  #beforeReplace = new Set<() => Promise<void>>();
  #closed = false;

  constructor(
    readonly dataDir: string,
    readonly options: LiveDatabaseOptions = {},
  ) {
    this.file = join(dataDir, DATABASE_FILE);
  }

  get db(): Db | null {
    return this.#db;
  }

  get openError(): DatabaseOpenError | null {
    return this.#openError;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** The open connection; in recovery mode there is none, and asking is a programming error. */
  requireDb(): Db {
    if (!this.#db) {
      throw new Error(`No database is open (${this.#openError?.message ?? 'closed'}).`);
    }
    return this.#db;
  }

  /**
   * Opens the file (creating it if there is none). A file we cannot or must not open — full or
   * read-only disk, no permission, locked, empty, damaged, foreign, newer — is not an exception
   * here: it is recorded with its cause, and the app runs in recovery mode.
   */
  open(): void {
    if (this.#db) return;
    try {
      const db = openDatabase(this.dataDir, this.options);
      if (this.options.maxPageCount) db.pragma(`max_page_count = ${this.options.maxPageCount}`);
      this.#db = db;
      this.#openError = null;
    } catch (error) {
      if (!(error instanceof DatabaseOpenError)) throw error;
      this.#openError = error;
    }
    for (const listener of this.#listeners) listener();
  }

  /** Called after every open or replace, with the new state in place. */
  onChange(listener: () => void): void {
    this.#listeners.add(listener);
  }

  /**
   * Called before a restore or recovery moves the file, and awaited: whatever else holds the file
   * open (the reader threads) lets go of it first.
   */
  onBeforeReplace(listener: () => Promise<void>): void {
    this.#beforeReplace.add(listener);
  }

  /** Runs `task` after every earlier backup, restore or move has finished. */
  exclusive<T>(task: () => Promise<T> | T): Promise<T> {
    const run = this.#queue.then(() => {
      if (this.#closed) throw new Error('OneUp is shutting down.');
      return task();
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Lets the readers go, closes the connection, lets `change` move files while nothing holds them,
   * and opens whatever is then at the database's path (running migrations on an older backup).
   * Synchronous from the connection's close to the open, so no request can slip in between.
   */
  async replaceFiles(change: () => void): Promise<void> {
    for (const listener of this.#beforeReplace) await listener();
    this.#closeConnection();
    try {
      change();
    } finally {
      this.open();
    }
  }

  /** Removes `-wal`/`-shm` left beside the database path; only call with the connection closed. */
  removeSidecars(): void {
    for (const suffix of ['-wal', '-shm']) rmSync(this.file + suffix, { force: true });
  }

  close(): void {
    this.#closed = true;
    this.#closeConnection();
  }

  #closeConnection(): void {
    const db = this.#db;
    this.#db = null;
    if (!db) return;
    try {
      closeDatabase(db);
    } catch {
      // `PRAGMA optimize` can fail on a damaged file; the connection must still close.
      if (db.open) db.close();
    }
  }
}
