import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { workerJobs } from '../helpers/worker-jobs';

vi.mock('node:worker_threads', async (importOriginal) => {
  const { recordingWorkers } = await import('../helpers/worker-jobs');
  return recordingWorkers(await importOriginal<typeof WorkerThreads>());
});
import { openBackend, type Backend } from '../../src/main/backend';
import { DATABASE_FILE } from '../../src/main/db/open';
import { checkCopy, checkCopyOnWorker } from '../../src/main/backup/copies';
import { runDatabaseJob } from '../../src/main/jobs/database-worker';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

function open(dataDir: string): Backend {
  return openBackend({ dataDir, transport: 'browser', onInternalError: () => {} });
}

/** A library of a few MB: enough pages that a whole-file check takes many event-loop turns. */
function sizeableLibrary(rows = 6_000): string {
  const dataDir = tempDir();
  const backend = open(dataDir);
  const insert = backend.db.prepare(
    `INSERT INTO insights (headline, detail, created_at, updated_at)
     VALUES (@headline, @detail, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  backend.db.transaction(() => {
    for (let index = 0; index < rows; index++) {
      insert.run({
        headline: `Insight ${index} about freight lanes`,
        detail: `Carriers ${index} `.repeat(40),
      });
    }
  })();
  backend.close();
  return dataDir;
}

describe('the background health check runs beside the requests', () => {
  it('runs on a worker thread with its own connection', async () => {
    const dataDir = sizeableLibrary(200);
    const outcome = await runDatabaseJob(
      { job: 'quick-check' },
      { file: join(dataDir, DATABASE_FILE) },
    );
    expect(outcome.messages).toEqual(['ok']);
    // 0 is the main thread.
    expect(outcome.threadId).toBeGreaterThan(0);
  });

  it('answers reads while the quick_check is still reading the file', async () => {
    const backend = open(sizeableLibrary());
    workerJobs.length = 0;
    let finished = false;
    const check = backend.maintenance.checkHealthOffThread().finally(() => {
      finished = true;
    });
    let readsWhileChecking = 0;
    while (!finished) {
      const result = await backend.router.handle('insights:list', { limit: 20 });
      expect(result.ok).toBe(true);
      if (!finished) readsWhileChecking++;
      // Let the worker's message in between reads.
      await new Promise((resolve) => setImmediate(resolve));
    }
    // On the request connection the check ran to its end before any read was served.
    expect(readsWhileChecking).toBeGreaterThan(0);
    expect(workerJobs).toEqual(['quick-check']);
    expect((await check).status).toBe('ok');
    expect((await call(backend, 'app:info', {})).health.status).toBe('ok');
    backend.close();
  });

  it('reports a damaged page found off the request path', async () => {
    const dataDir = sizeableLibrary(400);
    const file = join(dataDir, DATABASE_FILE);
    const bytes = readFileSync(file);
    const middle = Math.floor(bytes.length / 4096 / 2);
    bytes.fill(0, 4096 * middle, 4096 * (middle + 1));
    writeFileSync(file, bytes);
    const backend = open(dataDir);
    const health = await backend.maintenance.checkHealthOffThread();
    expect(health.status).toBe('damaged');
    expect((await call(backend, 'app:info', {})).health.status).toBe('damaged');
    backend.close();
  });
});

describe('a backup runs beside the requests', () => {
  it('makes and checks the copy on a worker thread, answering reads meanwhile', async () => {
    const backend = open(sizeableLibrary());
    workerJobs.length = 0;
    let finished = false;
    const backup = call(backend, 'backup:now', {}).finally(() => {
      finished = true;
    });
    let readsWhileCopying = 0;
    while (!finished) {
      const read = await backend.router.handle('insights:list', { limit: 20 });
      expect(read.ok).toBe(true);
      if (!finished) readsWhileCopying++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(readsWhileCopying).toBeGreaterThan(0);
    expect(workerJobs).toEqual(['backup']);
    const { name } = await backup;
    const list = await call(backend, 'backup:list', {});
    expect(list.backups.map((entry) => entry.name)).toEqual([name]);
    expect(list.problem).toBeNull();
    backend.close();
  });
});

describe('a restore checks the copy beside the requests', () => {
  it('runs the integrity check of the backup on a worker thread', async () => {
    const backend = open(sizeableLibrary(200));
    const backup = await call(backend, 'backup:now');
    workerJobs.length = 0;
    const restored = await call(backend, 'backup:restore', { name: backup.name });
    expect(restored.restored.name).toBe(backup.name);
    // The check of the backup; the set-aside copy of the live file is a backup job of its own.
    expect(workerJobs[0]).toBe('check-copy');
    backend.close();
  });

  it('gives the same verdict on a worker as on the request thread', async () => {
    const dataDir = sizeableLibrary(200);
    const file = join(dataDir, DATABASE_FILE);
    const notOurs = join(tempDir(), 'notes.txt');
    writeFileSync(notOurs, 'just some text, not a database at all '.repeat(200));
    for (const [candidate, check] of [
      [file, 'full'],
      [file, 'identity'],
      [notOurs, 'full'],
    ] as const) {
      expect(await checkCopyOnWorker(candidate, check)).toBe(checkCopy(candidate, check));
    }
    expect(await checkCopyOnWorker(notOurs, 'full')).toMatch(/could not be read/);
  });
});
