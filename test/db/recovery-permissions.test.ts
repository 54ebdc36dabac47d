import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../src/main/backend';
import type { ChannelResult } from '../../src/shared/api/contract';
import type { ApiResult } from '../../src/shared/api/result';
import { bundleScript } from '../helpers/bundle';
import { tempDir } from '../helpers/temp';

/**
 * Permission denied, for real: the library is made by root and opened by a child process running
 * as `nobody`, which the permissions then stop (root itself is never refused).
 */

const REPORTER = join(import.meta.dirname, 'status-reporter.ts');
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
const NOT_ROOT = 'SKIP: needs root to run the app as another user';
/** The reporter bundled once for the file: each start is then plain Node, not tsx. */
let reporterScript = '';
beforeAll(async () => {
  if (isRoot) reporterScript = await bundleScript(REPORTER);
});
afterAll(() => {
  if (reporterScript) rmSync(dirname(reporterScript), { recursive: true, force: true });
});

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A library with one prospect in a folder everyone may enter; returns the folder and file. */
function library(): { dataDir: string; file: string } {
  const parent = tempDir();
  chmodSync(parent, 0o755);
  const dataDir = join(parent, 'data');
  const backend = openBackend({ dataDir, transport: 'browser' });
  backend.db
    .prepare("INSERT INTO prospects (name, created_at, updated_at) VALUES ('Ann Kept', 'x', 'x')")
    .run();
  backend.close();
  return { dataDir, file: join(dataDir, 'oneup.sqlite') };
}

function statusAsNobody(dataDir: string): ChannelResult<'recovery:status'> {
  const out = execFileSync(process.execPath, [reporterScript, dataDir], {
    uid: NOBODY,
    gid: NOBODY,
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, HOME: '/tmp' },
  }).toString();
  const result = JSON.parse(out) as ApiResult<ChannelResult<'recovery:status'>>;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('permission denied at start-up', () => {
  it.skipIf(!isRoot)(
    `a library file the user may not read: names the file and the missing permission, only Try again (${isRoot ? 'as nobody' : NOT_ROOT})`,
    () => {
      const { dataDir, file } = library();
      chmodSync(dataDir, 0o777);
      chmodSync(file, 0o600);
      const before = hashOf(file);
      const status = statusAsNobody(dataDir);
      expect(status.problem?.kind).toBe('permission');
      expect(status.problem?.explanation).toContain(`no permission to read ${file}`);
      expect(status.problem?.explanation).not.toMatch(/damaged|not a database|saved over/i);
      expect(status.remedies).toEqual(['retry']);
      expect(hashOf(file)).toBe(before);
    },
  );

  it.skipIf(!isRoot)(
    `a folder the user may not write in: names the folder, only Try again (${isRoot ? 'as nobody' : NOT_ROOT})`,
    () => {
      const { dataDir, file } = library();
      chmodSync(file, 0o666);
      const before = hashOf(file);
      const status = statusAsNobody(dataDir);
      expect(status.problem?.kind).toBe('permission');
      expect(status.problem?.explanation).toContain(`no permission to write to ${dataDir}`);
      expect(status.remedies).toEqual(['retry']);
      expect(hashOf(file)).toBe(before);
    },
  );
});
