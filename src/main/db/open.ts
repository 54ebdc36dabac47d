import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, DATABASE_FILE } from './constants';
import { migrations, runMigrations } from './migrate';
import { checkBeforeOpen, classifyOpenFailure, DatabaseOpenError } from './open-errors';

export type Db = Database.Database;

export { APPLICATION_ID, DATABASE_FILE };

export { DatabaseOpenError, type DatabaseOpenErrorKind, type OpenFacts } from './open-errors';

export interface OpenOptions {
  /** Native addon built for another runtime (Electron), passed to better-sqlite3 as-is. */
  nativeBinding?: string;
  /** Test hook: run a subset of the migrations. */
  migrationList?: typeof migrations;
}

/**
 * Opens (creating if needed) `oneup.sqlite` in `dataDir`, checks that it is ours and not from a
 * newer OneUp, sets every pragma on purpose and brings the schema up to date in one transaction.
 * Anything that stops it is a DatabaseOpenError naming the real cause (full disk, read-only disk,
 * no permission, locked, empty, damaged, foreign, newer); an existing file is never changed then.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Db {
  const file = join(dataDir, DATABASE_FILE);
  const existed = checkBeforeOpen(dataDir, file);
  const sidecarsBefore = SIDECARS.filter((suffix) => existsSync(file + suffix));
  try {
    return openDatabaseFile(file, options);
  } catch (error) {
    // A library this call began to create (e.g. on a full disk) holds nothing of the rep's; left
    // behind, it would be an empty file at the next start.
    if (!existed) {
      for (const suffix of ['', ...SIDECARS]) {
        if (sidecarsBefore.includes(suffix)) continue;
        try {
          rmSync(file + suffix, { force: true });
        } catch {
          // Where it cannot be removed (a disk that just went read-only) the cause below still
          // stands, and the next start reports the empty file rather than hiding it.
        }
      }
    }
    throw classifyOpenFailure(error, file, dataDir);
  }
}

const SIDECARS = ['-wal', '-shm'];

/**
 * `openDatabase` on a given path, without the checks on the folder: also builds a new library
 * under a temporary name, to be swapped into place only once it is complete.
 */
export function openDatabaseFile(file: string, options: OpenOptions = {}): Db {
  const db = new Database(
    file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    checkIdentity(db, file, options.migrationList ?? migrations);
    db.pragma('busy_timeout = 5000');
    // WAL lets the review screens read while a note is being written; FULL makes each commit
    // durable on power loss, which "a note is never lost" requires.
    setJournalModeWal(db, file);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -32000');
    runMigrations(db, options.migrationList ?? migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A read-only connection to a library the writing connection already opened (and migrated): for
 * the readers that serve read channels beside it (api/read-pool.ts). SQLite refuses every write
 * on it with SQLITE_READONLY, and in WAL mode it reads the last commit without waiting for, or
 * holding up, the writer.
 */
export function openReadConnection(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -16000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A second writing connection to a library the main connection already opened (and migrated),
 * for a job that writes on a worker thread (the import commit, data/commit-task.ts): the same
 * durability and integrity pragmas as openDatabaseFile, no migrations. WAL mode is a property
 * of the file, already set; a file not in WAL mode is refused rather than switched.
 */
export function openWriteConnection(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
    const mode = db.pragma('journal_mode', { simple: true });
    if (mode !== 'wal') throw new Error(`${file} is not in WAL mode (${String(mode)}).`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
    // SQLite folds the WAL back into the database only when the last connection closes; the
    // reader threads' connections can outlive this one at quit, leaving every change of the
    // session in `-wal` for the next start to replay. TRUNCATE also empties the file on disk.
    // A reader in the middle of a long read (an export on the job worker) would make TRUNCATE
    // wait the whole busy timeout: the connection is closing, so wait briefly and leave the rest
    // of the WAL to SQLite's own checkpoint when the last connection goes.
    if (!db.readonly) {
      db.pragma('busy_timeout = 200');
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
  } finally {
    db.close();
  }
}

function checkIdentity(db: Db, file: string, list: typeof migrations): void {
  // A failure here is classified by the caller from SQLite's code (damaged, not a database,
  // locked, full disk…), never guessed.
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  const tableCount = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number })
    .n;
  const isNew = applicationId === 0 && userVersion === 0 && tableCount === 0;
  if (!isNew && applicationId !== APPLICATION_ID) {
    throw new DatabaseOpenError(
      'foreign',
      `${file} is a SQLite database, but not a OneUp one (application_id ${applicationId}). It was left untouched.`,
      file,
    );
  }
  const known = list.length;
  if (userVersion > known) {
    throw new DatabaseOpenError(
      'newer',
      `${file} was written by a newer OneUp (schema version ${userVersion}; this version knows up to ${known}). Update OneUp to open it; the file was left untouched.`,
      file,
    );
  }
}

function setJournalModeWal(db: Db, file: string): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') {
    throw new DatabaseOpenError(
      'locked',
      `Could not switch ${file} to WAL mode (got ${String(mode)}).`,
      file,
    );
  }
}
