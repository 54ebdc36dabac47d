import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, DATABASE_FILE } from './constants';
import { migrations, runMigrations } from './migrate';

export type Db = Database.Database;

export { APPLICATION_ID, DATABASE_FILE };

export type DatabaseOpenErrorKind = 'foreign' | 'newer' | 'not_a_database' | 'locked' | 'corrupt';

/** Raised when the file on disk is not one we can safely open; nothing has been written to it. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: DatabaseOpenErrorKind,
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  /** Native addon built for another runtime (Electron), passed to better-sqlite3 as-is. */
  nativeBinding?: string;
  /** Test hook: run a subset of the migrations. */
  migrationList?: typeof migrations;
}

/**
 * Opens (creating if needed) `oneup.sqlite` in `dataDir`, checks that it is ours and not from a
 * newer OneUp, sets every pragma on purpose and brings the schema up to date in one transaction.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
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
    throw asCorruptionError(error, file);
  }
}

/** A damaged page met while setting up (e.g. by a migration) is a bad file, not a crash. */
function asCorruptionError(error: unknown, file: string): unknown {
  const code = (error as { code?: string }).code;
  if (code !== 'SQLITE_CORRUPT' && code !== 'SQLITE_NOTADB') return error;
  return new DatabaseOpenError(
    'corrupt',
    `${file} is damaged (${(error as Error).message}). It was left untouched.`,
    file,
  );
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
  } finally {
    db.close();
  }
}

function checkIdentity(db: Db, file: string, list: typeof migrations): void {
  let applicationId: number;
  let userVersion: number;
  let tableCount: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    userVersion = db.pragma('user_version', { simple: true }) as number;
    tableCount = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new DatabaseOpenError(
        'locked',
        `The database ${file} is locked by another program.`,
        file,
      );
    }
    if (code === 'SQLITE_CORRUPT') {
      throw new DatabaseOpenError(
        'corrupt',
        `${file} is damaged: SQLite could not read its header or schema (${(error as Error).message}). It was left untouched.`,
        file,
      );
    }
    throw new DatabaseOpenError(
      'not_a_database',
      `${file} is not a readable SQLite database (${(error as Error).message}).`,
      file,
    );
  }
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
