import type * as WorkerThreads from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { spawnedWorkers, workerJobs } from '../helpers/worker-jobs';

vi.mock('node:worker_threads', async (importOriginal) => {
  const { recordingWorkers } = await import('../helpers/worker-jobs');
  return recordingWorkers(await importOriginal<typeof WorkerThreads>());
});
import { openBackend, type Backend } from '../../src/main/backend';
import { pauseAutocheckpoint } from '../../src/main/data/checkpoint';
import { closeDatabase, openDatabase, type Db } from '../../src/main/db/open';
import { call, gatedBackend, uploadId } from '../api/import-support';
import { PATIENCE } from '../helpers/patience';
import { tempDir } from '../helpers/temp';

/**
 * The import's WAL checkpoint runs on the import's worker thread, after its COMMIT and the end of
 * its job (issue #11): the main connection's own checkpoint is off until that thread has ended,
 * so no write on the request thread copies the import's pages, and back afterwards, also when
 * the import fails. Frame
 * counts come from `wal_checkpoint(NOOP)`, which reads them without copying.
 */

const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;
const ROWS = 3_000;

const autocheckpoint = (db: Db) => db.pragma('wal_autocheckpoint', { simple: true }) as number;

function walFrames(db: Db): { log: number; checkpointed: number } {
  const [row] = db.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[];
  return { log: row!.log, checkpointed: row!.checkpointed };
}

async function startImport(backend: Backend): Promise<string> {
  const lines = ['Name,Company,Email'];
  for (let index = 0; index < ROWS; index++) {
    lines.push(`New Person ${index},Lanewise,new${index}@lanewise.example`);
  }
  const id = await uploadId(backend, Buffer.from(`${lines.join('\r\n')}\r\n`));
  await call(backend, 'import:preview', { uploadId: id, kind: 'prospects', format: 'csv' });
  const { jobId } = await call(backend, 'import:start-commit', {
    uploadId: id,
    duplicateStrategy: 'skip',
  });
  return jobId;
}

describe('the checkpoint after an import', () => {
  it('leaves every frame of an import copied into the file by its worker, the main connection as it was', async () => {
    const { backend, gate } = gatedBackend(ROWS);
    try {
      workerJobs.length = 0;
      const jobId = await startImport(backend);
      await gate.held;
      // The worker holds the transaction: the main connection's own checkpoint is off.
      expect(autocheckpoint(backend.db)).toBe(0);
      gate.release();
      const state = await backend.jobs.settled(jobId);
      expect(state.status).toBe('done');

      // One worker wrote and committed; the job is done, and the worker checkpoints before it
      // ends, when the main connection's own checkpoint comes back.
      expect(workerJobs).toEqual(['import-commit']);
      await vi.waitFor(
        () => expect(autocheckpoint(backend.db)).toBe(SQLITE_DEFAULT_AUTOCHECKPOINT),
        PATIENCE,
      );
      const frames = walFrames(backend.db);
      expect(frames.log).toBeGreaterThan(0);
      expect(frames.checkpointed).toBe(frames.log);
      expect(backend.db.pragma('cache_size', { simple: true })).toBe(-32000);
    } finally {
      backend.close();
    }
  });

  it('commits on the worker that the preview job started ahead, its code already loaded', async () => {
    const backend = openBackend({ dataDir: tempDir(), transport: 'browser' });
    try {
      const lines = ['Name,Company,Email'];
      for (let index = 0; index < 50; index++) {
        lines.push(`New Person ${index},Lanewise,new${index}@lanewise.example`);
      }
      const id = await uploadId(backend, Buffer.from(`${lines.join('\r\n')}\r\n`));
      workerJobs.length = 0;
      spawnedWorkers.length = 0;
      const preview = await call(backend, 'import:start-preview', {
        uploadId: id,
        kind: 'prospects',
        format: 'csv',
      });
      expect((await backend.jobs.settled(preview.jobId)).status).toBe('done');
      const commit = await call(backend, 'import:start-commit', {
        uploadId: id,
        duplicateStrategy: 'skip',
      });
      expect((await backend.jobs.settled(commit.jobId)).status).toBe('done');
      // Two jobs, two threads: the commit's was started during the preview and given its job.
      expect(workerJobs).toEqual(['import-preview', 'import-commit']);
      expect(spawnedWorkers).toEqual(['import-preview', 'spare']);
      expect(backend.db.prepare('SELECT count(*) FROM prospects').pluck().get()).toBe(50);
    } finally {
      backend.close();
    }
  });

  it('gives the automatic checkpoint back when the import fails', async () => {
    const { backend, gate } = gatedBackend(ROWS);
    try {
      backend.db.exec(`CREATE TRIGGER refuse_last BEFORE INSERT ON prospects
        WHEN NEW.name = 'New Person ${ROWS - 1}'
        BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
      gate.release();
      const jobId = await startImport(backend);
      const state = await backend.jobs.settled(jobId);
      expect(state.status).toBe('failed');
      await vi.waitFor(
        () => expect(autocheckpoint(backend.db)).toBe(SQLITE_DEFAULT_AUTOCHECKPOINT),
        PATIENCE,
      );
    } finally {
      backend.close();
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
});
