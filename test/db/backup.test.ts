import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { checkCopy } from '../../src/main/backup/copies';
import { LiveDatabase } from '../../src/main/db/live-database';
import { timestampedName } from '../../src/main/backup/names';
import { BackupService } from '../../src/main/backup/service';
import { APPLICATION_ID } from '../../src/main/db/constants';
import { migrations } from '../../src/main/db/migrate';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

function open(dataDir = tempDir()): Backend {
  return openBackend({ dataDir, transport: 'browser', onInternalError: () => {} });
}

async function failure(backend: Backend, channel: string, input?: unknown) {
  const result = await backend.router.handle(channel, input);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

const addProspect = (backend: Backend, name: string) =>
  call(backend, 'prospects:create', { name, company: 'Acme' });

const prospectNames = (backend: Backend) =>
  backend.db.prepare('SELECT name FROM prospects ORDER BY name').pluck().all() as string[];

/** Overwrites one page in the middle of a closed database file with zeros. */
function zeroPage(file: string, page: number): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) || 65536;
  bytes.fill(0, pageSize * (page - 1), pageSize * page);
  writeFileSync(file, bytes);
}

describe('backups', () => {
  it('copies the live database while writes go on in the same process, and the copy is consistent', async () => {
    const ROWS = 3_000;
    const backend = open();
    const insert = backend.db.prepare(
      "INSERT INTO prospects (name, notes, created_at, updated_at) VALUES (@name, @notes, 'x', 'x')",
    );
    // About 2,400 pages: the copy takes several steps, with writes landing between them. Few
    // rows with long notes make those pages cheaply (20,000 short rows took 27 s on a busy CI box).
    backend.db.transaction(() => {
      for (let i = 0; i < ROWS; i++) insert.run({ name: `Rep ${i}`, notes: 'n'.repeat(3_000) });
    })();
    expect(backend.db.pragma('page_count', { simple: true })).toBeGreaterThan(2048);
    let writing = true;
    let written = 0;
    const writer = () => {
      if (!writing) return;
      insert.run({ name: `During ${written++}`, notes: 'w'.repeat(300) });
      setImmediate(writer);
    };
    setImmediate(writer);
    const entry = await call(backend, 'backup:now');
    writing = false;
    expect(written).toBeGreaterThan(0);

    const file = join(backend.dataDir, 'backups', entry.name);
    const copy = new Database(file, { readonly: true });
    const rows = copy.prepare('SELECT count(*) FROM prospects').pluck().get() as number;
    expect(rows).toBeGreaterThanOrEqual(ROWS);
    expect(rows).toBeLessThanOrEqual(ROWS + written);
    // FTS stays in step with its table: the copy is one consistent moment, not a torn mix.
    expect(copy.prepare('SELECT count(*) FROM prospects_fts').pluck().get()).toBe(rows);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    backend.close();
  });

  it('writes each backup as one checked file: ours, current schema, no -wal beside it', async () => {
    const backend = open();
    await addProspect(backend, 'Ann Example');
    const entry = await call(backend, 'backup:now');
    const folder = join(backend.dataDir, 'backups');
    expect(readdirSync(folder)).toEqual([entry.name]);
    expect(entry.bytes).toBeGreaterThan(0);
    const copy = new Database(join(folder, entry.name), { readonly: true });
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT name FROM prospects').pluck().all()).toEqual(['Ann Example']);
    copy.close();

    const list = await call(backend, 'backup:list');
    expect(list.backups.map((b) => b.name)).toEqual([entry.name]);
    expect(list.problem).toBeNull();
    backend.close();
  });

  it('deletes and reports a backup that fails its integrity check', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    const insert = first.db.prepare(
      "INSERT INTO prospects (name, notes, created_at, updated_at) VALUES (@name, @notes, 'x', 'x')",
    );
    first.db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run({ name: `P ${i}`, notes: 'n'.repeat(500) });
    })();
    const pages = first.db.pragma('page_count', { simple: true }) as number;
    first.close();
    zeroPage(join(dataDir, 'oneup.sqlite'), Math.floor(pages / 2));

    const damaged = open(dataDir);
    const error = await failure(damaged, 'backup:now');
    expect(error.message).toMatch(/failed its check .*was deleted/);
    const list = await call(damaged, 'backup:list');
    expect(list.backups).toEqual([]);
    expect(list.problem).toMatch(/failed its check/);
    expect(readdirSync(join(dataDir, 'backups'))).toEqual([]);
    damaged.close();
  });

  it('applies retention after each backup: today keeps the newest three', async () => {
    let clock = new Date('2026-11-26T08:00:00.000Z');
    const live = new LiveDatabase(tempDir());
    live.open();
    const backups = new BackupService(live, { now: () => clock });
    const taken: string[] = [];
    for (let i = 0; i < 5; i++) {
      taken.push((await backups.backUpNow()).name);
      clock = new Date(clock.getTime() + 60 * 60 * 1000);
    }
    expect(backups.backups().map((b) => b.name)).toEqual(taken.slice(2).reverse());
    live.close();
  });

  it('restores a backup, sets the current database aside, and undo puts it back', async () => {
    const backend = open();
    await addProspect(backend, 'Ann Before');
    const backup = await call(backend, 'backup:now');
    await addProspect(backend, 'Bob After');
    await call(backend, 'settings:update', { repName: 'Rita Rep' });

    const restored = await call(backend, 'backup:restore', { name: backup.name });
    expect(restored.restored.name).toBe(backup.name);
    expect(prospectNames(backend)).toEqual(['Ann Before']);
    // The API itself now runs on the restored file.
    const list = await call(backend, 'prospects:list', {});
    expect(list.items.map((p) => p.name)).toEqual(['Ann Before']);

    const afterRestore = await call(backend, 'backup:list');
    expect(afterRestore.setAside.map((s) => s.name)).toEqual([restored.setAside.name]);
    const setAsideFile = join(backend.dataDir, 'set-aside', restored.setAside.name);
    expect(checkCopy(setAsideFile, 'full')).toBeNull();

    await call(backend, 'backup:undo-restore', {});
    expect(prospectNames(backend)).toEqual(['Ann Before', 'Bob After']);
    expect((await call(backend, 'settings:get')).repName).toBe('Rita Rep');
    // Undo set the restored state aside too, so it can be undone in turn.
    expect((await call(backend, 'backup:list')).setAside).toHaveLength(2);
    // New writes land in the live file and survive a restart.
    await addProspect(backend, 'Cleo Later');
    const dataDir = backend.dataDir;
    backend.close();
    const again = open(dataDir);
    expect(prospectNames(again)).toEqual(['Ann Before', 'Bob After', 'Cleo Later']);
    again.close();
  });

  it('refuses to restore a damaged backup and changes nothing', async () => {
    const backend = open();
    const insert = backend.db.prepare(
      "INSERT INTO prospects (name, notes, created_at, updated_at) VALUES (@name, @notes, 'x', 'x')",
    );
    backend.db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run({ name: `P ${i}`, notes: 'n'.repeat(500) });
    })();
    const backup = await call(backend, 'backup:now');
    const file = join(backend.dataDir, 'backups', backup.name);
    const pages = readFileSync(file).length / 4096;
    zeroPage(file, Math.floor(pages / 2));
    await addProspect(backend, 'Zed Current');

    const error = await failure(backend, 'backup:restore', { name: backup.name });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/cannot be restored: .*(damage|malformed)/);
    expect(error.message).toMatch(/Your database was not changed/);
    expect(prospectNames(backend)).toContain('Zed Current');
    expect((await call(backend, 'backup:list')).setAside).toEqual([]);
    expect(existsSync(join(backend.dataDir, 'oneup.sqlite.restoring'))).toBe(false);
    backend.close();
  });

  it('refuses names that are not backups, and unknown backups', async () => {
    const backend = open();
    expect((await failure(backend, 'backup:restore', { name: '../oneup.sqlite' })).code).toBe(
      'invalid_input',
    );
    const missing = timestampedName(new Date('2026-01-01T00:00:00Z'));
    expect((await failure(backend, 'backup:restore', { name: missing })).code).toBe('not_found');
    expect((await failure(backend, 'backup:undo-restore', {})).code).toBe('not_found');
    backend.close();
  });
});
