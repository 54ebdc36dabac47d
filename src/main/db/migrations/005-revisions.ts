import type Database from 'better-sqlite3';

/**
 * Plans and briefings carry a revision, bumped by every write that changes what a rep edits. A
 * save names the revision it was based on and is refused when the stored one differs, so two
 * windows or tabs on one plan can never silently overwrite each other. Existing rows start at 1.
 */
export function migration005Revisions(db: Database.Database): void {
  db.exec(`
    ALTER TABLE call_plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
    ALTER TABLE briefings ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
  `);
}
