import { describe, expect, it } from 'vitest';
import { openBackend } from '../../src/main/backend';
import { migrations } from '../../src/main/db/migrate';
import { closeDatabase, openDatabase } from '../../src/main/db/open';
import { call } from '../helpers/api';
import { tempDir } from '../helpers/temp';

describe('migration 004: review indexes', () => {
  it('makes openers dialed before it searchable, and keeps new ones in sync', async () => {
    const dir = tempDir();
    const v3 = openDatabase(dir, { migrationList: migrations.slice(0, 3) });
    v3.exec(`
      INSERT INTO prospects (id, name, created_at, updated_at) VALUES (1, 'Dana', 't', 't');
      INSERT INTO calls (id, prospect_id, started_at, opener, outcome, created_at, updated_at)
        VALUES (9, 1, '2026-11-20T10:00:00.000Z', 'This is Sam with Freightwise about LTL lanes.', 'callback', 't', 't');
    `);
    closeDatabase(v3);

    const backend = openBackend({ dataDir: dir, transport: 'browser' });
    expect(backend.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const search = async (query: string) => {
      const page = await call(backend, 'review:list', { query });
      return page.items.map((item) => item.id);
    };
    expect(await search('lanes')).toEqual([9]);

    backend.db
      .prepare("UPDATE calls SET opener = 'A different opener about carriers' WHERE id = 9")
      .run();
    expect(await search('lanes')).toEqual([]);
    expect(await search('carriers')).toEqual([9]);
    backend.db.prepare('DELETE FROM calls WHERE id = 9').run();
    expect(await search('carriers')).toEqual([]);
    expect(() =>
      backend.db.prepare("INSERT INTO calls_fts (calls_fts) VALUES ('integrity-check')").run(),
    ).not.toThrow();

    const indexes = backend.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'calls_review_%'")
      .pluck()
      .all();
    expect(indexes.sort()).toEqual([
      'calls_review_by_outcome',
      'calls_review_by_verdict',
      'calls_review_outcomes',
      'calls_review_recent',
    ]);
    backend.close();
  });
});
