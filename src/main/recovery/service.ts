import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes } from '../../shared/bytes';
import {
  remediesFor,
  type DatabaseHealth,
  type DatabaseProblem,
  type RecoveryRemedy,
  type RecoveryResult,
  type RecoveryStatus,
} from '../../shared/domain/recovery';
import { ApiFailure } from '../api/errors';
import { checkCopyOnWorker, copyClosedFile, entryOf } from '../backup/copies';
import type { LiveDatabase } from '../db/live-database';
import { DAMAGED_FOLDER, freshName } from '../backup/names';
import type { BackupService } from '../backup/service';
import { closeDatabase, DatabaseOpenError, openDatabase, openDatabaseFile } from '../db/open';
import { freeSpaceAt } from '../db/open-errors';
import { describeProblem } from './describe';
import { SwapFailed, databaseFiles, fsyncFile, removeDatabaseFiles, swapIn } from './swap-files';

/**
 * What the rep can do about a database that could not be opened (recovery mode) or that the
 * background check found damaged: see what really happened; try again when the cause is the disk
 * or another program; and only for a bad file, only when they say so, keep a copy of it in
 * `damaged/` and start fresh or put a backup in its place — all or nothing.
 */
export class RecoveryService {
  readonly damagedFolder: string;

  constructor(
    private readonly live: LiveDatabase,
    private readonly backups: BackupService,
    private readonly health: () => DatabaseHealth,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.damagedFolder = join(live.dataDir, DAMAGED_FOLDER);
  }

  problem(): DatabaseProblem | null {
    const error = this.live.openError;
    if (!this.live.db && error) {
      return describeProblem(error.kind, this.live.file, error.message, error.facts);
    }
    const health = this.health();
    if (health.status === 'damaged')
      return describeProblem('corrupt', this.live.file, health.message);
    return null;
  }

  status(): RecoveryStatus {
    const problem = this.problem();
    const backups = this.backups.backups();
    let bytes: number | null = null;
    let modifiedAt: string | null = null;
    try {
      const info = statSync(this.live.file);
      bytes = info.size;
      modifiedAt = info.mtime.toISOString();
    } catch {
      // No file at all: nothing to describe.
    }
    const remedies = problem ? remediesFor(problem.kind) : [];
    return {
      mode: this.live.db ? 'normal' : 'recovery',
      problem,
      file: { path: this.live.file, bytes, modifiedAt },
      latestGoodBackup: backups[0] ?? null,
      backups,
      remedies,
      canMoveAside: remedies.includes('start_new'),
      damagedFolder: this.damagedFolder,
    };
  }

  /** Tries the file again, e.g. once space is freed or the program that held it has let go. */
  retry(): RecoveryStatus {
    if (!this.live.db) this.live.open();
    return this.status();
  }

  /** Keeps a copy of the bad file in damaged/ and starts a fresh, empty library in its place. */
  moveAside(): Promise<RecoveryResult> {
    return this.live.exclusive(async () => {
      this.#requireRemedy('start_new');
      const incoming = `${this.live.file}.new`;
      this.#requireRoom(this.live.options.roomForNewLibrary ?? NEW_LIBRARY_BYTES, 'start anew');
      removeDatabaseFiles(incoming);
      try {
        closeDatabase(openDatabaseFile(incoming, this.live.options));
        fsyncFile(incoming);
      } catch (error) {
        removeDatabaseFiles(incoming);
        throw this.#failure('start a new library', error, []);
      }
      const movedTo = await this.#swapIn(incoming, 'start a new library');
      return { movedTo, restored: null };
    });
  }

  /** Keeps a copy of the bad file in damaged/ and puts backup `name` in its place. */
  restoreBackup(name: string): Promise<RecoveryResult> {
    return this.live.exclusive(async () => {
      this.#requireRemedy('restore_backup');
      const restored = entryOf(this.backups.folder, name, 'backup');
      if (!restored) throw new ApiFailure('not_found', `There is no backup named ${name}.`);
      const source = join(this.backups.folder, name);
      const problem = await checkCopyOnWorker(source, 'full', this.live.options);
      if (problem) {
        throw new ApiFailure(
          'conflict',
          `The backup ${name} cannot be restored: ${problem}. Nothing was moved.`,
        );
      }
      // The restored copy, then the write-ahead log of its first open (and any migration).
      this.#requireRoom(
        this.live.options.roomForNewLibrary ?? restored.bytes * 2 + ROOM_TO_OPEN,
        'restore it',
      );
      const incoming = `${this.live.file}.restoring`;
      try {
        await copyClosedFile(source, incoming, this.live.options);
        fsyncFile(incoming);
      } catch (error) {
        removeDatabaseFiles(incoming);
        throw this.#failure(`restore the backup ${name}`, error, []);
      }
      const movedTo = await this.#swapIn(incoming, `restore the backup ${name}`);
      return { movedTo, restored };
    });
  }

  #requireRemedy(remedy: RecoveryRemedy): void {
    const problem = this.problem();
    if (!problem) throw new ApiFailure('conflict', 'Your database is fine; nothing was moved.');
    if (remediesFor(problem.kind).includes(remedy)) return;
    const instead = remediesFor(problem.kind).includes('retry')
      ? 'fix that, then press Try again'
      : 'install the newer OneUp to open it';
    throw new ApiFailure(
      'conflict',
      `${problem.title}: the file itself is not the problem, so OneUp will not move it; ${instead}. Nothing was moved.`,
    );
  }

  /** Refuses up front when the copy of the bad files plus `extra` would not fit. */
  #requireRoom(extra: number, what: string): void {
    const copies = databaseFiles(this.live.file).reduce((sum, file) => sum + file.bytes, 0);
    const needed = copies + extra;
    const free = freeSpaceAt(this.live.dataDir);
    if (free === null || free >= needed) return;
    throw new ApiFailure(
      'conflict',
      `There is not enough free space to keep a copy of ${this.live.file} and ${what}: ${formatBytes(free)} free, about ${formatBytes(needed)} needed. Nothing was moved; free some space and try again.`,
    );
  }

  /**
   * Copies the bad files into damaged/, swaps `incoming` in and opens it; all or nothing. The
   * trial open inside the swap catches a new library that cannot open (e.g. no room for its
   * write-ahead log) while the old files can still be put back.
   */
  async #swapIn(incoming: string, what: string): Promise<string> {
    mkdirSync(this.damagedFolder, { recursive: true });
    const keptAs = join(this.damagedFolder, freshName(this.damagedFolder, this.now()));
    try {
      await this.live.replaceFiles(() =>
        swapIn(this.live.file, incoming, keptAs, () =>
          closeDatabase(openDatabase(this.live.dataDir, this.live.options)),
        ),
      );
    } catch (error) {
      removeDatabaseFiles(incoming);
      if (error instanceof SwapFailed) {
        throw this.#failure(what, error.cause, error.undoFailures, error.originalAt);
      }
      throw this.#failure(what, error, []);
    }
    return keptAs;
  }

  /** Says exactly what failed and where every file now is. */
  #failure(
    what: string,
    error: unknown,
    undoFailures: string[],
    originalAt: string | null = null,
  ): ApiFailure {
    const cause = this.#cause(error);
    if (undoFailures.length === 0) {
      return new ApiFailure(
        'internal',
        `Could not ${what}: ${cause}. Nothing was moved: your library file ${this.live.file} is back in place, unchanged, and no copy was left in ${this.damagedFolder}.`,
      );
    }
    return new ApiFailure(
      'internal',
      `Could not ${what}: ${cause}. Putting the files back also failed (${undoFailures.join('; ')}): the original library file is ${originalAt ? `at ${originalAt}` : `at ${this.live.file}`}, and a copy may be in ${this.damagedFolder}. Do not delete either.`,
    );
  }

  #cause(error: unknown): string {
    const kind = error instanceof DatabaseOpenError ? error.kind : null;
    const code = (error as { code?: unknown }).code;
    if (kind === 'disk_full' || code === 'ENOSPC' || code === 'SQLITE_FULL') {
      return `the disk is full (${formatBytes(freeSpaceAt(this.live.dataDir))} free)`;
    }
    if (kind === 'read_only' || code === 'EROFS') return 'the disk is read-only';
    return (error as Error).message;
  }
}

/** An empty library is about 240 kB, and as much again in its write-ahead log while it is built. */
const NEW_LIBRARY_BYTES = 1024 * 1024;
/** The first open of a restored copy: its -shm index and the start of its write-ahead log. */
const ROOM_TO_OPEN = 512 * 1024;
