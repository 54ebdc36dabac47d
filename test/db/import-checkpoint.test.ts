import { join } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { workerJobs } from '../helpers/worker-jobs';

vi.mock('node:worker_threads', async (importOriginal) => {
  const { recordingWorkers } = await import('../helpers/worker-jobs');
  return recordingWorkers(await importOriginal<typeof WorkerThreads>());
});
import { closeDatabase, DATABASE_FILE, openDatabase, type Db } from '../../src/main/db/open';
import { checkpointThenResume, pauseAutocheckpoint } from '../../src/main/data/checkpoint';
import { JobGate } from '../../src/main/jobs/gate';
import { backend as openBackend, call, uploadId } from '../api/import-support';
import { tempDir } from '../helpers/temp';

/**
 * The import's WAL checkpoint runs on a worker thread (issue #11): the main connection's own
 * checkpoint is off from the COMMIT until the worker is done, and back afterwards, also when the
 * worker fails. Frame counts come from `wal_checkpoint(NOOP)`, which reads them without copying.
 */

const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

const autocheckpoint = (db: Db) => db.pragma('wal_autocheckpoint', { simple: true }) as number;

function walFrames(db: Db): { log: number; checkpointed: number } {
  const [row] = db.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[];
  return { log: row!.log, checkpointed: row!.checkpointed };
}

/** A library whose WAL holds committed frames no checkpoint has copied yet. */
function libraryWithWal(): { db: Db; file: string; resume: () => void } {
  const dataDir = tempDir();
  const db = openDatabase(dataDir);
  const resume = pauseAutocheckpoint(db);
  const insert = db.prepare(
    `INSERT INTO insights (headline, detail, created_at, updated_at)
     VALUES (?, 'Lanes out of Memphis', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  db.transaction(() => {
    for (let index = 0; index < 2_000; index++) insert.run(`Insight ${index} about freight`);
  })();
  return { db, file: join(dataDir, DATABASE_FILE), resume };
}

describe('the checkpoint after an import', () => {
  it('copies the WAL into the file on a worker, with the automatic checkpoint off until then', async () => {
    const { db, file, resume } = libraryWithWal();
    try {
      expect(autocheckpoint(db)).toBe(0);
      const pending = walFrames(db);
      expect(pending.checkpointed).toBeLessThan(pending.log);

      const gate = new JobGate();
      const done = checkpointThenResume(resume, { file }, { gate });
      await gate.held;
      // The worker is running: the main connection's own checkpoint is still off.
      expect(autocheckpoint(db)).toBe(0);
      gate.release();
      const outcome = await done;

      expect(outcome.error).toBeUndefined();
      expect(outcome.threadId).toBeGreaterThan(0);
      expect(outcome.checkpoint).toEqual({
        busy: false,
        log: pending.log,
        checkpointed: pending.log,
      });
      expect(walFrames(db)).toEqual({ log: pending.log, checkpointed: pending.log });
      expect(autocheckpoint(db)).toBe(SQLITE_DEFAULT_AUTOCHECKPOINT);
    } finally {
      closeDatabase(db);
    }
  });

  it('gives the automatic checkpoint back when the worker fails', async () => {
    const { db, resume } = libraryWithWal();
    try {
      const outcome = await checkpointThenResume(resume, {
        file: join(tempDir(), 'missing', DATABASE_FILE),
      });
      expect(outcome.error?.message).toBeTruthy();
      expect(outcome.checkpoint).toBeUndefined();
      expect(autocheckpoint(db)).toBe(SQLITE_DEFAULT_AUTOCHECKPOINT);
    } finally {
      closeDatabase(db);
    }
  });

  it('stays off while a second import still needs it off', () => {
    const db = openDatabase(tempDir());
    try {
      const first = pauseAutocheckpoint(db);
      const second = pauseAutocheckpoint(db);
      first();
      first();
      expect(autocheckpoint(db)).toBe(0);
      second();
      expect(autocheckpoint(db)).toBe(SQLITE_DEFAULT_AUTOCHECKPOINT);
    } finally {
      closeDatabase(db);
    }
  });

  it('leaves every frame of an import copied into the file, by a worker, and the pragmas as they were', async () => {
    const backend = openBackend();
    try {
      const lines = ['Name,Company,Email'];
      for (let index = 0; index < 3_000; index++) {
        lines.push(`New Person ${index},Lanewise,new${index}@lanewise.example`);
      }
      const id = await uploadId(backend, Buffer.from(`${lines.join('\r\n')}\r\n`));
      await call(backend, 'import:preview', { uploadId: id, kind: 'prospects', format: 'csv' });
      workerJobs.length = 0;
      const { jobId } = await call(backend, 'import:start-commit', {
        uploadId: id,
        duplicateStrategy: 'skip',
      });
      const state = await backend.jobs.settled(jobId);
      expect(state.status).toBe('done');

      expect(workerJobs).toEqual(['checkpoint']);
      const frames = walFrames(backend.db);
      expect(frames.log).toBeGreaterThan(0);
      expect(frames.checkpointed).toBe(frames.log);
      expect(autocheckpoint(backend.db)).toBe(SQLITE_DEFAULT_AUTOCHECKPOINT);
      // The smaller cache of the import's transaction is gone with it.
      expect(backend.db.pragma('cache_size', { simple: true })).toBe(-32000);
    } finally {
      backend.close();
    }
  });
});
