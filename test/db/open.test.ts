import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, DATABASE_FILE } from '../../src/main/db/constants';
import { migrations } from '../../src/main/db/migrate';
import { DatabaseOpenError, closeDatabase, openDatabase } from '../../src/main/db/open';
import { classifyOpenFailure } from '../../src/main/db/open-errors';
import { tempDir } from '../helpers/temp';

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function openError(dir: string): DatabaseOpenError {
  try {
    openDatabase(dir).close();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  throw new Error('expected openDatabase to refuse the file');
}

describe('openDatabase', () => {
  it('creates a new database with every pragma set on purpose and the schema at the latest version', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    closeDatabase(db);
  });

  it('creates every table STRICT, with timestamps on every row', () => {
    const db = openDatabase(tempDir());
    const tables = db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'",
      )
      .all() as { name: string; sql: string }[];
    const names = tables.map((t) => t.name).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'briefing_items',
        'briefings',
        'call_insights',
        'call_notes',
        'call_plan_insights',
        'call_plans',
        'calls',
        'insights',
        'prospects',
        'settings',
      ]),
    );
    for (const table of tables) {
      expect(table.sql, table.name).toMatch(/\)\s*STRICT/);
      const columns = (db.pragma(`table_info(${table.name})`) as { name: string }[]).map(
        (c) => c.name,
      );
      // A link table and the insight search index (derived from insights, like the FTS tables)
      // record no time of their own.
      const derived = table.name === 'call_insights' || table.name.startsWith('insight_search_');
      if (!derived) expect(columns, table.name).toContain('created_at');
    }
    const virtual = db
      .prepare("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
      .pluck()
      .all();
    expect(virtual.sort()).toEqual([
      'call_notes_fts',
      'calls_fts',
      'insights_fts',
      'prospects_fts',
    ]);
    closeDatabase(db);
  });

  it('reopens its own database without running migrations again', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    db.prepare(
      "INSERT INTO prospects (name, created_at, updated_at) VALUES ('Ann', 'x', 'x')",
    ).run();
    closeDatabase(db);
    const again = openDatabase(dir);
    expect(again.prepare('SELECT name FROM prospects').pluck().all()).toEqual(['Ann']);
    closeDatabase(again);
  });

  it('refuses a database from a newer OneUp, naming both versions, and writes nothing', () => {
    const dir = tempDir();
    closeDatabase(openDatabase(dir));
    const raw = new Database(join(dir, DATABASE_FILE));
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.close();
    const file = join(dir, DATABASE_FILE);
    const before = hashOf(file);
    const error = openError(dir);
    expect(error.kind).toBe('newer');
    expect(error.message).toContain(`schema version ${migrations.length + 5}`);
    expect(error.message).toContain(`knows up to ${migrations.length}`);
    expect(hashOf(file)).toBe(before);
  });

  it('refuses a SQLite file that belongs to another program and leaves it untouched', () => {
    const dir = tempDir();
    const file = join(dir, DATABASE_FILE);
    const foreign = new Database(file);
    foreign.exec('CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)');
    foreign.close();
    const before = hashOf(file);
    const error = openError(dir);
    expect(error.kind).toBe('foreign');
    expect(error.message).toMatch(/not a OneUp one/);
    expect(hashOf(file)).toBe(before);
  });

  it('refuses a file that is not a database at all', () => {
    const dir = tempDir();
    const file = join(dir, DATABASE_FILE);
    writeFileSync(file, 'these are my notes, not a database\n'.repeat(200));
    const before = hashOf(file);
    const error = openError(dir);
    expect(error.kind).toBe('not_a_database');
    expect(hashOf(file)).toBe(before);
  });

  it('rolls back a failing migration whole, leaving the previous schema and version', () => {
    const dir = tempDir();
    closeDatabase(openDatabase(dir));
    const failing = [
      ...migrations,
      (db: Database.Database) => {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
        throw new Error('boom');
      },
    ];
    expect(() => openDatabase(dir, { migrationList: failing })).toThrow('boom');
    const raw = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(
      raw.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get(),
    ).toBe(0);
    raw.close();
  });

  it('refuses an empty (0-byte) file instead of making it a new library, and writes nothing', () => {
    const dir = tempDir();
    const file = join(dir, DATABASE_FILE);
    writeFileSync(file, '');
    const error = openError(dir);
    expect(error.kind).toBe('empty');
    expect(error.message).toContain('empty (0 bytes)');
    expect(readFileSync(file).length).toBe(0);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});

describe("classifyOpenFailure: the cause comes from SQLite's code, never a guess", () => {
  const file = '/data/oneup.sqlite';
  const sqliteError = (code: string) => Object.assign(new Error(`failed (${code})`), { code });
  const kindOf = (code: string, dataDir = tempDir()) =>
    (classifyOpenFailure(sqliteError(code), file, dataDir) as DatabaseOpenError).kind;

  it.each([
    ['SQLITE_BUSY', 'locked'],
    ['SQLITE_BUSY_SNAPSHOT', 'locked'],
    ['SQLITE_LOCKED', 'locked'],
    ['SQLITE_FULL', 'disk_full'],
    ['SQLITE_READONLY', 'read_only'],
    ['SQLITE_READONLY_DIRECTORY', 'read_only'],
    ['SQLITE_PERM', 'permission'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt'],
    ['SQLITE_NOTADB', 'not_a_database'],
    // With plenty of free space an I/O error is the disk or the system, not a bad file.
    ['SQLITE_IOERR_SHMSIZE', 'unavailable'],
    ['SQLITE_CANTOPEN', 'unavailable'],
  ])('%s → %s', (code, kind) => {
    expect(kindOf(code)).toBe(kind);
  });

  it('a full disk carries the free and the needed space for the screen', () => {
    const dataDir = tempDir();
    const error = classifyOpenFailure(sqliteError('SQLITE_FULL'), file, dataDir);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).facts).toMatchObject({ folder: dataDir });
    expect((error as DatabaseOpenError).facts.freeBytes).toBeGreaterThan(0);
    expect((error as DatabaseOpenError).facts.neededBytes).toBeGreaterThan(1024 * 1024);
  });

  it("an error that is not SQLite's (a bug) is passed on unchanged", () => {
    const bug = new TypeError('x is undefined');
    expect(classifyOpenFailure(bug, file, tempDir())).toBe(bug);
  });
});

describe('closeDatabase', () => {
  it('folds the WAL into the database at close even while a reader connection stays open', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    const file = join(dir, DATABASE_FILE);
    // A reader thread's connection, still open when the app quits.
    const reader = new Database(file, { readonly: true });
    reader.prepare('SELECT count(*) FROM prospects').get();
    db.prepare(
      "INSERT INTO prospects (name, created_at, updated_at) VALUES ('Wal Wanda', 't', 't')",
    ).run();
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    closeDatabase(db);
    expect(statSync(`${file}-wal`).size).toBe(0);
    expect(reader.prepare('SELECT name FROM prospects').pluck().all()).toEqual(['Wal Wanda']);
    reader.close();
  });
});
