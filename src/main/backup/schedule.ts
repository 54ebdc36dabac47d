import type { Db } from '../db/open';
import type { LiveDatabase } from '../db/live-database';
import type { BackupService } from './service';

export interface BackgroundTiming {
  /** After start (and after each swap), when the quick_check runs. */
  healthCheckAfterMs: number;
  /**
   * After start, when the first automatic backup is taken. While the library is still empty it
   * looks again at this interval, so a library that gets its first rows later is backed up soon
   * after, not hours later.
   */
  firstBackupAfterMs: number;
  backupEveryMs: number;
}

export const DEFAULT_TIMING: BackgroundTiming = {
  healthCheckAfterMs: 2_000,
  firstBackupAfterMs: 10_000,
  backupEveryMs: 4 * 60 * 60 * 1000,
};

export interface BackgroundWork {
  live: LiveDatabase;
  backups: BackupService;
  /** Runs the quick_check on the open connection and records the result. */
  checkHealth: (db: Db) => void;
  /** An empty library has nothing worth a backup yet. */
  worthBackingUp: (db: Db) => boolean;
  timing?: BackgroundTiming;
}

/**
 * The backend's own timers, all off the startup path: the health check shortly after start, an
 * automatic backup a little later and every few hours. `stop` clears them (on close). Timers are
 * unref'd: they never keep a process alive on their own.
 */
export function startBackgroundWork(work: BackgroundWork): { stop(): void } {
  const timing = work.timing ?? DEFAULT_TIMING;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;

  const later = (ms: number, task: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) task();
    }, ms);
    timer.unref();
    timers.add(timer);
  };
  const checkHealth = () => {
    const db = work.live.db;
    if (db) work.checkHealth(db);
  };
  const backUp = (): boolean => {
    const db = work.live.db;
    if (!db || !work.worthBackingUp(db)) return false;
    // A failure is recorded and reported by the service; nothing else to do here.
    work.backups.backUpNow().catch(() => undefined);
    return true;
  };
  // A session that starts on an empty library (first run) must not wait for the 4-hour interval:
  // the first backup is taken at the first look that finds rows.
  const firstBackup = () => {
    if (!backUp()) later(timing.firstBackupAfterMs, firstBackup);
  };

  later(timing.healthCheckAfterMs, checkHealth);
  later(timing.firstBackupAfterMs, firstBackup);
  const every = setInterval(() => !stopped && backUp(), timing.backupEveryMs);
  every.unref();
  work.live.onChange(() => {
    if (!stopped) later(timing.healthCheckAfterMs, checkHealth);
  });

  return {
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      clearInterval(every);
    },
  };
}
