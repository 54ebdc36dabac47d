import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import type { ApiResult } from '../../src/shared/api/result';
import { tempDir } from '../helpers/temp';

const DISK_FULL = 'The disk is full: nothing was saved. Free some space and try again.';

const count = (backend: Backend, table: string) =>
  backend.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('a full disk (max_page_count reached)', () => {
  it('fails big writes whole with a clear message; the database stays intact and takes the write once there is room', async () => {
    const backend = openBackend({
      dataDir: tempDir(),
      transport: 'browser',
      onInternalError: () => {},
    });
    const handle = (channel: string, input: unknown) =>
      backend.router.handle(channel, input) as Promise<ApiResult<unknown>>;
    const errorOf = (result: ApiResult<unknown>) =>
      result.ok ? 'it worked' : result.error.message;
    // The test's stand-in for a full disk: the file may not grow by a single page.
    backend.db.pragma(`max_page_count = ${backend.db.pragma('page_count', { simple: true })}`);

    // Dozens of rows (and their search index) in one transaction: all or nothing.
    const sample = await handle('sample:load', {});
    expect(errorOf(sample)).toBe(DISK_FULL);
    expect(count(backend, 'prospects')).toBe(0);
    expect(count(backend, 'insights')).toBe(0);
    expect(count(backend, 'insights_fts')).toBe(0);

    // One row too big for the room left.
    const big = await handle('prospects:create', { name: 'Too Big', notes: 'x'.repeat(19_000) });
    expect(errorOf(big)).toBe(DISK_FULL);
    expect(count(backend, 'prospects')).toBe(0);
    expect(count(backend, 'prospects_fts')).toBe(0);
    expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // Space freed: the same writes succeed, whole.
    backend.db.pragma('max_page_count = 1000000');
    expect(errorOf(await handle('sample:load', {}))).toBe('it worked');
    expect(
      errorOf(await handle('prospects:create', { name: 'Fits Now', notes: 'x'.repeat(19_000) })),
    ).toBe('it worked');
    expect(count(backend, 'prospects_fts')).toBe(count(backend, 'prospects'));
    expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
    backend.close();
  });
});
