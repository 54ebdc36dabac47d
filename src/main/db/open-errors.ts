import { accessSync, constants, existsSync, mkdirSync, statSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseProblemKind } from '../../shared/domain/recovery';

/**
 * Why a library could not be opened, diagnosed from the file system and SQLite's error codes
 * rather than guessed: a full or read-only disk must never be mistaken for a bad file, because
 * the remedies for a bad file (move it aside, start over) would empty a healthy library.
 */

export type DatabaseOpenErrorKind = DatabaseProblemKind;

/** What was found, for the screen to name: where, how much space, which permission. */
export interface OpenFacts {
  /** The folder on the full or read-only disk. */
  folder?: string;
  /** The file or folder OneUp may not use, and the permission it lacks. */
  path?: string;
  missing?: 'read' | 'write';
  freeBytes?: number;
  neededBytes?: number;
}

/** Raised when the file on disk is not one we can safely open; nothing has been written to it. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: DatabaseOpenErrorKind,
    message: string,
    readonly file: string,
    readonly facts: OpenFacts = {},
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

/**
 * Roughly the free space OneUp needs to open a library and keep saving: the write-ahead log grows
 * to about 4 MB (1000 pages) between checkpoints, plus its 32 kB index.
 */
export const ROOM_TO_WORK = 4 * 1024 * 1024 + 32 * 1024;

/**
 * Below this much free space an I/O error at open is a full disk: SQLite reports a -shm file it
 * could not grow as SQLITE_IOERR_SHMSIZE ("disk I/O error"), not SQLITE_FULL.
 */
const NEARLY_FULL = 1024 * 1024;

/** Free bytes for this user on the disk holding `path`, or null when that cannot be read. */
export function freeSpaceAt(path: string): number | null {
  try {
    const stats = statfsSync(path);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

/**
 * What can be known before SQLite touches anything: the folder exists and is writable, the file
 * (if any) is readable and writable and not empty. Returns whether the file already exists.
 */
export function checkBeforeOpen(dataDir: string, file: string): boolean {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw fileSystemProblem(error, dataDir, file, 'write');
  }
  checkAccess(dataDir, file, 'write', dataDir);
  if (!existsSync(file)) return false;
  checkAccess(file, file, 'read', dataDir);
  checkAccess(file, file, 'write', dataDir);
  if (statSync(file).size === 0) {
    throw new DatabaseOpenError(
      'empty',
      `${file} is empty (0 bytes): it holds no library. It was left untouched.`,
      file,
    );
  }
  return true;
}

function checkAccess(path: string, file: string, need: 'read' | 'write', dataDir: string): void {
  try {
    accessSync(path, need === 'read' ? constants.R_OK : constants.W_OK);
  } catch (error) {
    throw fileSystemProblem(error, path, file, need, dataDir);
  }
}

/** A Node file-system error (EROFS, EACCES, ENOSPC…) on `path` as an open error. */
function fileSystemProblem(
  error: unknown,
  path: string,
  file: string,
  need: 'read' | 'write',
  dataDir = dirname(file),
): DatabaseOpenError {
  const code = (error as NodeJS.ErrnoException).code;
  const detail = (error as Error).message;
  switch (code) {
    case 'EROFS':
      return new DatabaseOpenError(
        'read_only',
        `${dataDir} is on a read-only disk (${detail}). The library was left untouched.`,
        file,
        { folder: dataDir },
      );
    case 'EACCES':
    case 'EPERM':
      return new DatabaseOpenError(
        'permission',
        `No permission to ${need} ${path} (${detail}). The library was left untouched.`,
        file,
        { path, missing: need },
      );
    case 'ENOSPC':
      return diskFull(file, dataDir, detail);
    default:
      return new DatabaseOpenError(
        'unavailable',
        `${path} could not be reached (${detail}). The library was left untouched.`,
        file,
      );
  }
}

function diskFull(file: string, dataDir: string, detail: string): DatabaseOpenError {
  return new DatabaseOpenError(
    'disk_full',
    `The disk holding ${dataDir} is full (${detail}). The library was left untouched.`,
    file,
    { folder: dataDir, freeBytes: freeSpaceAt(dataDir) ?? 0, neededBytes: ROOM_TO_WORK },
  );
}

/**
 * A failure while opening, as an open error with its real cause. SQLite's primary result code
 * comes first; an I/O or can't-open error is then put down to a full disk only when the disk is
 * nearly full. Errors that are not SQLite's (a bug) are returned unchanged.
 */
export function classifyOpenFailure(error: unknown, file: string, dataDir: string): unknown {
  if (error instanceof DatabaseOpenError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  // Extended codes are the primary one plus a suffix: SQLITE_IOERR_SHMSIZE → SQLITE_IOERR.
  const primary = code.split('_').slice(0, 2).join('_');
  const detail = `${(error as Error).message}, ${code}`;
  switch (primary) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new DatabaseOpenError(
        'locked',
        `The database ${file} is locked by another program (${detail}).`,
        file,
      );
    case 'SQLITE_FULL':
      return diskFull(file, dataDir, detail);
    case 'SQLITE_READONLY':
      return new DatabaseOpenError(
        'read_only',
        `${file} can only be read, not written (${detail}). The library was left untouched.`,
        file,
        { folder: dataDir },
      );
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return new DatabaseOpenError(
        'permission',
        `No permission to write ${file} (${detail}). The library was left untouched.`,
        file,
        { path: file, missing: 'write' },
      );
    case 'SQLITE_CORRUPT':
      return new DatabaseOpenError(
        'corrupt',
        `${file} is damaged: SQLite could not read it (${detail}). It was left untouched.`,
        file,
      );
    case 'SQLITE_NOTADB':
      return new DatabaseOpenError(
        'not_a_database',
        `${file} is not a readable SQLite database (${detail}). It was left untouched.`,
        file,
      );
    default: {
      const free = freeSpaceAt(dataDir);
      if (free !== null && free < NEARLY_FULL) return diskFull(file, dataDir, detail);
      return new DatabaseOpenError(
        'unavailable',
        `${file} could not be opened (${detail}). It was left untouched.`,
        file,
      );
    }
  }
}
