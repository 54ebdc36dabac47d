import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { EXPORTS_FOLDER } from '../../src/main/data/jobs';
import { JobGate } from '../../src/main/jobs/gate';
import type { ExportKind, JobState } from '../../src/shared/domain/jobs';
import { call, failure } from '../helpers/api';
import { tempDir } from '../helpers/temp';
import { countRows, fixture, uploadId } from './import-support';

/**
 * Long work runs as jobs on a worker thread (issue #11): reads are answered while an export, an
 * import preview or a backup is running, and a cancelled job leaves nothing behind. Each job is
 * held mid-way by a test gate, so "answered while running" is shown by order, not by timing.
 */

const PROSPECTS = 3_000;

function open(gate?: JobGate, dataDir = tempDir()): Backend {
  return openBackend({ dataDir, transport: 'browser', onInternalError: () => {}, jobGate: gate });
}

/** A library of a few thousand prospects, enough for the worker to report progress mid-way. */
function seedProspects(backend: Backend, count = PROSPECTS): void {
  const insert = backend.db.prepare(
    `INSERT INTO prospects (name, company, email, phone, created_at, updated_at)
     VALUES (@name, @company, @email, @phone, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
  );
  backend.db.transaction(() => {
    for (let index = 0; index < count; index++) {
      insert.run({
        name: `Prospect ${String(index).padStart(5, '0')}`,
        company: `Carrier ${index % 97}, Inc.`,
        email: `p${index}@carrier.example`,
        phone: `+1 415 555 ${String(index).padStart(4, '0')}`,
      });
    }
  })();
}

/** A CSV of `count` new prospects, as a CRM would export them. */
function prospectsCsv(count: number): Buffer {
  const lines = ['Name,Company,Email,Phone'];
  for (let index = 0; index < count; index++) {
    lines.push(`New Person ${index},Lanewise ${index % 13},new${index}@lanewise.example,`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

/** Reads an export the way the renderer does: slice after slice until the last. */
async function readExport(backend: Backend, jobId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const chunk = await call(backend, 'export:read', { jobId, offset });
    parts.push(Buffer.from(chunk.base64, 'base64'));
    if (chunk.done) break;
    offset = chunk.nextOffset;
  }
  return Buffer.concat(parts);
}

/** A cheap read during the job: the first page of the prospects list. */
async function readWhileHeld(backend: Backend, jobId: string): Promise<void> {
  const list = await call(backend, 'prospects:list', { limit: 20 });
  expect(list.items.length).toBeGreaterThan(0);
  const state: JobState = await call(backend, 'jobs:get', { jobId });
  // The read was answered before the job finished: it is still running, with work done.
  expect(state.status).toBe('running');
  expect(state.progress.done).toBeGreaterThan(0);
}

describe('an export runs off the request path', () => {
  it.each<[ExportKind]>([['prospects-csv'], ['library-json']])(
    '%s: answers reads while it writes, then hands over the same file as the one-shot export',
    async (kind) => {
      const gate = new JobGate(500);
      const backend = open(gate);
      seedProspects(backend);
      const { jobId } = await call(backend, 'export:start', { kind });
      await gate.held;
      await readWhileHeld(backend, jobId);
      gate.release();
      const state = await backend.jobs.settled(jobId);
      expect(state.status).toBe('done');
      expect(state.progress).toMatchObject({ done: state.progress.total, phase: 'finished' });
      const file = await readExport(backend, jobId);
      expect(state.result?.kind === 'export' && state.result.file.bytes).toBe(file.length);
      if (kind === 'prospects-csv') {
        // Byte for byte what the whole-file export makes from the same library.
        const whole = await call(backend, 'export:prospects-csv');
        expect(file.toString('utf8')).toBe(whole.content);
        expect(state.progress.total).toBe(PROSPECTS);
        const rows = Papa.parse<string[]>(whole.content.slice(1), { skipEmptyLines: true }).data;
        expect(rows).toHaveLength(PROSPECTS + 1);
      } else {
        const streamed = JSON.parse(file.toString('utf8')) as Record<string, unknown>;
        const whole = JSON.parse((await call(backend, 'export:library-json')).content) as Record<
          string,
          unknown
        >;
        expect({ ...streamed, exportedAt: null }).toEqual({ ...whole, exportedAt: null });
      }
      backend.close();
    },
  );

  it('cancelled, it leaves no file, partial or whole, in the exports folder', async () => {
    const gate = new JobGate(500);
    const dataDir = tempDir();
    const backend = open(gate, dataDir);
    seedProspects(backend);
    const { jobId } = await call(backend, 'export:start', { kind: 'prospects-csv' });
    await gate.held;
    // The worker has written part of the file by now.
    const folder = join(dataDir, EXPORTS_FOLDER);
    expect(readdirSync(folder)).toEqual([`${jobId}.partial`]);
    expect(await call(backend, 'jobs:cancel', { jobId })).toEqual({ cancelled: true });
    const state = await backend.jobs.settled(jobId);
    expect(state.status).toBe('cancelled');
    expect(readdirSync(folder)).toEqual([]);
    const refused = await failure(backend, 'export:read', { jobId, offset: 0 });
    expect(refused.code).toBe('conflict');
    backend.close();
  });
});

describe('an import preview runs off the request path', () => {
  it('answers reads while it checks rows; the commit then writes what it showed', async () => {
    const gate = new JobGate(1_000);
    const backend = open(gate);
    seedProspects(backend, 50);
    const id = await uploadId(backend, prospectsCsv(3_000));
    const { jobId } = await call(backend, 'import:start-preview', {
      uploadId: id,
      kind: 'prospects',
      format: 'csv',
    });
    await gate.held;
    await readWhileHeld(backend, jobId);
    gate.release();
    const state = await backend.jobs.settled(jobId);
    expect(state.status).toBe('done');
    const preview = state.result?.kind === 'import-preview' ? state.result.preview : null;
    expect(preview).toMatchObject({ totalRows: 3_000, invalidRows: 0, blocking: null });
    // The same preview as the in-request one, from the same upload.
    expect(preview).toEqual(
      await call(backend, 'import:preview', { uploadId: id, kind: 'prospects', format: 'csv' }),
    );
    const result = await call(backend, 'import:commit', {
      uploadId: id,
      duplicateStrategy: 'skip',
    });
    expect(result.created).toBe(3_000);
    expect(countRows(backend, 'prospects')).toBe(3_050);
    backend.close();
  });

  it.each([
    ['hubspot.csv', 'prospects'],
    ['duplicates.csv', 'prospects'],
    ['insights.csv', 'insights'],
  ] as const)(
    '%s: the rows it keeps for the commit store what the in-request preview would',
    async (name, kind) => {
      const stored = async (path: 'job' | 'request') => {
        const backend = open();
        await uploadId(backend, fixture('plain.csv')).then((id) =>
          call(backend, 'import:preview', { uploadId: id, kind: 'prospects', format: 'csv' }).then(
            () =>
              call(backend, 'import:commit', {
                uploadId: id,
                duplicateStrategy: 'skip',
                skipInvalidRows: true,
              }),
          ),
        );
        const id = await uploadId(backend, fixture(name));
        const input = { uploadId: id, kind, format: 'csv' } as const;
        if (path === 'job') {
          const { jobId } = await call(backend, 'import:start-preview', input);
          expect((await backend.jobs.settled(jobId)).status).toBe('done');
        } else {
          await call(backend, 'import:preview', input);
        }
        const result = await call(backend, 'import:commit', {
          uploadId: id,
          duplicateStrategy: 'merge',
          skipInvalidRows: true,
        });
        const rows = backend.db
          .prepare(`SELECT * FROM ${kind} ORDER BY id`)
          .all()
          .map((row) => ({ ...(row as object), created_at: null, updated_at: null }));
        backend.close();
        return { result, rows };
      };
      expect(await stored('job')).toEqual(await stored('request'));
    },
  );

  it('after a preview on the worker, imports a bad row with its bad fields left blank', async () => {
    // The worker hands back only the valid rows; the rep's choice to blank a bad field still works.
    const backend = open();
    const id = await uploadId(backend, fixture('hubspot.csv'));
    const { jobId } = await call(backend, 'import:start-preview', {
      uploadId: id,
      kind: 'prospects',
      format: 'csv',
    });
    expect((await backend.jobs.settled(jobId)).status).toBe('done');
    const result = await call(backend, 'import:commit', {
      uploadId: id,
      duplicateStrategy: 'skip',
      blankInvalidFields: 'all',
    });
    expect(result.blanked).toBe(1);
    expect(result.created).toBe(5);
    expect(countRows(backend, 'prospects')).toBe(5);
    backend.close();
  });

  it('cancelled, it imports nothing: there is no preview to commit', async () => {
    const gate = new JobGate(1_000);
    const backend = open(gate);
    const id = await uploadId(backend, prospectsCsv(3_000));
    const { jobId } = await call(backend, 'import:start-preview', {
      uploadId: id,
      kind: 'prospects',
      format: 'csv',
    });
    await gate.held;
    expect(await call(backend, 'jobs:cancel', { jobId })).toEqual({ cancelled: true });
    expect((await backend.jobs.settled(jobId)).status).toBe('cancelled');
    const refused = await failure(backend, 'import:commit', {
      uploadId: id,
      duplicateStrategy: 'skip',
    });
    expect(refused.message).toMatch(/Preview the file/u);
    expect(countRows(backend, 'prospects')).toBe(0);
    backend.close();
  });

  it('reports a file it cannot read as the job failure, in the words of the refusal', async () => {
    const backend = open();
    const id = await uploadId(backend, Buffer.from('Name\r\n"never closed\r\n'));
    const { jobId } = await call(backend, 'import:start-preview', {
      uploadId: id,
      kind: 'prospects',
      format: 'json',
    });
    const state = await backend.jobs.settled(jobId);
    expect(state.status).toBe('failed');
    expect(state.error).toMatch(/JSON/u);
    backend.close();
  });
});

describe('a backup job', () => {
  it('answers reads between the copy and its check, then lists the backup', async () => {
    const gate = new JobGate();
    const backend = open(gate);
    seedProspects(backend);
    const { jobId } = await call(backend, 'backup:start');
    await gate.held;
    await readWhileHeld(backend, jobId);
    expect((await call(backend, 'jobs:get', { jobId })).progress).toEqual({
      done: 1,
      total: 2,
      phase: 'checking',
    });
    gate.release();
    const state = await backend.jobs.settled(jobId);
    expect(state.status).toBe('done');
    const name = state.result?.kind === 'backup' ? state.result.backup.name : '';
    expect((await call(backend, 'backup:list')).backups.map((entry) => entry.name)).toContain(name);
    expect(existsSync(join(backend.dataDir, 'backups', `${name}.partial`))).toBe(false);
    backend.close();
  });
});

describe('a restore job', () => {
  it('reports its four steps and puts the backup back', async () => {
    const backend = open();
    seedProspects(backend, 10);
    const backup = await call(backend, 'backup:now');
    await call(backend, 'prospects:create', { name: 'Added after the backup' });
    const { jobId } = await call(backend, 'backup:start-restore', { name: backup.name });
    const state = await backend.jobs.settled(jobId);
    expect(state.status).toBe('done');
    expect(state.progress).toEqual({ done: 4, total: 4, phase: 'finished' });
    expect(state.result?.kind === 'restore' && state.result.restore.restored.name).toBe(
      backup.name,
    );
    expect(countRows(backend, 'prospects')).toBe(10);
    backend.close();
  });
});

describe('the job channels', () => {
  it('refuse an unknown job id with not_found', async () => {
    const backend = open();
    const error = await failure(backend, 'jobs:get', { jobId: 'a'.repeat(32) });
    expect(error.code).toBe('not_found');
    expect((await failure(backend, 'jobs:cancel', { jobId: 'nope' })).code).toBe('invalid_input');
    backend.close();
  });
});
