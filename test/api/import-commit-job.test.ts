import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/main/backend';
import { ROWS_PER_SLICE } from '../../src/main/data/commit-job';
import { ROWS_PER_STEP } from '../../src/main/data/import-engine';
import type { JobState } from '../../src/shared/domain/jobs';
import { backend as open, call, countRows, uploadId } from './import-support';

/**
 * The import commit runs as a job written in slices (issue #11): reads are answered between the
 * slices, and the import stays all or nothing — a cancel or an error mid-way leaves the library
 * as it was, and a write the rep makes meanwhile waits for the import instead of joining it.
 * "Between the slices" is shown by order (a read answered while the job reports part of the rows
 * written), never by timing.
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

async function previewed(backend: Backend, rows = ROWS): Promise<string> {
  const id = await uploadId(backend, prospectsCsv(rows));
  await call(backend, 'import:preview', { uploadId: id, kind: 'prospects', format: 'csv' });
  return id;
}

/** Lets the job's next slice run: it waits for a turn of the event loop, not a microtask. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Polls the job each turn until `until` holds for its state (or it has ended). */
async function follow(
  backend: Backend,
  jobId: string,
  until: (state: JobState) => boolean,
  onTurn: (state: JobState) => Promise<void> = async () => {},
): Promise<JobState> {
  for (;;) {
    const state = await call(backend, 'jobs:get', { jobId });
    if (state.status !== 'running' || until(state)) return state;
    await onTurn(state);
    await turn();
  }
}

const midway = (state: JobState) => state.progress.done > 0 && state.progress.done < ROWS;

describe('the import commit as a job', () => {
  it('answers reads between its slices, then has written every row', async () => {
    const backend = open();
    await call(backend, 'prospects:create', { name: 'Dana Whitfield' });
    const id = await previewed(backend);
    const { jobId } = await call(backend, 'import:start-commit', {
      uploadId: id,
      duplicateStrategy: 'skip',
    });
    let readsMidway = 0;
    const end = await follow(
      backend,
      jobId,
      () => false,
      async (state) => {
        const page = await call(backend, 'prospects:list', { limit: 5, sort: 'name' });
        expect(page.items.length).toBeGreaterThan(0);
        const after = await call(backend, 'jobs:get', { jobId });
        // Answered while the job was still running, with part of its rows written.
        if (midway(state) && after.status === 'running' && midway(after)) readsMidway++;
      },
    );
    const settled = end.status === 'running' ? await backend.jobs.settled(jobId) : end;
    expect(settled.status).toBe('done');
    expect(readsMidway).toBeGreaterThan(0);
    expect(settled.result).toEqual({
      kind: 'import-commit',
      counts: { created: ROWS, merged: 0, skipped: 0, invalid: 0, blanked: 0 },
    });
    expect(countRows(backend, 'prospects')).toBe(ROWS + 1);
    const page = await call(backend, 'prospects:list', { query: 'Lanewise', limit: 1 });
    expect(page.total).toBe(ROWS);
    backend.close();
  });

  it('cancelled mid-way, leaves nothing; a write made meanwhile waits and is kept', async () => {
    const backend = open();
    const id = await previewed(backend);
    const { jobId } = await call(backend, 'import:start-commit', {
      uploadId: id,
      duplicateStrategy: 'skip',
    });
    expect((await follow(backend, jobId, midway)).status).toBe('running');
    let created = false;
    const write = call(backend, 'prospects:create', { name: 'Typed during the import' }).then(
      (prospect) => {
        created = true;
        return prospect;
      },
    );
    await turn();
    // The write waits for the import rather than run inside its transaction.
    expect(created).toBe(false);
    expect(await call(backend, 'jobs:cancel', { jobId })).toEqual({ cancelled: true });
    expect((await backend.jobs.settled(jobId)).status).toBe('cancelled');
    const prospect = await write;
    expect(countRows(backend, 'prospects')).toBe(1);
    expect(backend.db.prepare('SELECT name FROM prospects').pluck().all()).toEqual([prospect.name]);
    const page = await call(backend, 'prospects:list', { query: 'Lanewise', limit: 1 });
    expect(page.total).toBe(0);
    backend.close();
  });

  it('failing mid-way, leaves the library and its lists as they were', async () => {
    const backend = open();
    await call(backend, 'prospects:create', { name: 'Dana Whitfield' });
    // The third slice's first row cannot be written (as a full disk or a damaged page would fail).
    backend.db.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON prospects
      WHEN NEW.name = 'New Person ${ROWS_PER_SLICE * 2}'
      BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    const id = await previewed(backend);
    const { jobId } = await call(backend, 'import:start-commit', {
      uploadId: id,
      duplicateStrategy: 'skip',
    });
    let sawImported = 0;
    await follow(
      backend,
      jobId,
      () => false,
      async () => {
        // Without reader threads a read shares the import's connection and sees its rows so far.
        const page = await call(backend, 'prospects:list', { limit: 1 });
        sawImported = Math.max(sawImported, page.total - 1);
      },
    );
    const settled = await backend.jobs.settled(jobId);
    expect(settled.status).toBe('failed');
    expect(settled.error).toMatch(/refused for the test/u);
    expect(sawImported).toBeGreaterThanOrEqual(ROWS_PER_SLICE);
    expect(countRows(backend, 'prospects')).toBe(1);
    // The list read mid-way is not served from a cache of the rows that were undone.
    expect((await call(backend, 'prospects:list', { limit: 1 })).total).toBe(1);
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
