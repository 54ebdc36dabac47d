import type Database from 'better-sqlite3';

/**
 * What the Today screen and removable sample data need:
 * - a call's follow-up (its follow_up_on date) can be marked done from Today; until then it is
 *   open, unless a later call to the same prospect took it up. The partial index holds only open
 *   follow-ups, so Today reads the due ones as a short range however many calls there are;
 * - sample_records lists every row "Load sample data" inserted, by table, so "Remove sample data"
 *   deletes exactly those in one transaction and never a row the rep made.
 */
export function migration006TodaySample(db: Database.Database): void {
  db.exec(`
    ALTER TABLE calls ADD COLUMN follow_up_done_at TEXT;
    CREATE INDEX calls_open_follow_ups ON calls (follow_up_on, prospect_id, started_at)
      WHERE follow_up_on IS NOT NULL AND follow_up_done_at IS NULL AND archived_at IS NULL;

    CREATE TABLE sample_records (
      table_name TEXT NOT NULL CHECK (table_name IN ('prospects', 'insights', 'briefings', 'call_plans', 'calls')),
      row_id INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (table_name, row_id)
    ) STRICT, WITHOUT ROWID;
  `);
}
