import type Database from 'better-sqlite3';

/**
 * Call plans record who referred the rep, so the checker knows when "Maria suggested I call" is
 * honest. Existing plans had no referral.
 */
export function migration002PlanReferral(db: Database.Database): void {
  db.exec(`ALTER TABLE call_plans ADD COLUMN referral TEXT NOT NULL DEFAULT ''`);
}
