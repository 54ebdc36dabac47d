import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { newToken } from '../../src/main/host/security';
import { createHostServer } from '../../src/main/host/server';
import type { ChannelName, ChannelResult } from '../../src/shared/api/contract';
import type { ApiResult } from '../../src/shared/api/result';
import { NO_MOUNT, canMount, fillDisk, tinyDisk, unmountAll } from '../helpers/mounts';
import type { CallArgs } from '../helpers/call-args';
import { tempDir } from '../helpers/temp';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  unmountAll();
});

/** Starts the host the way `npm run web` does: recovery on, over a real loopback socket. */
async function startHost(dataDir: string) {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>OneUp</title>');
  const backend: Backend = openBackend({
    dataDir,
    transport: 'browser',
    recoverFromBadFile: true,
    onInternalError: () => {},
  });
  const token = newToken();
  let port = 0;
  const server = createHostServer({ router: backend.router, rendererDir, token, port: () => port });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    backend.close();
  });
  const api = async <C extends ChannelName>(...[channel, input = {}]: CallArgs<C>) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    return {
      status: response.status,
      result: (await response.json()) as ApiResult<ChannelResult<C>>,
    };
  };
  const page = () => fetch(`http://127.0.0.1:${port}/`);
  return { backend, api, page };
}

function value<T>(reply: { result: ApiResult<T> }): T {
  if (!reply.result.ok) throw new Error(reply.result.error.message);
  return reply.result.value;
}

describe('the browser host with a bad database file', () => {
  it('starts in recovery mode, explains, moves the file aside when asked, then serves the normal API', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'oneup.sqlite');
    writeFileSync(file, 'This is a shopping list, saved over the library by mistake.\n');
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');

    const host = await startHost(dataDir);
    expect((await host.page()).status).toBe(200);

    const info = value(await host.api('app:info'));
    expect(info.mode).toBe('recovery');
    const status = value(await host.api('recovery:status'));
    expect(status.problem?.title).toMatch(/not a database/);
    expect(status.file.path).toBe(file);
    expect(status.latestGoodBackup).toBeNull();
    // Theme and shell still work; the rest is refused with a plain conflict, not a crash.
    expect((await host.api('settings:get')).status).toBe(200);
    const refused = await host.api('prospects:list', {});
    expect(refused.status).toBe(409);
    expect(refused.result.ok ? '' : refused.result.error.message).toMatch(
      /could not open your library/,
    );

    const moved = value(await host.api('recovery:move-aside'));
    expect(createHash('sha256').update(readFileSync(moved.movedTo)).digest('hex')).toBe(before);

    expect(value(await host.api('app:info')).mode).toBe('normal');
    const created = value(await host.api('prospects:create', { name: 'Ann New' }));
    expect(created.id).toBeGreaterThan(0);
    const list = value(await host.api('prospects:list', {}));
    expect(list.items.map((p) => p.name)).toEqual(['Ann New']);
  });

  it('a healthy library starts in normal mode, and recovery refuses to move it', async () => {
    const host = await startHost(tempDir());
    expect(value(await host.api('recovery:status')).problem).toBeNull();
    const refused = await host.api('recovery:move-aside');
    expect(refused.status).toBe(409);
    expect(host.backend.mode).toBe('normal');
  });

  it.skipIf(!canMount)(
    `issue #10's repro: a full disk, POST recovery:move-aside, free the space, restart: every prospect is still there (${canMount ? 'tmpfs' : NO_MOUNT})`,
    async () => {
      const disk = tinyDisk(3072);
      const dataDir = join(disk, 'data');
      const seed = openBackend({ dataDir, transport: 'browser' });
      const insert = seed.db.prepare(
        "INSERT INTO prospects (name, notes, created_at, updated_at) VALUES (@name, 'n', 'x', 'x')",
      );
      seed.db.transaction(() => {
        for (let i = 0; i < 300; i++) insert.run({ name: `Prospect ${i}` });
      })();
      seed.close();
      const file = join(dataDir, 'oneup.sqlite');
      const before = createHash('sha256').update(readFileSync(file)).digest('hex');
      const filler = fillDisk(disk);

      const full = await startHost(dataDir);
      const status = value(await full.api('recovery:status'));
      expect(status.problem?.title).toBe('The disk is full');
      const moved = await full.api('recovery:move-aside');
      expect(moved.status).toBe(409);
      expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
      for (const cleanup of cleanups.splice(0)) await cleanup();

      rmSync(filler);
      const restarted = await startHost(dataDir);
      expect(value(await restarted.api('app:info')).mode).toBe('normal');
      const list = value(await restarted.api('prospects:list', { limit: 500 }));
      expect(list.items).toHaveLength(300);
    },
  );
});
