import type { BackupEntry } from './backup';

/**
 * Why the database could not be opened (or was found damaged after opening). The first group is
 * about the disk or another program, never the file: the file is left alone and only "Try again"
 * is offered. The second group is about the file itself.
 */
export type DatabaseProblemKind =
  | 'disk_full'
  | 'read_only'
  | 'permission'
  | 'locked'
  | 'unavailable'
  | 'empty'
  | 'corrupt'
  | 'not_a_database'
  | 'foreign'
  | 'newer';

/**
 * What the recovery screen may offer: open the file again (once space is freed, the disk is
 * writable, the other program has closed it), or — only for a bad file, and only when the rep
 * agrees — copy it into damaged/ and put a backup or a new, empty library in its place.
 */
export type RecoveryRemedy = 'retry' | 'restore_backup' | 'start_new';

/** Which remedies fit which problem; anything that moves the file is only for a bad file. */
export function remediesFor(kind: DatabaseProblemKind): RecoveryRemedy[] {
  switch (kind) {
    case 'disk_full':
    case 'read_only':
    case 'permission':
    case 'locked':
    case 'unavailable':
      return ['retry'];
    case 'empty':
    case 'corrupt':
    case 'not_a_database':
    case 'foreign':
      return ['restore_backup', 'start_new'];
    case 'newer':
      // The file is fine for the newer OneUp that wrote it: installing that is the remedy.
      return [];
  }
}

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
  /** What the screen offers for this problem (empty when there is no problem). */
  remedies: RecoveryRemedy[];
  /** True when `remedies` include replacing the file: it is bad, not merely out of reach. */
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
