import { createHash } from 'node:crypto';
import {
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { DATABASE_FILE } from '../../src/main/db/constants';
import { migrations } from '../../src/main/db/migrate';
import { call, callRaw } from '../helpers/api';
import { tempDir } from '../helpers/temp';

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function open(dataDir: string): Backend {
  return openBackend({
    dataDir,
    transport: 'browser',
    recoverFromBadFile: true,
    onInternalError: (c, e) => process.env.DEBUG_RECOVERY && console.log(c, e),
  });
}

/** A real library with rows, closed cleanly; returns its data dir. */
function realLibrary(rows = 2000): string {
  const dataDir = tempDir();
  const backend = open(dataDir);
  const insert = backend.db.prepare(
    "INSERT INTO prospects (name, notes, created_at, updated_at) VALUES (@name, @notes, 'x', 'x')",
  );
  backend.db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run({ name: `Prospect ${i}`, notes: 'n'.repeat(400) });
  })();
  backend.close();
  return dataDir;
}

const fileOf = (dataDir: string) => join(dataDir, DATABASE_FILE);

interface Case {
  name: string;
  make: () => string;
  kind: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'random bytes',
    make: () => {
      const dir = tempDir();
      const bytes = Buffer.alloc(50_000);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
      writeFileSync(fileOf(dir), bytes);
      return dir;
    },
    kind: 'not_a_database',
    message: /something other than a OneUp library/i,
  },
  {
    name: 'a few junk bytes (not the same as an empty file)',
    make: () => {
      const dir = tempDir();
      writeFileSync(fileOf(dir), 'oops');
      return dir;
    },
    kind: 'not_a_database',
    message: /something other than a OneUp library/i,
  },
  {
    name: 'a truncated real database',
    make: () => {
      const dir = realLibrary();
      truncateSync(fileOf(dir), Math.floor(readFileSync(fileOf(dir)).length / 3));
      return dir;
    },
    kind: 'corrupt',
    message: /damaged/i,
  },
  {
    name: "another program's database",
    make: () => {
      const dir = tempDir();
      const raw = new Database(fileOf(dir));
      raw.exec('CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER)');
      raw.close();
      return dir;
    },
    kind: 'foreign',
    message: /another program|not one OneUp made/i,
  },
];

describe('opening a bad database file', () => {
  for (const c of cases) {
    it(`${c.name}: recovery mode names the problem and leaves the bytes alone until move-aside`, async () => {
      const dataDir = c.make();
      const file = fileOf(dataDir);
      const before = hashOf(file);
      const size = readFileSync(file).length;

      const backend = open(dataDir);
      expect(backend.mode).toBe('recovery');
      const status = await call(backend, 'recovery:status');
      expect(status.mode).toBe('recovery');
      expect(status.problem?.kind).toBe(c.kind);
      expect(status.problem?.explanation).toMatch(c.message);
      expect(status.problem?.explanation).toContain(file);
      expect(status.file).toMatchObject({ path: file, bytes: size });
      expect(status.canMoveAside).toBe(true);
      expect(status.remedies).toEqual(['restore_backup', 'start_new']);
      const info = await call(backend, 'app:info');
      expect(info.mode).toBe('recovery');
      // Everything else is refused plainly, and nothing is written.
      const refused = await callRaw(backend, 'prospects:create', { name: 'X' });
      expect(refused.ok).toBe(false);
      expect(hashOf(file)).toBe(before);

      const moved = await call(backend, 'recovery:move-aside');
      expect(moved.restored).toBeNull();
      expect(moved.movedTo.startsWith(join(dataDir, 'damaged'))).toBe(true);
      expect(hashOf(moved.movedTo)).toBe(before);
      expect(backend.mode).toBe('normal');
      expect((await call(backend, 'app:info')).mode).toBe('normal');
      await call(backend, 'prospects:create', { name: 'Fresh Start' });
      backend.close();
    });
  }

  it('an empty (0-byte) file is reported and kept, and replaced only when the rep agrees', async () => {
    const dataDir = tempDir();
    const file = fileOf(dataDir);
    writeFileSync(file, '');
    const backend = open(dataDir);
    expect(backend.mode).toBe('recovery');
    const status = await call(backend, 'recovery:status');
    expect(status.problem?.kind).toBe('empty');
    expect(status.problem?.explanation).toContain(`The library file ${file} is empty (0 bytes)`);
    expect(status.remedies).toEqual(['restore_backup', 'start_new']);
    expect(status.file.bytes).toBe(0);
    // Nothing was written to it, not even a header.
    expect(statSync(file).size).toBe(0);
    expect(existsSync(join(dataDir, 'damaged'))).toBe(false);

    const moved = await call(backend, 'recovery:move-aside');
    expect(moved.movedTo.startsWith(join(dataDir, 'damaged'))).toBe(true);
    expect(statSync(moved.movedTo).size).toBe(0);
    expect(backend.mode).toBe('normal');
    await call(backend, 'prospects:create', { name: 'Fresh Start' });
    backend.close();
  });

  it('no file at all (the first run) is a new library, not a problem', async () => {
    const dataDir = tempDir();
    const backend = open(dataDir);
    expect(backend.mode).toBe('normal');
    expect((await call(backend, 'recovery:status')).problem).toBeNull();
    expect(existsSync(join(dataDir, 'damaged'))).toBe(false);
    backend.close();
  });

  it('a database from a newer OneUp: named, nothing offered that would move it, every byte kept', async () => {
    const dataDir = realLibrary(10);
    const raw = new Database(fileOf(dataDir));
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${migrations.length + 3}`);
    raw.close();
    const before = hashOf(fileOf(dataDir));

    const backend = open(dataDir);
    const status = await call(backend, 'recovery:status');
    expect(status.problem?.kind).toBe('newer');
    expect(status.problem?.explanation).toMatch(/newer version of OneUp/);
    expect(status.remedies).toEqual([]);
    expect(status.canMoveAside).toBe(false);
    const refused = await callRaw(backend, 'recovery:move-aside', {});
    expect(refused.ok ? '' : refused.error.message).toMatch(/Nothing was moved/);
    expect(existsSync(join(dataDir, 'damaged'))).toBe(false);
    expect(hashOf(fileOf(dataDir))).toBe(before);
    backend.close();
  });

  it('a page zeroed in the middle: opens, and the background quick_check reports the damage', async () => {
    const dataDir = realLibrary();
    const file = fileOf(dataDir);
    const bytes = readFileSync(file);
    const pages = bytes.length / 4096;
    bytes.fill(0, 4096 * Math.floor(pages / 2), 4096 * (Math.floor(pages / 2) + 1));
    writeFileSync(file, bytes);
    const before = hashOf(file);

    const backend = open(dataDir);
    expect(backend.mode).toBe('normal');
    expect((await call(backend, 'app:info')).health.status).toBe('unchecked');
    backend.maintenance.checkHealth(backend.db);
    const info = await call(backend, 'app:info');
    expect(info.health.status).toBe('damaged');
    const status = await call(backend, 'recovery:status');
    expect(status.problem?.kind).toBe('corrupt');
    expect(status.problem?.title).toMatch(/damaged/);
    expect(hashOf(file)).toBe(before);
    backend.close();
  });

  it('a file locked by another connection: "locked", no move offered, and retry opens it once free', async () => {
    const dataDir = realLibrary(10);
    const file = fileOf(dataDir);
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    const backend = open(dataDir);
    const status = await call(backend, 'recovery:status');
    expect(status.problem?.kind).toBe('locked');
    expect(status.problem?.explanation).toMatch(/another program/i);
    expect(status.canMoveAside).toBe(false);
    const refused = await callRaw(backend, 'recovery:move-aside', {});
    expect(refused.ok).toBe(false);
    expect(existsSync(join(dataDir, 'damaged'))).toBe(false);

    holder.exec('COMMIT');
    holder.close();
    const retried = await call(backend, 'recovery:retry');
    expect(retried.problem).toBeNull();
    expect(retried.mode).toBe('normal');
    expect(backend.db.prepare('SELECT count(*) FROM prospects').pluck().get()).toBe(10);
    backend.close();
  });

  it('restore-backup moves the bad file aside and puts the chosen backup in its place', async () => {
    const dataDir = tempDir();
    const good = open(dataDir);
    await call(good, 'prospects:create', { name: 'Ann Kept' });
    const backup = await call(good, 'backup:now');
    good.close();
    for (const suffix of ['-wal', '-shm']) expect(existsSync(fileOf(dataDir) + suffix)).toBe(false);
    writeFileSync(fileOf(dataDir), 'garbage that replaced the library');
    const before = hashOf(fileOf(dataDir));

    const backend = open(dataDir);
    const status = await call(backend, 'recovery:status');
    expect(status.latestGoodBackup?.name).toBe(backup.name);
    const result = await call(backend, 'recovery:restore-backup', {
      name: backup.name,
    });
    expect(result.restored?.name).toBe(backup.name);
    expect(hashOf(result.movedTo)).toBe(before);
    expect(readdirSync(join(dataDir, 'damaged'))).toHaveLength(1);
    expect(backend.db.prepare('SELECT name FROM prospects').pluck().all()).toEqual(['Ann Kept']);
    // The backup itself is still there, untouched.
    expect(existsSync(join(dataDir, 'backups', backup.name))).toBe(true);
    backend.close();
  });

  it('without recovery the hosts would see the same error as before', () => {
    const dataDir = tempDir();
    writeFileSync(fileOf(dataDir), 'oops');
    expect(() => openBackend({ dataDir, transport: 'browser' })).toThrow(/not a readable SQLite/);
  });
});
