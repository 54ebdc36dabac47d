import type { AppInfo } from '../../shared/api/contract';
import type { DatabaseHealth } from '../../shared/domain/recovery';
import type { Handlers } from '../api/router';
import { backupHandlers, type BackupChannels } from '../backup/handlers';
import type { LiveDatabase } from '../db/live-database';
import { startBackgroundWork, type BackgroundTiming } from '../backup/schedule';
import { BackupService } from '../backup/service';
import type { Db } from '../db/open';
import type { JobRegistry } from '../jobs/registry';
import { quickCheck, quickCheckOffThread } from './health';
import { recoveryHandlers, recoveryModeHandlers, type RecoveryChannels } from './handlers';
import { RecoveryService } from './service';

/** The channels served by maintenance rather than by a feature over the open database. */
export type MaintenanceChannel = keyof BackupChannels | keyof RecoveryChannels;

export interface MaintenanceOptions {
  worthBackingUp: (db: Db) => boolean;
  /** The backend's long jobs, where `backup:start` registers its backup. */
  jobs: JobRegistry;
  now?: () => Date;
  timing?: BackgroundTiming;
}

/**
 * Backups, restore, recovery and the background health check of one live database, wired
 * together: what the backend adds to its features, and all it serves in recovery mode.
 */
export function createMaintenance(live: LiveDatabase, options: MaintenanceOptions) {
  let health: DatabaseHealth = { status: 'unchecked' };
  // Counts swaps, so a check that finishes after one does not speak for the new file.
  let generation = 0;
  // A swapped-in file has not been checked yet.
  live.onChange(() => {
    generation++;
    health = { status: 'unchecked' };
  });
  const now = options.now ?? (() => new Date());
  const backups = new BackupService(live, { now });
  const recovery = new RecoveryService(live, backups, () => health, now);
  let background: { stop(): void } | null = null;

  return {
    backups,
    recovery,
    health: () => health,
    checkHealth(db: Db): DatabaseHealth {
      health = quickCheck(db, now());
      if (health.status === 'damaged') console.error(`[health] ${live.file}: ${health.message}`);
      return health;
    },
    /** The quick_check on a worker thread; requests are served meanwhile. */
    async checkHealthOffThread(): Promise<DatabaseHealth> {
      const started = generation;
      const result = await quickCheckOffThread(
        { file: live.file, nativeBinding: live.options.nativeBinding },
        now(),
      );
      if (started !== generation || live.closed) return health;
      // A request that met a damaged page meanwhile keeps its finding.
      if (result.status !== 'unchecked' && health.status !== 'damaged') health = result;
      if (health.status === 'damaged') console.error(`[health] ${live.file}: ${health.message}`);
      return health;
    },
    /** A request that met a damaged page says so at once, without waiting for the next check. */
    noticeError(error: unknown): void {
      const code = (error as { code?: unknown }).code;
      if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
        health = {
          status: 'damaged',
          checkedAt: now().toISOString(),
          message: (error as Error).message,
        };
      }
    },
    handlers(): BackupChannels & RecoveryChannels {
      return { ...backupHandlers(backups, options.jobs), ...recoveryHandlers(recovery) };
    },
    recoveryModeHandlers(appInfo: () => AppInfo): Handlers {
      return recoveryModeHandlers(
        { ...recoveryHandlers(recovery), 'backup:list': () => backups.list() },
        appInfo,
      );
    },
    start(): void {
      if (background || live.closed) return;
      background = startBackgroundWork({
        live,
        backups,
        checkHealth: () => void this.checkHealthOffThread(),
        worthBackingUp: options.worthBackingUp,
        timing: options.timing,
      });
    },
    stop(): void {
      background?.stop();
      background = null;
    },
  };
}

export type Maintenance = ReturnType<typeof createMaintenance>;
