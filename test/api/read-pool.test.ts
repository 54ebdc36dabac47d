import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReadPool } from '../../src/main/api/read-pool';
import { openBackend, type Backend } from '../../src/main/backend';
import { createProspect } from '../../src/main/prospects/repository';
import { channelNames, isReadChannel, type ChannelName } from '../../src/shared/api/contract';
import { call, callRaw } from '../helpers/api';
import { bundleScript } from '../helpers/bundle';
import { tempDir } from '../helpers/temp';

/** The reader script, bundled from the sources once for this file (as electron-vite builds it). */
let reader = '';
beforeAll(async () => {
  reader = await bundleScript(
    fileURLToPath(new URL('../../src/main/read-worker.ts', import.meta.url)),
  );
});
afterAll(() => rmSync(dirname(reader), { recursive: true, force: true }));

const opened: Backend[] = [];

/**
 * A backend whose read channels are served by reader threads, once they are up: `size` of them
 * from the start, unless `initial` says fewer start first.
 */
async function withReaders(
  size = 1,
  initial = size,
): Promise<Backend & { readers: NonNullable<Backend['readers']> }> {
  const backend = openBackend({
    dataDir: tempDir(),
    transport: 'browser',
    readers: { size, initial, entry: reader },
  });
  opened.push(backend);
  await backend.readers!.whenReady();
  expect(backend.readers!.stats().readers).toBe(initial);
  return backend as Backend & { readers: NonNullable<Backend['readers']> };
}

afterEach(async () => {
  for (const backend of opened.splice(0)) {
    const readers = backend.readers;
    backend.close();
    await readers?.close();
  }
});

const names = async (backend: Backend) =>
  (await call(backend, 'prospects:list', {})).items.map((p) => p.name).sort();

describe('reads served by reader threads', () => {
  it('answers a list while a write transaction is held open on the writing connection', async () => {
    const backend = await withReaders();
    await call(backend, 'prospects:create', { name: 'Ann Committed' });
    const servedBefore = backend.readers.stats().served;

    backend.db.exec('BEGIN IMMEDIATE');
    try {
      createProspect(backend.db, { name: 'Bob Uncommitted' });
      // On the writing connection this read would run inside the open transaction and see Bob.
      // A reader answers from the last commit, without waiting for the writer to finish.
      expect(await names(backend)).toEqual(['Ann Committed']);
      expect(backend.readers.stats().served).toBe(servedBefore + 1);
    } finally {
      backend.db.exec('COMMIT');
    }
    expect(await names(backend)).toEqual(['Ann Committed', 'Bob Uncommitted']);
  });

  it('shows a client its own write in the very next read', async () => {
    // Two readers: consecutive reads land on either, each with its own caches.
    const backend = await withReaders(2);
    for (let i = 1; i <= 6; i++) {
      const created = await call(backend, 'prospects:create', {
        name: `Rep ${i}`,
        tags: [`t${i}`],
      });
      // Every read below goes to whichever reader is free, each with its own caches.
      const list = await call(backend, 'prospects:list', {});
      expect(list.total).toBe(i);
      expect(list.items.map((p) => p.id)).toContain(created.id);
      expect((await call(backend, 'prospects:get', { id: created.id })).name).toBe(`Rep ${i}`);
      expect(JSON.stringify(await call(backend, 'prospects:facets'))).toContain(`"t${i}"`);
      const renamed = await call(backend, 'prospects:update', {
        id: created.id,
        patch: { name: `Rep ${i} renamed` },
      });
      expect((await call(backend, 'prospects:get', { id: renamed.id })).name).toBe(
        `Rep ${i} renamed`,
      );
    }
    expect(backend.readers.stats().served).toBeGreaterThanOrEqual(24);
  });

  it('reads the restored library after a restore, on new readers', async () => {
    const backend = await withReaders();
    await call(backend, 'prospects:create', { name: 'Ann Before' });
    const backup = await call(backend, 'backup:now');
    await call(backend, 'prospects:create', { name: 'Bob After' });
    expect(await names(backend)).toEqual(['Ann Before', 'Bob After']);
    const oldReaders = backend.readers;

    await call(backend, 'backup:restore', { name: backup.name });
    // The old readers let go of the file before it was replaced.
    expect(oldReaders.stats().threads).toBe(0);
    // Right away (new readers still starting, so the writing connection answers)…
    expect(await names(backend)).toEqual(['Ann Before']);
    // …and from the new readers once they are up.
    const newReaders = backend.readers!;
    expect(newReaders).not.toBe(oldReaders);
    await newReaders.whenReady();
    const served = newReaders.stats().served;
    expect(await names(backend)).toEqual(['Ann Before']);
    expect(newReaders.stats().served).toBe(served + 1);
  });

  it('ends every reader thread when the backend shuts down', async () => {
    const backend = await withReaders(2);
    await names(backend);
    const readers = backend.readers;
    expect(readers.stats().threads).toBe(2);
    backend.close();
    await readers.close();
    expect(readers.stats()).toMatchObject({ readers: 0, threads: 0 });
    opened.splice(opened.indexOf(backend), 1);
  });

  it('ends a reader that is still starting at once, without waiting for it to be up', async () => {
    // A reader script that never says it is ready and never reads its messages: asking it to
    // close would wait forever, so only ending the thread lets the pool close.
    const stuck = join(tempDir(), 'stuck-reader.mjs');
    writeFileSync(stuck, 'setInterval(() => {}, 60_000);\n');
    const pool = new ReadPool({
      file: join(tempDir(), 'none.sqlite'),
      size: 2,
      initial: 2,
      entry: stuck,
    });
    pool.open();
    expect(pool.stats()).toMatchObject({ readers: 0, threads: 2 });
    expect(pool.run('prospects:list', {})).toBe('unavailable');
    await pool.close();
    expect(pool.stats()).toMatchObject({ readers: 0, threads: 0 });
  });

  it('starts one reader, and a second only when reads wait for the first, never more than its size', async () => {
    // A reader that takes half a second over every read, so reads sent together must wait.
    const slow = join(tempDir(), 'slow-reader.mjs');
    writeFileSync(
      slow,
      [
        "import { parentPort } from 'node:worker_threads';",
        "parentPort.on('message', (m) => {",
        "  if (m.type === 'close') return parentPort.close();",
        '  const json = JSON.stringify({ ok: true, value: m.channel });',
        "  setTimeout(() => parentPort.postMessage({ type: 'done', id: m.id, outcome: { json, ok: true } }), 500);",
        '});',
        "parentPort.postMessage({ type: 'ready' });",
        '',
      ].join('\n'),
    );
    const pool = new ReadPool({ file: join(tempDir(), 'none.sqlite'), size: 2, entry: slow });
    pool.open();
    await pool.whenReady();
    expect(pool.stats()).toMatchObject({ readers: 1, threads: 1 });
    // One read at a time never waits: still one reader.
    for (let i = 0; i < 2; i++) await pool.run('prospects:list', {});
    expect(pool.stats()).toMatchObject({ readers: 1, threads: 1 });

    // Three at once: the two waiting start a second reader, and a third is never started.
    const answers = ['prospects:list', 'insights:list', 'plans:list'].map(
      (channel) => pool.run(channel as ChannelName, {}) as Promise<unknown>,
    );
    await expect.poll(() => pool.stats().readers).toBe(2);
    expect(await Promise.all(answers)).toEqual([
      { json: '{"ok":true,"value":"prospects:list"}', ok: true },
      { json: '{"ok":true,"value":"insights:list"}', ok: true },
      { json: '{"ok":true,"value":"plans:list"}', ok: true },
    ]);
    expect(pool.stats()).toMatchObject({ readers: 2, threads: 2, served: 5 });
    await pool.close();
    expect(pool.stats()).toMatchObject({ readers: 0, threads: 0 });
  });

  it('a host with readers starts one, and serves from it', async () => {
    const backend = await withReaders(2, 1);
    await call(backend, 'prospects:create', { name: 'Ann One' });
    expect(await names(backend)).toEqual(['Ann One']);
    expect(backend.readers.stats()).toMatchObject({ readers: 1, threads: 1 });
  });

  it('cannot write through a reader, whatever it is sent', async () => {
    const backend = await withReaders();
    // The router never sends a write to a reader; this sends one straight to the pool.
    const outcome = await backend.readers.run('prospects:create', {
      name: 'Never Saved',
      tags: [],
    });
    expect(outcome).toMatchObject({ internalError: { code: 'SQLITE_READONLY' } });
    expect(await names(backend)).toEqual([]);
  });

  it('serves every read channel from a reader, none of them writing', async () => {
    const backend = await withReaders();
    await call(backend, 'sample:load');
    // Ids 1 and 2 exist in the sample data; a read that finds nothing says not_found, also fine.
    const inputs: Partial<Record<ChannelName, unknown>> = {
      'settings:get': {},
      'prospects:get': { id: 1 },
      'prospects:list': {},
      'prospects:facets': {},
      'insights:get': { id: 1 },
      'insights:list': {},
      'insights:search': { query: 'freight' },
      'insights:facets': {},
      'insights:suggest': { prospectId: 1 },
      'briefings:get': { id: 1 },
      'briefings:list': {},
      'briefings:export-markdown': { id: 1 },
      'calls:get': { id: 1 },
      'calls:list': { prospectId: 1 },
      'meetings:get': { id: 1 },
      'meetings:upcoming': {},
      'meetings:for-prospect': { prospectId: 1 },
      'meetings:for-briefing': { briefingId: 1 },
      'meetings:invite': { id: 1 },
      'plans:get': { id: 1 },
      'plans:list': {},
      'review:list': {},
      'review:compare': { a: 1, b: 2 },
      'review:analytics': {},
      'search:global': { query: 'freight' },
      'today:get': { now: '2026-12-03T14:05:00Z', today: '2026-12-03' },
    };
    const reads = channelNames.filter(isReadChannel);
    // A channel newly declared a read needs an input here, so it is checked too.
    expect(reads.filter((channel) => !(channel in inputs))).toEqual([]);
    const served = backend.readers.stats().served;
    for (const channel of reads) {
      const result = await callRaw(backend, channel, inputs[channel]);
      expect(
        result.ok || result.error.code === 'not_found',
        `${channel}: ${JSON.stringify(result)}`,
      ).toBe(true);
    }
    expect(backend.readers.stats().served).toBe(served + reads.length);
  });

  it('the contract says which channels are reads', () => {
    expect(isReadChannel('prospects:list')).toBe(true);
    expect(isReadChannel('insights:search')).toBe(true);
    expect(isReadChannel('prospects:create')).toBe(false);
    // Answered from the main process's state (health, backups folder), not only the database.
    expect(isReadChannel('app:info')).toBe(false);
    expect(isReadChannel('backup:list')).toBe(false);
  });
});
