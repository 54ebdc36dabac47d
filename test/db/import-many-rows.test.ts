import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/main/db/open';
import { insertProspect, insertProspects } from '../../src/main/prospects/repository';
import {
  PROSPECTS_PER_INSERT,
  updateProspectRow,
  updateProspectRows,
} from '../../src/main/prospects/rows';
import { tempDir } from '../helpers/temp';

/** A prospect with every field set, some empty and some absent, varied by `i`. */
const record = (i: number) => ({
  name: `Dana Whitfield ${i}`,
  ...(i % 3 === 0 ? {} : { title: `VP Operations ${i}` }),
  company: i % 2 === 0 ? `Acme, Inc. ${i}` : '',
  industry: 'Logistics',
  phone: `+1 415 555 ${String(i).padStart(4, '0')}`,
  email: `dana.${i}@acme.example`,
  tags: i % 4 === 0 ? [] : [`tag${i % 5}`, 'imported'],
  notes: i % 7 === 0 ? `Met at the fair\n\nAsked about ${i}` : '',
  ...(i % 5 === 0 ? { lastActivityOn: '2026-03-14' } : {}),
});

const rowsOf = (dir: string, write: (db: ReturnType<typeof openDatabase>) => void) => {
  const db = openDatabase(dir);
  try {
    write(db);
    return {
      rows: db.prepare('SELECT * FROM prospects ORDER BY id').all(),
      found: db
        .prepare(
          `SELECT rowid FROM prospects_fts WHERE prospects_fts MATCH 'imported AND whitf*' ORDER BY rowid`,
        )
        .pluck()
        .all(),
    };
  } finally {
    closeDatabase(db);
  }
};

describe('writing many imported prospects at once', () => {
  it('stores every row and its search entry exactly as writing them one by one does', () => {
    // Two full statements and a remainder written one by one.
    const records = Array.from({ length: PROSPECTS_PER_INSERT * 2 + 37 }, (_, i) => record(i));
    const now = '2026-12-04T10:00:00.000Z';
    const oneByOne = rowsOf(tempDir(), (db) => {
      for (const each of records) insertProspect(db, each, now);
    });
    const atOnce = rowsOf(tempDir(), (db) => insertProspects(db, records, now));
    expect(atOnce.rows).toHaveLength(records.length);
    expect(atOnce.rows).toEqual(oneByOne.rows);
    expect(atOnce.found.length).toBeGreaterThan(0);
    expect(atOnce.found).toEqual(oneByOne.found);
  });

  it('updates many prospects in one statement exactly as updating them one by one does', () => {
    const records = Array.from({ length: 60 }, (_, i) => record(i));
    const created = '2026-12-04T10:00:00.000Z';
    const later = '2026-12-05T10:00:00.000Z';
    // Every other prospect changes: some fields set, some emptied, the rest left out.
    const changes = records.flatMap((_, i) =>
      i % 2 === 0
        ? []
        : [
            {
              id: i + 1,
              patch: {
                name: `Dana Renamed ${i}`,
                company: '',
                tags: ['renamed', `t${i}`],
                ...(i % 3 === 0 ? { notes: 'Followed up' } : {}),
              },
            },
          ],
    );
    const oneByOne = rowsOf(tempDir(), (db) => {
      insertProspects(db, records, created);
      for (const { id, patch } of changes) updateProspectRow(db, id, patch, later);
    });
    const atOnce = rowsOf(tempDir(), (db) => {
      insertProspects(db, records, created);
      updateProspectRows(db, changes, later);
    });
    expect(atOnce.rows).toEqual(oneByOne.rows);
    expect(atOnce.rows).toContainEqual(expect.objectContaining({ name: 'Dana Renamed 1' }));
    expect(atOnce.rows).toContainEqual(expect.objectContaining({ name: 'Dana Whitfield 0' }));
    const db = openDatabase(tempDir());
    try {
      insertProspects(db, records, created);
      updateProspectRows(db, changes, later);
      const search = (query: string) =>
        db
          .prepare('SELECT count(*) FROM prospects_fts WHERE prospects_fts MATCH ?')
          .pluck()
          .get(query);
      // The search index follows the new values and forgets the old ones.
      expect(search('renamed')).toBe(changes.length);
      expect(search('whitfield')).toBe(records.length - changes.length);
    } finally {
      closeDatabase(db);
    }
  });
});
