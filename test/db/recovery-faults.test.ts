import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type BackendOptions } from '../../src/main/backend';
import { DATABASE_FILE } from '../../src/main/db/constants';
import {
  NO_MOUNT,
  bindReadOnly,
  canMount,
  fillDisk,
  freeBytes,
  remount,
  tinyDisk,
  unmountAll,
} from '../helpers/mounts';
import { call } from '../helpers/api';

afterEach(unmountAll);

/**
 * Start-up faults made for real (a full tmpfs, a read-only mount): the screen names the real
 * cause, offers only what can help, and the rep's library survives byte for byte.
 */

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function open(dataDir: string, extra: Partial<BackendOptions> = {}): Backend {
  return openBackend({
    dataDir,
    transport: 'browser',
    recoverFromBadFile: true,
    onInternalError: (c, e) => process.env.DEBUG_RECOVERY && console.log(c, e),
    ...extra,
  });
}

async function refusal(backend: Backend, channel: string, input?: unknown): Promise<string> {
  const result = await backend.router.handle(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to be refused, but it worked`);
  return result.error.message;
}

/** A OneUp library with `rows` prospects (about 0.7 kB each), closed cleanly. */
function library(dataDir: string, rows: number): string {
  const backend = open(dataDir);
  const insert = backend.db.prepare(
    "INSERT INTO prospects (name, notes, created_at, updated_at) VALUES (@name, @notes, 'x', 'x')",
  );
  backend.db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run({ name: `Prospect ${i}`, notes: 'n'.repeat(400) });
  })();
  backend.close();
  return join(dataDir, DATABASE_FILE);
}

/** Another program's SQLite file with `rows` rows: a file the recovery screen may move aside. */
function foreignFile(dataDir: string, rows: number): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const raw = new Database(file);
  raw.exec('CREATE TABLE ledger (id INTEGER PRIMARY KEY, memo TEXT)');
  const insert = raw.prepare('INSERT INTO ledger (memo) VALUES (?)');
  raw.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run('m'.repeat(400));
  })();
  raw.close();
  return file;
}

const ledgerRows = (file: string) => {
  const raw = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return raw.prepare('SELECT count(*) FROM ledger').pluck().get();
  } finally {
    raw.close();
  }
};

/** What is in damaged/ (nothing when the folder was never made). */
const damagedFiles = (dataDir: string) =>
  existsSync(join(dataDir, 'damaged')) ? readdirSync(join(dataDir, 'damaged')) : [];

const prospectCount = (backend: Backend) =>
  backend.db.prepare('SELECT count(*) FROM prospects').pluck().get();

describe('a full disk at start-up', () => {
  it.skipIf(!canMount)(
    `a healthy library: "the disk is full", only Try again, every byte kept, and it opens once space is freed (${canMount ? 'tmpfs' : NO_MOUNT})`,
    async () => {
      const disk = tinyDisk(3072);
      const dataDir = join(disk, 'data');
      const file = library(dataDir, 1500);
      const before = hashOf(file);
      const filler = fillDisk(disk);

      const backend = open(dataDir);
      expect(backend.mode).toBe('recovery');
      const status = await call(backend, 'recovery:status');
      expect(status.problem?.kind).toBe('disk_full');
      expect(status.problem?.title).toMatch(/disk .*is full/i);
      expect(status.problem?.explanation).toContain(dataDir);
      expect(status.problem?.explanation).toMatch(/free/);
      expect(status.problem?.explanation).not.toMatch(/not a database|saved over/i);
      expect(status.remedies).toEqual(['retry']);
      expect(status.canMoveAside).toBe(false);

      // The repro: "move aside" on a healthy file. It is refused and nothing moves.
      expect(await refusal(backend, 'recovery:move-aside')).toMatch(/disk is full/i);
      expect(existsSync(join(dataDir, 'damaged'))).toBe(false);
      expect(hashOf(file)).toBe(before);
      expect((await call(backend, 'recovery:retry')).problem?.kind).toBe('disk_full');
      expect(hashOf(file)).toBe(before);

      rmSync(filler);
      const retried = await call(backend, 'recovery:retry');
      expect(retried.mode).toBe('normal');
      expect(prospectCount(backend)).toBe(1500);
      backend.close();
    },
  );

  it.skipIf(!canMount)(
    `first run on a full disk: "the disk is full", and no empty library file is left behind (${canMount ? 'tmpfs' : NO_MOUNT})`,
    async () => {
      const disk = tinyDisk(1024);
      const dataDir = join(disk, 'data');
      mkdirSync(dataDir);
      const filler = fillDisk(disk);

      const backend = open(dataDir);
      const status = await call(backend, 'recovery:status');
      expect(status.problem?.kind).toBe('disk_full');
      expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(false);

      rmSync(filler);
      const retried = await call(backend, 'recovery:retry');
      expect(retried.mode).toBe('normal');
      await call(backend, 'prospects:create', { name: 'First Prospect' });
      backend.close();
    },
  );
});

describe('a read-only disk at start-up', () => {
  it.skipIf(!canMount)(
    `a healthy library: "read-only", names the folder, only Try again, every byte kept (${canMount ? 'tmpfs remounted ro' : NO_MOUNT})`,
    async () => {
      const disk = tinyDisk(4096);
      const dataDir = join(disk, 'data');
      const file = library(dataDir, 200);
      const before = hashOf(file);
      remount(disk, 'ro');

      const backend = open(dataDir);
      expect(backend.mode).toBe('recovery');
      const status = await call(backend, 'recovery:status');
      expect(status.problem?.kind).toBe('read_only');
      expect(status.problem?.title).toMatch(/read-only/i);
      expect(status.problem?.explanation).toContain(dataDir);
      expect(status.problem?.explanation).not.toMatch(/damaged|not a database|saved over/i);
      expect(status.remedies).toEqual(['retry']);
      expect(await refusal(backend, 'recovery:move-aside')).toMatch(/read-only/i);
      expect(hashOf(file)).toBe(before);

      remount(disk, 'rw');
      expect(hashOf(file)).toBe(before);
      const retried = await call(backend, 'recovery:retry');
      expect(retried.mode).toBe('normal');
      expect(prospectCount(backend)).toBe(200);
      backend.close();
    },
  );

  it.skipIf(!canMount)(
    `no library yet on a read-only disk: "read-only", not a crash (${canMount ? 'tmpfs remounted ro' : NO_MOUNT})`,
    async () => {
      const disk = tinyDisk(1024);
      const dataDir = join(disk, 'data');
      mkdirSync(dataDir);
      remount(disk, 'ro');
      const backend = open(dataDir);
      const status = await call(backend, 'recovery:status');
      expect(status.problem?.kind).toBe('read_only');
      expect(status.remedies).toEqual(['retry']);
      backend.close();
    },
  );
});

describe('moving a bad file aside is all-or-nothing', () => {
  it.skipIf(!canMount)(
    `not enough room to copy it: refused up front, nothing moved (${canMount ? 'tmpfs' : NO_MOUNT})`,
    async () => {
      const disk = tinyDisk(3072);
      const dataDir = join(disk, 'data');
      const file = foreignFile(dataDir, 2000);
      const before = hashOf(file);
      fillDisk(disk, 200 * 1024);

      const backend = open(dataDir);
      const status = await call(backend, 'recovery:status');
      expect(status.problem?.kind).toBe('foreign');
      expect(status.remedies).toContain('start_new');
      const message = await refusal(backend, 'recovery:move-aside');
      expect(message).toMatch(/not enough free space/i);
      expect(message).toMatch(/nothing was moved/i);
      expect(readdirSync(dataDir).filter((name) => name !== 'damaged')).toEqual([DATABASE_FILE]);
      expect(damagedFiles(dataDir)).toEqual([]);
      expect(hashOf(file)).toBe(before);
      expect(ledgerRows(file)).toBe(2000);
      backend.close();
    },
  );

  it.skipIf(!canMount)(
    `the copy fits but the new library does not: the original is back in place, temp files gone, and it works once space is freed (${canMount ? 'tmpfs' : NO_MOUNT})`,
    async () => {
      const disk = tinyDisk(3072);
      const dataDir = join(disk, 'data');
      const file = foreignFile(dataDir, 2000);
      const before = hashOf(file);
      // Room for the copy into damaged/ and a few pages more, not for a new library (~250 kB).
      const filler = fillDisk(disk, statSync(file).size + 64 * 1024);
      expect(freeBytes(disk)).toBeGreaterThan(statSync(file).size);

      // The free-space estimate would refuse at once; switch it off to meet the disk for real.
      const backend = open(dataDir, { roomForNewLibrary: 0 });
      const message = await refusal(backend, 'recovery:move-aside');
      expect(message).toMatch(/disk is full/i);
      expect(message).toMatch(/back in place/i);
      expect(message).toContain(file);
      expect(readdirSync(dataDir).filter((name) => name !== 'damaged')).toEqual([DATABASE_FILE]);
      expect(damagedFiles(dataDir)).toEqual([]);
      expect(hashOf(file)).toBe(before);
      const status = await call(backend, 'recovery:status');
      expect(status.problem?.kind).toBe('foreign');

      rmSync(filler);
      expect(ledgerRows(file)).toBe(2000);
      const moved = await call(backend, 'recovery:move-aside');
      expect(hashOf(moved.movedTo)).toBe(before);
      expect(backend.mode).toBe('normal');
      expect(prospectCount(backend)).toBe(0);
      backend.close();
    },
  );

  it.skipIf(!canMount)(
    `the damaged/ folder cannot be written: the new library is built, then everything is undone (${canMount ? 'read-only bind mount' : NO_MOUNT})`,
    async () => {
      const disk = tinyDisk(4096);
      const dataDir = join(disk, 'data');
      const file = foreignFile(dataDir, 200);
      const before = hashOf(file);
      bindReadOnly(join(dataDir, 'damaged'));

      const backend = open(dataDir);
      const message = await refusal(backend, 'recovery:move-aside');
      expect(message).toMatch(/read-only/i);
      expect(message).toMatch(/back in place, unchanged/i);
      expect(readdirSync(dataDir).sort()).toEqual(['damaged', DATABASE_FILE]);
      expect(hashOf(file)).toBe(before);
      expect((await call(backend, 'recovery:status')).problem?.kind).toBe('foreign');
      expect(ledgerRows(file)).toBe(200);
      backend.close();
    },
  );
});
