import { renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type {
  DatabaseHealth,
  DatabaseProblem,
  RecoveryResult,
  RecoveryStatus,
} from '../../shared/domain/recovery';
import { ApiFailure } from '../api/errors';
import { checkCopy, copyClosedFile, entryOf } from '../backup/copies';
import type { LiveDatabase } from '../backup/live-database';
import { DAMAGED_FOLDER } from '../backup/names';
import type { BackupService } from '../backup/service';
import { describeProblem } from './describe';
import { moveAsideFiles } from './move-aside';

/**
 * What the rep can do about a database that could not be opened (recovery mode) or that the
 * background check found damaged: see what happened, and — only when they say so — move the file
 * to `damaged/` and start fresh or put a backup in its place.
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
    if (!this.live.db && error) return describeProblem(error.kind, this.live.file, error.message);
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
    return {
      mode: this.live.db ? 'normal' : 'recovery',
      problem,
      file: { path: this.live.file, bytes, modifiedAt },
      latestGoodBackup: backups[0] ?? null,
      backups,
      canMoveAside: problem !== null && problem.kind !== 'locked',
      damagedFolder: this.damagedFolder,
    };
  }

  /** Tries the file again, e.g. once the program that held it has let go. */
  retry(): RecoveryStatus {
    if (!this.live.db) this.live.open();
    return this.status();
  }

  /** Moves the bad file to damaged/ and starts a fresh, empty library. */
  moveAside(): Promise<RecoveryResult> {
    return this.live.exclusive(() => {
      this.#requireMovableProblem();
      const movedTo = this.#moveAndThen(() => undefined);
      return { movedTo, restored: null };
    });
  }

  /** Moves the bad file to damaged/ and puts backup `name` in its place. */
  restoreBackup(name: string): Promise<RecoveryResult> {
    return this.live.exclusive(async () => {
      this.#requireMovableProblem();
      const restored = entryOf(this.backups.folder, name, 'backup');
      if (!restored) throw new ApiFailure('not_found', `There is no backup named ${name}.`);
      const source = join(this.backups.folder, name);
      const problem = checkCopy(source, 'full', this.live.options);
      if (problem) {
        throw new ApiFailure(
          'conflict',
          `The backup ${name} cannot be restored: ${problem}. Nothing was moved.`,
        );
      }
      const incoming = `${this.live.file}.restoring`;
      await copyClosedFile(source, incoming, this.live.options);
      const movedTo = this.#moveAndThen(() => renameSync(incoming, this.live.file));
      rmSync(incoming, { force: true });
      return { movedTo, restored };
    });
  }

  #requireMovableProblem(): void {
    const problem = this.problem();
    if (!problem) throw new ApiFailure('conflict', 'Your database is fine; nothing was moved.');
    if (problem.kind === 'locked') {
      throw new ApiFailure(
        'conflict',
        'Another program holds the file; close it and try again rather than moving it.',
      );
    }
  }

  #moveAndThen(thenInPlace: () => void): string {
    let movedTo = '';
    this.live.replaceFiles(() => {
      movedTo = moveAsideFiles(this.live.file, this.damagedFolder, this.now());
      thenInPlace();
    });
    return movedTo;
  }
}
