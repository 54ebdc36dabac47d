import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { ROWS_PER_SLICE } from '../../src/main/data/commit-task';
import { ROWS_PER_STEP } from '../../src/main/data/import-engine';
import { backend as open, call, countRows, gatedBackend, uploadId } from './import-support';

/**
 * The import commit runs as a job on a worker thread with its own connection (issue #11): reads
 * are answered while the worker holds the import's transaction open, and see the library as it
 * was until the COMMIT; the import stays all or nothing — a cancel or an error mid-way leaves the
 * library as it was, and a write the rep makes meanwhile waits for the import instead of joining
 * it. The worker is held mid-way by a test gate (after a number of rows written), so "while the
 * worker holds the transaction" is shown by order of events, never by timing.
 */

const ROWS = ROWS_PER_SLICE * 3 + 500;

/** A CSV of `count` new prospects, as a CRM would export them. */
function prospectsCsv(count: number): Buffer {
  const lines = ['Name,Company,Email'];
  for (let index = 0; index < count; index++) {
    lines.push(`New Person ${index},Lanewise ${index % 13},new${index}@lanewise.example`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

/** Previewed in the request (import:preview): the gate then holds only the commit's worker. */
async function previewed(backend: Backend, rows = ROWS): Promise<string> {
  const id = await uploadId(backend, prospectsCsv(rows));
  await call(backend, 'import:preview', { uploadId: id, kind: 'prospects', format: 'csv' });
  return id;
}

/** Lets pending work run: a turn of the event loop, not a microtask. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('the import commit as a job', () => {
  it('answers a read while its worker holds the whole import uncommitted, then shows every row', async () => {
    // Held after the last row: only the COMMIT is left.
    const { backend, gate } = gatedBackend(ROWS);
    await call(backend, 'prospects:create', { name: 'Dana Whitfield' });
    const id = await previewed(backend);
    const { jobId } = await call(backend, 'import:start-commit', {
      uploadId: id,
      duplicateStrategy: 'skip',
    });
    await gate.held;
    const during = await call(backend, 'prospects:list', { limit: 5, sort: 'name' });
    const state = await call(backend, 'jobs:get', { jobId });
    // Answered while the worker holds the transaction with every row written, not yet committed.
    expect(state.status).toBe('running');
    expect(state.progress).toMatchObject({ done: ROWS, total: ROWS, phase: 'writing' });
    // This backend has no reader threads: the read ran on the main connection, which is not the
    // one writing, so it sees the library as it was.
    expect(during.total).toBe(1);
    expect(during.items.map((prospect) => prospect.name)).toEqual(['Dana Whitfield']);
    gate.release();
    const settled = await backend.jobs.settled(jobId);
    expect(settled.status).toBe('done');
    expect(settled.result).toEqual({
      kind: 'import-commit',
      counts: { created: ROWS, merged: 0, skipped: 0, invalid: 0, blanked: 0 },
    });
    expect(countRows(backend, 'prospects')).toBe(ROWS + 1);
    // The same page asked again is not the one cached while the import was uncommitted.
    const after = await call(backend, 'prospects:list', { limit: 5, sort: 'name' });
    expect(after.total).toBe(ROWS + 1);
    const page = await call(backend, 'prospects:list', { query: 'Lanewise', limit: 1 });
    expect(page.total).toBe(ROWS);
    backend.close();
  });

  it('cancelled mid-way, leaves nothing; a write made meanwhile waits and is kept', async () => {
    const { backend, gate } = gatedBackend(ROWS_PER_SLICE);
    const id = await previewed(backend);
    const { jobId } = await call(backend, 'import:start-commit', {
      uploadId: id,
      duplicateStrategy: 'skip',
    });
    await gate.held;
    const state = await call(backend, 'jobs:get', { jobId });
    expect(state.progress.done).toBe(ROWS_PER_SLICE);
    let created = false;
    const write = call(backend, 'prospects:create', { name: 'Typed during the import' }).then(
      (prospect) => {
        created = true;
        return prospect;
      },
    );
    await turn();
    // The write waits for the import rather than wait on the worker's lock.
    expect(created).toBe(false);
    expect(await call(backend, 'jobs:cancel', { jobId })).toEqual({ cancelled: true });
    gate.release();
    expect((await backend.jobs.settled(jobId)).status).toBe('cancelled');
    const prospect = await write;
    expect(countRows(backend, 'prospects')).toBe(1);
    expect(backend.db.prepare('SELECT name FROM prospects').pluck().all()).toEqual([prospect.name]);
    const page = await call(backend, 'prospects:list', { query: 'Lanewise', limit: 1 });
    expect(page.total).toBe(0);
    backend.close();
  });

  it('failing mid-way, leaves the library and its lists as they were, and never showed its rows', async () => {
    // Held after two slices; the third slice's first row cannot be written (as a full disk or a
    // damaged page would fail).
    const { backend, gate } = gatedBackend(ROWS_PER_SLICE * 2);
    await call(backend, 'prospects:create', { name: 'Dana Whitfield' });
    backend.db.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON prospects
      WHEN NEW.name = 'New Person ${ROWS_PER_SLICE * 2}'
      BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    const id = await previewed(backend);
    const { jobId } = await call(backend, 'import:start-commit', {
      uploadId: id,
      duplicateStrategy: 'skip',
    });
    await gate.held;
    expect((await call(backend, 'jobs:get', { jobId })).progress.done).toBe(ROWS_PER_SLICE * 2);
    // Also with no reader threads, a read mid-import does not see the rows written so far.
    expect((await call(backend, 'prospects:list', { limit: 1 })).total).toBe(1);
    gate.release();
    const settled = await backend.jobs.settled(jobId);
    expect(settled.status).toBe('failed');
    expect(settled.error).toMatch(/refused for the test/u);
    expect(countRows(backend, 'prospects')).toBe(1);
    expect((await call(backend, 'prospects:list', { limit: 1 })).total).toBe(1);
    // The write turn was given back: a write goes through.
    await call(backend, 'prospects:create', { name: 'After the failed import' });
    expect(countRows(backend, 'prospects')).toBe(2);
    backend.close();
  });

  it('merges a row into the most recently contacted of the prospects sharing its email', async () => {
    const backend = open();
    const twin = { email: 'dana@tidewater.example' };
    const first = await call(backend, 'prospects:create', { name: 'Dana (old card)', ...twin });
    // More prospects than one page of the duplicate lookup between the two with that email.
    const insert = backend.db.prepare(
      `INSERT INTO prospects (name, email, created_at, updated_at)
       VALUES (@name, @email, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    );
    backend.db.transaction(() => {
      for (let index = 0; index < ROWS_PER_STEP + 10; index++) {
        insert.run({ name: `Filler ${index}`, email: `filler${index}@example.com` });
      }
    })();
    const second = await call(backend, 'prospects:create', { name: 'Dana Whitfield', ...twin });
    await call(backend, 'calls:log', {
      prospectId: second.id,
      outcome: 'callback',
      startedAt: '2026-11-02T15:00:00.000Z',
    });
    const id = await uploadId(
      backend,
      Buffer.from('Name,Email,Company\r\nDana W,dana@tidewater.example,Tidewater Freight\r\n'),
    );
    await call(backend, 'import:preview', { uploadId: id, kind: 'prospects', format: 'csv' });
    const { jobId } = await call(backend, 'import:start-commit', {
      uploadId: id,
      duplicateStrategy: 'merge',
    });
    const settled = await backend.jobs.settled(jobId);
    expect(settled.result).toMatchObject({ counts: { created: 0, merged: 1 } });
    const company = (prospectId: number) =>
      backend.db.prepare('SELECT company FROM prospects WHERE id = ?').pluck().get(prospectId);
    expect(company(second.id)).toBe('Tidewater Freight');
    expect(company(first.id)).toBe('');
    backend.close();
  });
});
