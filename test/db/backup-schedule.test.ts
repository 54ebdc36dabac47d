import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveDatabase } from '../../src/main/db/live-database';
import { startBackgroundWork } from '../../src/main/backup/schedule';
import { BackupService } from '../../src/main/backup/service';
import type { Db } from '../../src/main/db/open';
import { tempDir } from '../helpers/temp';
import { PATIENCE } from '../helpers/patience';

const TIMING = { healthCheckAfterMs: 2_000, firstBackupAfterMs: 10_000, backupEveryMs: 60_000 };

function library(rows: number) {
  const live = new LiveDatabase(tempDir());
  live.open();
  const insert = live
    .requireDb()
    .prepare("INSERT INTO prospects (name, created_at, updated_at) VALUES (@name, 'x', 'x')");
  for (let i = 0; i < rows; i++) insert.run({ name: `P ${i}` });
  return { live, backups: new BackupService(live) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('background work', () => {
  it('checks health after start, backs up later and every interval, and stops on close', async () => {
    // Only the timers are faked: the backup API itself steps with real setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { live, backups } = library(5);
    const checkHealth = vi.fn<(db: Db) => void>();
    const worthBackingUp = vi.fn(() => true);
    const work = startBackgroundWork({
      live,
      backups,
      checkHealth,
      worthBackingUp,
      timing: TIMING,
    });

    // Nothing runs on the startup path itself.
    expect(checkHealth).not.toHaveBeenCalled();
    expect(worthBackingUp).not.toHaveBeenCalled();

    vi.advanceTimersByTime(TIMING.healthCheckAfterMs);
    expect(checkHealth).toHaveBeenCalledTimes(1);
    expect(worthBackingUp).not.toHaveBeenCalled();

    vi.advanceTimersByTime(TIMING.firstBackupAfterMs - TIMING.healthCheckAfterMs);
    await vi.waitFor(() => expect(backups.backups()).toHaveLength(1), PATIENCE);

    vi.advanceTimersByTime(TIMING.backupEveryMs);
    await vi.waitFor(() => expect(worthBackingUp).toHaveBeenCalledTimes(2), PATIENCE);
    await vi.waitFor(() => expect(backups.backups()).toHaveLength(2), PATIENCE);

    work.stop();
    vi.advanceTimersByTime(TIMING.backupEveryMs * 3);
    expect(worthBackingUp).toHaveBeenCalledTimes(2);
    expect(checkHealth).toHaveBeenCalledTimes(1);
    live.close();
  });

  it('skips the automatic backup of a library with nothing worth keeping', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { live, backups } = library(0);
    const worthBackingUp = vi.fn(() => false);
    const work = startBackgroundWork({
      live,
      backups,
      checkHealth: () => undefined,
      worthBackingUp,
      timing: TIMING,
    });
    vi.advanceTimersByTime(TIMING.firstBackupAfterMs);
    expect(worthBackingUp).toHaveBeenCalledTimes(1);
    expect(backups.list().backups).toEqual([]);
    work.stop();
    live.close();
  });

  it('takes the first backup soon after an empty library gets its first rows', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { live, backups } = library(0);
    const work = startBackgroundWork({
      live,
      backups,
      checkHealth: () => undefined,
      worthBackingUp: (db) => db.prepare('SELECT count(*) FROM prospects').pluck().get() !== 0,
      timing: TIMING,
    });
    vi.advanceTimersByTime(TIMING.firstBackupAfterMs * 3);
    expect(backups.list().backups).toEqual([]);

    live
      .requireDb()
      .prepare("INSERT INTO prospects (name, created_at, updated_at) VALUES ('First', 'x', 'x')")
      .run();
    // Well before the regular interval: the empty library was looked at again.
    vi.advanceTimersByTime(TIMING.firstBackupAfterMs);
    await vi.waitFor(() => expect(backups.backups()).toHaveLength(1), PATIENCE);
    work.stop();
    live.close();
  });

  it('checks the health of a swapped-in database again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { live, backups } = library(1);
    const checkHealth = vi.fn<(db: Db) => void>();
    const work = startBackgroundWork({
      live,
      backups,
      checkHealth,
      worthBackingUp: () => false,
      timing: TIMING,
    });
    vi.advanceTimersByTime(TIMING.healthCheckAfterMs);
    live.replaceFiles(() => undefined);
    vi.advanceTimersByTime(TIMING.healthCheckAfterMs);
    expect(checkHealth).toHaveBeenCalledTimes(2);
    expect(checkHealth.mock.calls[1]![0]).toBe(live.db);
    work.stop();
    live.close();
  });
});
