import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/main/db/migrate';
import { migration007Meetings } from '../../src/main/db/migrations/007-meetings';
import { migration008MeetingSequenceLastActivity } from '../../src/main/db/migrations/008-meeting-sequence-last-activity';
import { migration010InsightSearchImpacts } from '../../src/main/db/migrations/010-insight-search-impacts';
import { SearchBackfill } from '../../src/main/db/search-backfill';
import { searchInsights } from '../../src/main/insights/repository';
import { WriteTurn } from '../../src/main/jobs/write-turn';
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

describe('migration 003: call notes', () => {
  it('keeps calls and notes written under version 2 and adds revisions, drafts and briefing links', () => {
    const dir = tempDir();
    const v2 = openDatabase(dir, { migrationList: migrations.slice(0, 2) });
    v2.exec(`
      INSERT INTO prospects (id, name, created_at, updated_at) VALUES (1, 'Dana', 't', 't');
      INSERT INTO briefings (id, prospect_id, title, created_at, updated_at) VALUES (4, 1, 'Freight review', 't', 't');
      INSERT INTO calls (id, prospect_id, started_at, opener, outcome, created_at, updated_at)
        VALUES (9, 1, '2026-11-20T10:00:00.000Z', 'This is Sam with Freightwise.', 'callback', 't', 't');
      INSERT INTO call_notes (id, call_id, offset_ms, body, created_at, updated_at)
        VALUES (30, 9, 4000, 'Budget set in March', 't', 't');
    `);
    closeDatabase(v2);

    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT id, opener, outcome, briefing_id FROM calls').get()).toEqual({
      id: 9,
      opener: 'This is Sam with Freightwise.',
      outcome: 'callback',
      briefing_id: null,
    });
    expect(db.prepare('SELECT id, body, revision, client_id FROM call_notes').get()).toEqual({
      id: 30,
      body: 'Budget set in March',
      revision: 1,
      client_id: null,
    });
    // Old notes stay searchable.
    expect(
      db
        .prepare("SELECT rowid FROM call_notes_fts WHERE call_notes_fts MATCH 'march'")
        .pluck()
        .all(),
    ).toEqual([30]);

    db.exec(`
      UPDATE calls SET briefing_id = 4 WHERE id = 9;
      INSERT INTO call_note_revisions (note_id, revision, body, saved_at, created_at) VALUES (30, 1, 'Budget in March', 't', 't');
      INSERT INTO call_drafts (call_id, body, revision, created_at, saved_at) VALUES (9, 'They re-bid', 2, 't', 't');
      INSERT INTO call_notes (call_id, offset_ms, body, client_id, created_at, updated_at) VALUES (9, 5000, 'x', 'abc12345', 't', 't');
    `);
    // A client id names one note only, and drafts and revisions are typed strictly.
    expect(() =>
      db
        .prepare(
          "INSERT INTO call_notes (call_id, offset_ms, body, client_id, created_at, updated_at) VALUES (9, 6000, 'y', 'abc12345', 't', 't')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("UPDATE call_drafts SET revision = 'two' WHERE call_id = 9").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO call_drafts (call_id, body, revision, created_at, saved_at) VALUES (77, '', 0, 't', 't')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    // Deleting a call takes its draft; deleting a note takes its revisions.
    db.exec('DELETE FROM call_notes WHERE id = 30');
    expect(db.prepare('SELECT count(*) FROM call_note_revisions').pluck().get()).toBe(0);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);

    // The live call's reads go through indexes: a call's timeline, and a retried save's lookup.
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((row) => row.detail)
        .join('\n');
    expect(
      plan(
        'SELECT * FROM call_notes WHERE call_id = 9 AND archived_at IS NULL ORDER BY offset_ms, id',
      ),
    ).toMatch(/USING INDEX call_notes_by_call/);
    expect(plan("SELECT * FROM call_notes WHERE client_id = 'abc12345'")).toMatch(
      /USING INDEX call_notes_by_client/,
    );
    closeDatabase(db);
  });
});

describe('migration 005: revisions', () => {
  it('keeps plans and briefings written under version 4 and starts each at revision 1', () => {
    const dir = tempDir();
    const v4 = openDatabase(dir, { migrationList: migrations.slice(0, 4) });
    v4.exec(`
      INSERT INTO prospects (id, name, created_at, updated_at) VALUES (1, 'Dana', 't', 't');
      INSERT INTO briefings (id, prospect_id, title, notes, created_at, updated_at)
        VALUES (4, 1, 'Freight review', 'Bring the lane data', 't', 't');
      INSERT INTO call_plans (id, prospect_id, briefing_id, opener, referral, created_at, updated_at)
        VALUES (7, 1, 4, 'This is Sam with Freightwise.', 'Maria', 't', 't');
    `);
    closeDatabase(v4);

    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(
      db.prepare('SELECT id, briefing_id, opener, referral, revision FROM call_plans').get(),
    ).toEqual({
      id: 7,
      briefing_id: 4,
      opener: 'This is Sam with Freightwise.',
      referral: 'Maria',
      revision: 1,
    });
    expect(db.prepare('SELECT id, title, notes, revision FROM briefings').get()).toEqual({
      id: 4,
      title: 'Freight review',
      notes: 'Bring the lane data',
      revision: 1,
    });
    // A revision is a positive whole number.
    expect(() => db.prepare('UPDATE call_plans SET revision = 0 WHERE id = 7').run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("UPDATE briefings SET revision = 'two' WHERE id = 4").run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    closeDatabase(db);
  });
});

describe('migration 007: meetings', () => {
  it('keeps calls written before it, adds meetings and finds upcoming ones by index', () => {
    const dir = tempDir();
    const before = migrations.indexOf(migration007Meetings);
    const old = openDatabase(dir, { migrationList: migrations.slice(0, before) });
    old.exec(`
      INSERT INTO prospects (id, name, created_at, updated_at) VALUES (1, 'Dana', 't', 't');
      INSERT INTO calls (id, prospect_id, started_at, outcome, created_at, updated_at)
        VALUES (3, 1, '2026-11-20T10:00:00.000Z', 'meeting_booked', 't', 't');
    `);
    closeDatabase(old);

    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT id, outcome FROM calls').get()).toEqual({
      id: 3,
      outcome: 'meeting_booked',
    });
    const insert = db.prepare(`INSERT INTO meetings (prospect_id, call_id, starts_at, ends_at,
      duration_minutes, attendees, created_at, updated_at)
      VALUES (1, 3, '2026-12-10T14:00:00.000Z', @endsAt, @minutes, @attendees, 't', 't')`);
    insert.run({ endsAt: '2026-12-10T14:30:00.000Z', minutes: 30, attendees: '["a@b.example"]' });
    // A length outside 5–480 minutes, attendees that are not a JSON array, an end before the
    // start, and a second live meeting for one call are all refused by the table itself.
    const tooLong = { endsAt: '2026-12-10T23:00:00.000Z', minutes: 540, attendees: '[]' };
    expect(() => insert.run(tooLong)).toThrow(/CHECK constraint/);
    const notArray = { endsAt: '2026-12-10T14:30:00.000Z', minutes: 30, attendees: '{}' };
    expect(() => insert.run(notArray)).toThrow(/CHECK constraint/);
    const backwards = { endsAt: '2026-12-10T13:00:00.000Z', minutes: 30, attendees: '[]' };
    expect(() => insert.run(backwards)).toThrow(/CHECK constraint/);
    const twice = { endsAt: '2026-12-10T14:30:00.000Z', minutes: 30, attendees: '[]' };
    expect(() => insert.run(twice)).toThrow(/UNIQUE constraint/);

    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((row) => row.detail)
        .join('\n');
    expect(
      plan(
        "SELECT * FROM meetings m WHERE m.cancelled_at IS NULL AND m.ends_at > '2026' ORDER BY m.starts_at LIMIT 20",
      ),
    ).toMatch(/USING INDEX meetings_by_end/);
    expect(
      plan('SELECT * FROM meetings m WHERE m.prospect_id = 1 ORDER BY m.starts_at DESC'),
    ).toMatch(/USING INDEX meetings_by_prospect/);
    closeDatabase(db);
  });
});

describe('migration 008: invite sequence and last activity date', () => {
  it('keeps prospects and meetings written before it, with no last activity and sequence 0', () => {
    const dir = tempDir();
    const before = migrations.indexOf(migration008MeetingSequenceLastActivity);
    const old = openDatabase(dir, { migrationList: migrations.slice(0, before) });
    old.exec(`
      INSERT INTO prospects (id, name, email, created_at, updated_at)
        VALUES (1, 'Dana', 'dana@tidewater.example', 't', 't');
      INSERT INTO meetings (id, prospect_id, starts_at, ends_at, duration_minutes, created_at, updated_at)
        VALUES (4, 1, '2026-12-10T14:00:00.000Z', '2026-12-10T14:30:00.000Z', 30, 't', 't');
    `);
    closeDatabase(old);

    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT name, email, last_activity_on FROM prospects').get()).toEqual({
      name: 'Dana',
      email: 'dana@tidewater.example',
      last_activity_on: '',
    });
    expect(db.prepare('SELECT id, duration_minutes, sequence FROM meetings').get()).toEqual({
      id: 4,
      duration_minutes: 30,
      sequence: 0,
    });
    // Only an ISO date (or nothing) is stored as a last activity date.
    const setActivity = db.prepare('UPDATE prospects SET last_activity_on = ? WHERE id = 1');
    expect(() => setActivity.run('03/05/2026')).toThrow(/CHECK constraint/);
    setActivity.run('2026-03-05');
    closeDatabase(db);
  });
});

describe('migration 006: follow-ups and sample records', () => {
  it('keeps calls written under version 5 with their follow-up open, and tracks no sample rows', () => {
    const dir = tempDir();
    const v5 = openDatabase(dir, { migrationList: migrations.slice(0, 5) });
    v5.exec(`
      INSERT INTO prospects (id, name, created_at, updated_at) VALUES (1, 'Dana', 't', 't');
      INSERT INTO calls (id, prospect_id, started_at, outcome, next_step, follow_up_on, created_at, updated_at)
        VALUES (3, 1, '2026-03-02T15:00:00.000Z', 'callback', 'Call back after the board meeting', '2026-03-09', 't', 't');
    `);
    closeDatabase(v5);

    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(
      db.prepare('SELECT id, next_step, follow_up_on, follow_up_done_at FROM calls').get(),
    ).toEqual({
      id: 3,
      next_step: 'Call back after the board meeting',
      follow_up_on: '2026-03-09',
      follow_up_done_at: null,
    });
    expect(db.prepare('SELECT count(*) FROM sample_records').pluck().get()).toBe(0);
    // Due follow-ups are read from the partial index, not by scanning every call.
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM calls WHERE follow_up_on <= '2026-03-09'
         AND follow_up_on IS NOT NULL AND follow_up_done_at IS NULL AND archived_at IS NULL`,
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toContain('calls_open_follow_ups');
    expect(() =>
      db
        .prepare(
          "INSERT INTO sample_records (table_name, row_id, created_at) VALUES ('settings', 1, 't')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    closeDatabase(db);
  });
});

describe('migration 010: insight search impacts', () => {
  it('marks the insights written under version 9 for the backfill, which indexes them and leaves accented ones to FTS5; ranked as bm25 does throughout', async () => {
    const dir = tempDir();
    const before = migrations.indexOf(migration010InsightSearchImpacts);
    const old = openDatabase(dir, { migrationList: migrations.slice(0, before) });
    const insert = old.prepare(
      `INSERT INTO insights (id, headline, detail, tags, created_at, updated_at, archived_at)
       VALUES (?, ?, ?, ?, 't', 't', ?)`,
    );
    old.transaction(() => {
      insert.run(1, 'Pricing pages convert', 'pricing', '["pricing"]', null);
      insert.run(2, 'Café pricing for José', 'pricing pricing', '[]', null);
      insert.run(3, 'Pricing pricing pricing', '', '["pricing"]', 't');
      for (let id = 4; id <= 60; id++)
        insert.run(
          id,
          `Quarterly review ${id}`,
          `one mention of pricing ${'filler '.repeat(id % 7)}`,
          '[]',
          null,
        );
    })();
    closeDatabase(old);

    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const unindexed = () =>
      db.prepare('SELECT insight_id FROM insight_search_unindexed ORDER BY 1').pluck().all();
    // The migration indexes nothing itself: every row is marked, and search scores them all.
    expect(unindexed()).toHaveLength(60);
    expect(db.prepare('SELECT count(*) FROM insight_search_impacts').pluck().get()).toBe(0);
    const reference = db
      .prepare(
        `SELECT f.rowid FROM insights_fts f JOIN insights i ON i.id = f.rowid
         WHERE insights_fts MATCH '"pricing"*' AND i.archived_at IS NULL
         ORDER BY bm25(insights_fts, 10.0, 2.0, 3.0, 1.0, 3.0, 3.0, 4.0), f.rowid DESC LIMIT 20`,
      )
      .pluck()
      .all();
    expect(searchInsights(db, 'pricing', 20).map((hit) => hit.insight.id)).toEqual(reference);

    const backfill = SearchBackfill.start(db, { writeTurn: new WriteTurn(), rowsPerTurn: 7 });
    expect(await backfill.finished).toBe('done');
    expect(unindexed()).toEqual([2]);
    expect(
      db
        .prepare(
          "SELECT insight_id FROM insight_search_impacts WHERE key = 'pricing*' ORDER BY impact DESC",
        )
        .pluck()
        .all(),
    ).toEqual([3, 1]);
    expect(searchInsights(db, 'pricing', 20).map((hit) => hit.insight.id)).toEqual(reference);
    // The accented row, scored by FTS5, is among the best; the archived one is not shown.
    expect(reference.slice(0, 2).sort()).toEqual([1, 2]);
    expect(reference).not.toContain(3);
    closeDatabase(db);
  });
});
