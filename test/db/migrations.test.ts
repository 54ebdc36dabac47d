import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/main/db/migrate';
import { closeDatabase, openDatabase } from '../../src/main/db/open';
import { tempDir } from '../helpers/temp';

describe('migration 002: plan referral', () => {
  it('keeps every plan written under version 1 and gives it an empty referral', () => {
    const dir = tempDir();
    const v1 = openDatabase(dir, { migrationList: migrations.slice(0, 1) });
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.prepare(
      "INSERT INTO prospects (id, name, created_at, updated_at) VALUES (1, 'Dana', 't', 't')",
    ).run();
    v1.prepare(
      "INSERT INTO call_plans (id, prospect_id, objective, opener, created_at, updated_at) VALUES (7, 1, 'Book a briefing', 'This is Sam with Freightwise.', 't', 't')",
    ).run();
    closeDatabase(v1);

    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT id, objective, opener, referral FROM call_plans').get()).toEqual({
      id: 7,
      objective: 'Book a briefing',
      opener: 'This is Sam with Freightwise.',
      referral: '',
    });
    closeDatabase(db);
  });
});
