import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The sentinel whose lock says "a OneUp process owns this library". It is an empty SQLite file:
 * SQLite's own file locking is the one cross-platform OS lock plain Node can hold (fcntl record
 * locks on POSIX, LockFileEx on Windows), and the OS drops it when the holder dies, SIGKILL
 * included, so a crash never leaves a stale lock behind.
 */
export const LOCK_FILE = 'oneup.lock';
// Never open LOCK_FILE with node:fs in a process that holds it: on POSIX, closing any descriptor
// of a file drops every fcntl lock the process holds on it (SQLite itself guards against this).

/**
 * The holder's pid, for the message only. It cannot live in the sentinel: an EXCLUSIVE lock keeps
 * other processes from reading that file too.
 */
export const LOCK_PID_FILE = 'oneup.lock.pid';

/** Another process holds the library; nothing was opened or written. */
export class LibraryLockedError extends Error {
  constructor(
    readonly dataDir: string,
    /** Null when the holder has not written its pid yet, or the file is unreadable. */
    readonly holderPid: number | null,
  ) {
    super(
      `OneUp is already open on this library (${holderPid === null ? 'another process' : `pid ${holderPid}`}): ${dataDir}.`,
    );
    this.name = 'LibraryLockedError';
  }
}

export interface LibraryLock {
  readonly dataDir: string;
  /**
   * False only when the folder cannot be written at all (a read-only disk or folder): then there
   * is no lock file to hold, and nothing can write the library either, this process included, so
   * the open goes ahead and the recovery screen explains.
   */
  readonly held: boolean;
  /** Lets the library go; safe to call twice. The OS does the same if the process dies. */
  release(): void;
}

export interface LockOptions {
  /** Native addon built for another runtime (Electron), passed to better-sqlite3 as-is. */
  nativeBinding?: string;
}

/**
 * Takes the library in `dataDir` for this process, or throws LibraryLockedError at once (no
 * waiting) when another process has it. Call it before opening the library: the desktop app and
 * the browser host may both point at the same folder, and two writers would each believe their
 * own view (a restore in one, a new prospect in the other) and lose the other's acknowledged writes.
 */
export function lockLibrary(dataDir: string, options: LockOptions = {}): LibraryLock {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    if (!isNotWritable(error)) throw error;
    return { dataDir, held: false, release: () => undefined };
  }
  // timeout 0: better-sqlite3 would otherwise retry a busy lock for 5 s before saying so.
  const sentinel = new Database(join(dataDir, LOCK_FILE), {
    timeout: 0,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // EXCLUSIVE locking mode never lets go of a lock once taken; BEGIN EXCLUSIVE takes the
    // strongest one now. The transaction stays open (and writes nothing) until release().
    // The journal stays in memory: BEGIN EXCLUSIVE would otherwise create a rollback journal on
    // disk, which fails on a full disk, and the recovery screen (not a lock error) must say so.
    sentinel.pragma('journal_mode = MEMORY');
    sentinel.pragma('locking_mode = EXCLUSIVE');
    sentinel.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    sentinel.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
      throw new LibraryLockedError(dataDir, readHolderPid(dataDir));
    throw error;
  }
  const pidFile = join(dataDir, LOCK_PID_FILE);
  // Best effort: the pid only improves the message a second process shows; the lock is the rule.
  ignoreErrors(() => writeFileSync(pidFile, `${process.pid}\n`));
  let held = true;
  return {
    dataDir,
    held: true,
    release() {
      if (!held) return;
      held = false;
      // Removed while the lock is still held, so it can never delete the next holder's pid.
      ignoreErrors(() => rmSync(pidFile, { force: true }));
      sentinel.close();
    },
  };
}

function isNotWritable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
}

function readHolderPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, LOCK_PID_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function ignoreErrors(action: () => void): void {
  try {
    action();
  } catch {
    // Informational file only; see LOCK_PID_FILE.
  }
}
