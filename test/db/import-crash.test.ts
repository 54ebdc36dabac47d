import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../src/main/backend';
import { ROWS_PER_SLICE } from '../../src/main/data/commit-task';
import { closeDatabase, openDatabase } from '../../src/main/db/open';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

const IMPORTER = join(import.meta.dirname, 'import-crash-writer.ts');

/** Runs the importer until it prints `<when> <done>`, kills it there, and answers `done`. */
async function killImport(dataDir: string, rows: number, when: 'midway' | 'committed') {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', IMPORTER, dataDir, String(rows), when],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  let written = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    const reached = new RegExp(`^${when} (\\d+)$`, 'u').exec(line);
    if (reached) {
      written = Number(reached[1]);
      child.kill('SIGKILL');
      break;
    }
  }
  expect(await exited, stderr).toBe('SIGKILL');
  return written;
}

async function libraryWithOneProspect(): Promise<string> {
  const dataDir = tempDir();
  const before = openBackend({ dataDir, transport: 'browser' });
  await call(before, 'prospects:create', { name: 'Dana Whitfield' });
  before.close();
  return dataDir;
}

const lanewiseMatches = (db: ReturnType<typeof openDatabase>) =>
  db
    .prepare(`SELECT count(*) FROM prospects_fts WHERE prospects_fts MATCH 'lanewise'`)
    .pluck()
    .get();

describe('an import killed with SIGKILL', () => {
  it('mid-commit leaves the library as it was before the import, and the file intact', async () => {
    const dataDir = await libraryWithOneProspect();
    const written = await killImport(dataDir, ROWS_PER_SLICE * 4, 'midway');
    // Killed with at least one slice of the import written to the open transaction.
    expect(written).toBeGreaterThanOrEqual(ROWS_PER_SLICE);

    // Opened the way the app opens it after a crash.
    const db = openDatabase(dataDir);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT name FROM prospects').pluck().all()).toEqual(['Dana Whitfield']);
      expect(lanewiseMatches(db)).toBe(0);
    } finally {
      closeDatabase(db);
    }
  }, 60_000);

  it('after its COMMIT, while the WAL is checkpointed, keeps every row and the file intact', async () => {
    const dataDir = await libraryWithOneProspect();
    const rows = ROWS_PER_SLICE * 4;
    const written = await killImport(dataDir, rows, 'committed');
    expect(written).toBe(rows);

    const db = openDatabase(dataDir);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT count(*) FROM prospects').pluck().get()).toBe(rows + 1);
      expect(lanewiseMatches(db)).toBe(rows);
    } finally {
      closeDatabase(db);
    }
  }, 60_000);
});
