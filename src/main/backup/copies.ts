import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  backupTakenAt,
  compareBackupNamesNewestFirst,
  type BackupEntry,
  type BackupKind,
} from '../../shared/domain/backup';
import { APPLICATION_ID } from '../db/constants';
import { migrations } from '../db/migrate';
import type { Db } from '../db/open';
import { runDatabaseJob, type CopyFacts, type JobHooks } from '../jobs/database-worker';
import { freshName } from './names';

export interface CopyOptions {
  /** The Electron build of better-sqlite3, when running inside Electron. */
  nativeBinding?: string;
}

const PAGES_PER_STEP = 1024;

/** What a copy must pass: `full` runs `integrity_check`; `identity` only checks it is ours. */
export type CopyCheck = 'full' | 'identity';

/**
 * Checks a closed copy: a OneUp database of a schema version this OneUp can open and, for `full`,
 * one whose every page and index passes `PRAGMA integrity_check`. Returns the problem, or null.
 * Opens the file read-only, so checking changes nothing.
 */
export function checkCopy(
  file: string,
  check: CopyCheck,
  options: CopyOptions = {},
): string | null {
  let db: Db | undefined;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    return judgeCopy({
      applicationId: db.pragma('application_id', { simple: true }) as number,
      userVersion: db.pragma('user_version', { simple: true }) as number,
      messages:
        check === 'full'
          ? (
              db.pragma('integrity_check(5)', { simple: false }) as { integrity_check: string }[]
            ).map((row) => row.integrity_check)
          : ['ok'],
    });
  } catch (error) {
    return `it could not be read (${(error as Error).message})`;
  } finally {
    db?.close();
  }
}

/**
 * checkCopy on a worker thread with its own read-only connection: a restore's integrity_check of
 * a large backup took seconds, and the request thread must keep answering reads meanwhile.
 */
export async function checkCopyOnWorker(
  file: string,
  check: CopyCheck,
  options: CopyOptions = {},
): Promise<string | null> {
  const outcome = await runDatabaseJob(
    { job: 'check-copy', check },
    { file, nativeBinding: options.nativeBinding },
  );
  if (outcome.error || !outcome.facts) {
    return `it could not be read (${outcome.error?.message ?? 'the check gave no answer'})`;
  }
  return judgeCopy(outcome.facts);
}

/** The verdict on a copy from what was read of it, here or on a worker thread. */
function judgeCopy(facts: CopyFacts): string | null {
  if (facts.applicationId !== APPLICATION_ID) return 'it is not a OneUp database';
  const version = facts.userVersion;
  if (version < 1 || version > migrations.length) {
    return `its schema version ${version} is not one this OneUp can open (1–${migrations.length})`;
  }
  const messages = facts.messages;
  if (messages.length !== 1 || messages[0] !== 'ok') {
    return `the integrity check found damage: ${messages.join('; ').slice(0, 300)}`;
  }
  return null;
}

export class CopyCheckFailed extends Error {
  constructor(readonly problem: string) {
    super(`The copy failed its check: ${problem}.`);
    this.name = 'CopyCheckFailed';
  }
}

/**
 * Copies the open database into `folder` through SQLite's online backup API (pages read through
 * the live connection, so writes made meanwhile are never torn), turns the copy into a single
 * self-contained file (rollback journal, no -wal beside it), checks it and only then gives it its
 * final name; a copy that fails is deleted and the failure thrown.
 *
 * No `await` follows the backup itself: a caller that swaps the database right after this resolves
 * runs before any other request can write to the old one.
 */
export async function writeCopy(
  db: Db,
  folder: string,
  kind: BackupKind,
  now: Date,
  check: CopyCheck,
  options: CopyOptions = {},
): Promise<BackupEntry> {
  return intoFreshCopy(folder, kind, now, async (partial) => {
    // 4 MB a step, yielding between steps so requests keep being served during a long copy;
    // writes made meanwhile through this connection are carried into the copy by SQLite.
    await db.backup(partial, { progress: () => PAGES_PER_STEP });
    settleIntoOneFile(partial, options);
    const problem = checkCopy(partial, check, options);
    if (problem) throw new CopyCheckFailed(problem);
  });
}

/**
 * The steps every new copy shares: `make` writes and checks it under a `.partial` name in
 * `folder`, and only then does it get its final, fresh name; a copy that fails is deleted and the
 * failure thrown. Only microtasks pass between `make` and the rename, so writeCopy's promise still
 * resolves before another request can write.
 */
async function intoFreshCopy(
  folder: string,
  kind: BackupKind,
  now: Date,
  make: (partial: string) => Promise<void>,
): Promise<BackupEntry> {
  mkdirSync(folder, { recursive: true });
  const name = freshName(folder, now);
  const partial = join(folder, `${name}.partial`);
  try {
    await make(partial);
    renameSync(partial, join(folder, name));
  } catch (error) {
    removeCopyFiles(partial);
    throw error;
  }
  return entryOf(folder, name, kind)!;
}

/**
 * writeCopy for a backup, done on a worker thread with its own read-only connection: the copy
 * (VACUUM INTO, one committed snapshot), making it one file and its integrity_check all run
 * there, so requests are answered meanwhile (issue #11: the check alone held reads for 8.5 s on a
 * 700 MB library). Not for a restore's set-aside copy, which must be taken through the live
 * connection right before the swap (see writeCopy).
 */
export async function writeCopyOffThread(
  file: string,
  folder: string,
  kind: BackupKind,
  now: Date,
  check: CopyCheck,
  options: CopyOptions = {},
  hooks: JobHooks = {},
): Promise<BackupEntry> {
  return intoFreshCopy(folder, kind, now, async (partial) => {
    const outcome = await runDatabaseJob(
      { job: 'backup', target: partial, check },
      { file, nativeBinding: options.nativeBinding },
      hooks,
    );
    if (outcome.error) {
      // VACUUM INTO reads every row, so a damaged library fails here rather than in the check
      // of a page-for-page copy.
      if (/^SQLITE_(CORRUPT|NOTADB)/u.test(outcome.error.code ?? '')) {
        throw new CopyCheckFailed(`reading the library found damage (${outcome.error.message})`);
      }
      throw new Error(outcome.error.message);
    }
    const problem = outcome.facts ? judgeCopy(outcome.facts) : 'the worker returned nothing';
    if (problem) throw new CopyCheckFailed(problem);
  });
}

/** Copies a closed backup file to `target` through the backup API (a plain file, not live). */
export async function copyClosedFile(
  source: string,
  target: string,
  options: CopyOptions = {},
): Promise<void> {
  removeCopyFiles(target);
  const db = new Database(source, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    await db.backup(target, { progress: () => 0x7fffffff });
  } catch (error) {
    removeCopyFiles(target);
    throw error;
  } finally {
    db.close();
  }
}

/** The copy keeps the source's WAL mode in its header; a backup should be one file. */
function settleIntoOneFile(file: string, options: CopyOptions): void {
  const db = new Database(
    file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

function removeCopyFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** Our copies in `folder`, newest first; anything else there is left alone and not listed. */
export function listCopies(folder: string, kind: BackupKind): BackupEntry[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => entryOf(folder, name, kind))
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => compareBackupNamesNewestFirst(a.name, b.name));
}

export function entryOf(folder: string, name: string, kind: BackupKind): BackupEntry | null {
  const takenAt = backupTakenAt(name);
  if (!takenAt) return null;
  try {
    const info = statSync(join(folder, name));
    if (!info.isFile()) return null;
    return { name, kind, takenAt: takenAt.toISOString(), bytes: info.size };
  } catch {
    return null;
  }
}

/** A backup interrupted by a crash leaves a `.partial` file; it never became a backup. */
export function removeLeftoverPartials(folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.sqlite.partial') && backupTakenAt(name.slice(0, -'.partial'.length)))
      removeCopyFiles(join(folder, name));
  }
}
