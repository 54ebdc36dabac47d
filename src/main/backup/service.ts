import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry, BackupList, RestoreResult } from '../../shared/domain/backup';
import { ApiFailure } from '../api/errors';
import {
  CopyCheckFailed,
  checkCopyOnWorker,
  copyClosedFile,
  entryOf,
  listCopies,
  removeLeftoverPartials,
  writeCopy,
  writeCopyOffThread,
  type CopyCheck,
} from './copies';
import type { LiveDatabase } from '../db/live-database';
import type { JobHooks } from '../jobs/database-worker';
import { BACKUPS_FOLDER, SET_ASIDE_FOLDER } from './names';
import { backupsToDelete } from './retention';

/** A restore's steps as they start: check the copy, copy it, set the library aside, switch. */
export type RestoreStep = (step: {
  done: number;
  phase: 'checking' | 'copying' | 'writing';
}) => void;
export const RESTORE_STEPS = 4;

export interface BackupServiceOptions {
  now?: () => Date;
  /** Where failures of automatic work are reported (a failed backup is also listed). */
  report?: (message: string, error?: unknown) => void;
}

/**
 * Backups of the live database in `<dataDir>/backups/`, and restores that first set the current
 * database aside in `<dataDir>/set-aside/` so they can be undone.
 */
export class BackupService {
  readonly folder: string;
  readonly setAsideFolder: string;
  #problem: string | null = null;
  readonly #now: () => Date;
  readonly #report: (message: string, error?: unknown) => void;

  constructor(
    private readonly live: LiveDatabase,
    options: BackupServiceOptions = {},
  ) {
    this.folder = join(live.dataDir, BACKUPS_FOLDER);
    this.setAsideFolder = join(live.dataDir, SET_ASIDE_FOLDER);
    this.#now = options.now ?? (() => new Date());
    this.#report =
      options.report ?? ((message, error) => console.error(`[backup] ${message}`, error ?? ''));
    removeLeftoverPartials(this.folder);
    removeLeftoverPartials(this.setAsideFolder);
  }

  list(): BackupList {
    return {
      backups: this.backups(),
      setAside: listCopies(this.setAsideFolder, 'set-aside'),
      folder: this.folder,
      problem: this.#problem,
    };
  }

  /** Newest first; every one passed its check when it was written. */
  backups(): BackupEntry[] {
    return listCopies(this.folder, 'backup');
  }

  /** Takes a checked backup now, then applies retention. A copy that fails is deleted and reported. */
  backUpNow(onStep?: JobHooks['onStep']): Promise<BackupEntry> {
    return this.live.exclusive(async () => {
      const db = this.live.db;
      if (!db) throw new ApiFailure('conflict', 'There is no open database to back up.');
      let entry: BackupEntry;
      try {
        entry = await writeCopyOffThread(
          this.live.file,
          this.folder,
          'backup',
          this.#now(),
          'full',
          this.live.options,
          { onStep, gate: this.live.options.jobGate },
        );
      } catch (error) {
        this.#problem =
          error instanceof CopyCheckFailed
            ? `The backup of ${this.#now().toISOString()} failed its check (${error.problem}) and was deleted.`
            : `The backup of ${this.#now().toISOString()} could not be written (${(error as Error).message}).`;
        this.#report(this.#problem, error);
        throw new ApiFailure('internal', `${this.#problem} Your database was not changed.`);
      }
      this.#problem = null;
      this.#prune();
      return entry;
    });
  }

  /** Replaces the live database with backup `name`, setting the current one aside first. */
  restore(name: string, onStep?: RestoreStep): Promise<RestoreResult> {
    return this.live.exclusive(() =>
      this.#replaceWith(this.folder, name, 'backup', 'full', onStep),
    );
  }

  /** Puts back a set-aside database (by default the newest), setting the current one aside in turn. */
  undoRestore(name?: string): Promise<RestoreResult> {
    return this.live.exclusive(() => {
      const chosen = name ?? listCopies(this.setAsideFolder, 'set-aside')[0]?.name;
      if (!chosen) throw new ApiFailure('not_found', 'No restore has set a database aside yet.');
      // A set-aside file is exactly what was live, damage included; it is checked for identity only.
      return this.#replaceWith(this.setAsideFolder, chosen, 'set-aside', 'identity');
    });
  }

  async #replaceWith(
    folder: string,
    name: string,
    kind: BackupEntry['kind'],
    check: CopyCheck,
    onStep: RestoreStep = () => {},
  ): Promise<RestoreResult> {
    const db = this.live.db;
    if (!db) throw new ApiFailure('conflict', 'There is no open database to set aside.');
    const source = join(folder, name);
    const restored = entryOf(folder, name, kind);
    if (!restored) throw new ApiFailure('not_found', `There is no copy named ${name}.`);
    onStep({ done: 0, phase: 'checking' });
    const problem = await checkCopyOnWorker(source, check, this.live.options);
    if (problem) {
      throw new ApiFailure(
        'conflict',
        `The copy ${name} cannot be restored: ${problem}. Your database was not changed.`,
      );
    }
    // Prepared before the set-aside copy, so that nothing awaits between that copy and the swap.
    const incoming = `${this.live.file}.restoring`;
    onStep({ done: 1, phase: 'copying' });
    await copyClosedFile(source, incoming, this.live.options);
    onStep({ done: 2, phase: 'writing' });
    let setAside: BackupEntry;
    try {
      setAside = await writeCopy(
        db,
        this.setAsideFolder,
        'set-aside',
        this.#now(),
        'identity',
        this.live.options,
      );
    } catch (error) {
      rmSync(incoming, { force: true });
      throw new ApiFailure(
        'internal',
        `Your current database could not be set aside (${(error as Error).message}), so nothing was restored.`,
      );
    }
    onStep({ done: 3, phase: 'writing' });
    await this.live.replaceFiles(() => {
      this.live.removeSidecars();
      renameSync(incoming, this.live.file);
    });
    if (!this.live.db && this.live.openError) {
      this.#report(`the restored copy ${name} did not open`, this.live.openError);
    }
    return { restored, setAside };
  }

  /** Retention over the backups folder; never touches set-aside copies. */
  #prune(): void {
    const names = this.backups().map((entry) => entry.name);
    for (const name of backupsToDelete(names, this.#now())) {
      const file = join(this.folder, name);
      if (existsSync(file)) rmSync(file);
    }
  }
}
