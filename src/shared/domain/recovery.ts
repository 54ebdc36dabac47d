import type { BackupEntry } from './backup';

/** Why the database could not be opened (or was found damaged after opening). */
export type DatabaseProblemKind = 'corrupt' | 'not_a_database' | 'foreign' | 'newer' | 'locked';

/** The background `quick_check` result, reported through `app:info`. */
export type DatabaseHealth =
  | { status: 'unchecked' }
  | { status: 'ok'; checkedAt: string }
  | { status: 'damaged'; checkedAt: string; message: string };

export type AppMode = 'normal' | 'recovery';

export interface DatabaseProblem {
  kind: DatabaseProblemKind;
  /** One short sentence a rep understands. */
  title: string;
  /** What happened and what it means for their data, in plain words. */
  explanation: string;
  /** SQLite's own words, for whoever helps them. */
  detail: string;
}

export interface RecoveryStatus {
  mode: AppMode;
  /** Null when the database is fine. */
  problem: DatabaseProblem | null;
  file: { path: string; bytes: number | null; modifiedAt: string | null };
  /** The newest backup that passed its check; the one to offer first. */
  latestGoodBackup: BackupEntry | null;
  backups: BackupEntry[];
  /** False when moving the file would not help (another program holds it: close that instead). */
  canMoveAside: boolean;
  /** Where a moved-aside file goes; nothing there is ever deleted by OneUp. */
  damagedFolder: string;
}

export interface RecoveryResult {
  /** Where the bad file now is. */
  movedTo: string;
  /** The backup now in use, or null for a fresh, empty library. */
  restored: BackupEntry | null;
}
