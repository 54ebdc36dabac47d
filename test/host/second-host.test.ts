import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/db/constants';
import type { ChannelName, ChannelResult } from '../../src/shared/api/contract';
import type { ApiResult } from '../../src/shared/api/result';
import type { CallArgs } from '../helpers/call-args';
import { bundleScript } from '../helpers/bundle';
import { tempDir } from '../helpers/temp';

// The real `npm run web` entry, run from source so this suite needs no build.
const CLI = join(import.meta.dirname, '..', '..', 'src', 'main', 'host', 'cli.ts');
/** The host bundled once for the file: each start is then plain Node, not tsx. */
let cliScript = '';
beforeAll(async () => {
  cliScript = await bundleScript(CLI);
});
afterAll(() => rmSync(dirname(cliScript), { recursive: true, force: true }));
const hosts: ChildProcess[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) {
    if (host.exitCode !== null || host.signalCode !== null) continue;
    const gone = new Promise((resolve) => host.once('exit', resolve));
    host.kill('SIGTERM');
    await gone;
  }
});

interface Started {
  child: ChildProcess;
  url: URL;
  token: string;
}
interface Refused {
  code: number | null;
  stderr: string;
}

function spawnHost(dataDir: string, rendererDir: string): ChildProcess {
  const child = spawn(
    process.execPath,
    [cliScript, '--data-dir', dataDir, '--port', '0', '--no-open'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ONEUP_RENDERER_DIR: rendererDir } },
  );
  hosts.push(child);
  return child;
}

/** Resolves with the host once it prints its address, or with how it ended if it never does. */
function startHost(dataDir: string, rendererDir: string): Promise<Started | Refused> {
  const child = spawnHost(dataDir, rendererDir);
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^OneUp is running at (http:\/\/127\.0\.0\.1:\d+\/)#token=([\w-]+)$/m.exec(
        stdout,
      );
      if (match) resolve({ child, url: new URL(match[1]!), token: match[2]! });
    });
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

async function started(promise: Promise<Started | Refused>): Promise<Started> {
  const host = await promise;
  if (!('url' in host)) throw new Error(`the host exited with ${host.code}: ${host.stderr}`);
  return host;
}

async function api<C extends ChannelName>(
  host: Started,
  ...[channel, input]: CallArgs<C>
): Promise<ApiResult<ChannelResult<C>>> {
  const response = await fetch(new URL(`api/${channel}`, host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  return (await response.json()) as ApiResult<ChannelResult<C>>;
}

/** What a second writer would change: the library file and its WAL, bytes and mtime. */
function fingerprint(dataDir: string): string[] {
  return [DATABASE_FILE, `${DATABASE_FILE}-wal`].map((name) => {
    const file = join(dataDir, name);
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    return `${name} ${hash} ${statSync(file).mtimeMs}`;
  });
}

function setUp() {
  const root = tempDir();
  const dataDir = join(root, 'library');
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>OneUp</title>');
  return { dataDir, rendererDir };
}

describe('a second browser host on the same library', () => {
  it('refuses with a one-line message naming the first host, and touches nothing', async () => {
    const { dataDir, rendererDir } = setUp();
    const first = await started(startHost(dataDir, rendererDir));
    const created = await api(first, 'prospects:create', { name: 'Dana Whitfield' });
    expect(created.ok).toBe(true);
    const before = fingerprint(dataDir);

    const second = await startHost(dataDir, rendererDir);

    expect('url' in second).toBe(false);
    const refused = second as Refused;
    expect(refused.code).toBe(3);
    expect(refused.stderr.trim()).toBe(
      `OneUp is already open on this library (pid ${first.child.pid}): ${dataDir}. ` +
        'Close it first, or use --data-dir for another library.',
    );
    expect(fingerprint(dataDir)).toEqual(before);
    // The first host is unaffected and still the one writer.
    expect((await api(first, 'prospects:create', { name: 'Sam Ortiz' })).ok).toBe(true);
  });

  it('starts once the first host is gone, even after a SIGKILL', async () => {
    const { dataDir, rendererDir } = setUp();
    const first = await started(startHost(dataDir, rendererDir));
    expect((await api(first, 'prospects:create', { name: 'Dana Whitfield' })).ok).toBe(true);
    const gone = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await gone;

    const second = await started(startHost(dataDir, rendererDir));
    const list = await api(second, 'prospects:list', {});
    expect(list.ok && list.value.items.map((p) => p.name)).toEqual(['Dana Whitfield']);
  });
});
