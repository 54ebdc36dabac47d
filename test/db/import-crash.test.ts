import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../src/main/backend';
import { ROWS_PER_SLICE } from '../../src/main/data/commit-job';
import { closeDatabase, openDatabase } from '../../src/main/db/open';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

const IMPORTER = join(import.meta.dirname, 'import-crash-writer.ts');

describe('an import killed with SIGKILL mid-commit', () => {
  it('leaves the library as it was before the import, and the file intact', async () => {
    const dataDir = tempDir();
    const before = openBackend({ dataDir, transport: 'browser' });
    await call(before, 'prospects:create', { name: 'Dana Whitfield' });
    before.close();

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', IMPORTER, dataDir, String(ROWS_PER_SLICE * 4)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    let written = 0;
    for await (const line of createInterface({ input: child.stdout })) {
      const midway = /^midway (\d+)$/u.exec(line);
      if (midway) {
        written = Number(midway[1]);
        child.kill('SIGKILL');
        break;
      }
    }
    expect(await exited, stderr).toBe('SIGKILL');
    // Killed with at least one slice of the import written to the open transaction.
    expect(written).toBeGreaterThanOrEqual(ROWS_PER_SLICE);

    // Opened the way the app opens it after a crash.
    const db = openDatabase(dataDir);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT name FROM prospects').pluck().all()).toEqual(['Dana Whitfield']);
      expect(
        db
          .prepare(`SELECT count(*) FROM prospects_fts WHERE prospects_fts MATCH 'lanewise'`)
          .pluck()
          .get(),
      ).toBe(0);
    } finally {
      closeDatabase(db);
    }
  }, 60_000);
});
