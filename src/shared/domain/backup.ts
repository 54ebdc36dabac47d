import { z } from 'zod';

/**
 * A backup's file name carries the moment it was taken, in UTC, so that retention and the list
 * need nothing but the folder listing: `oneup-2026-11-26T09-30-00-000Z.sqlite` (a `-2` suffix
 * only if two were taken in the same millisecond).
 */
export const BACKUP_NAME_PATTERN =
  /^oneup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?\.sqlite$/u;

export const backupName = z
  .string()
  .max(80, 'Not a backup name.')
  .regex(BACKUP_NAME_PATTERN, 'Not a backup name.');

/** Where a copy lives: a regular backup, or the database a restore set aside (for undo). */
export type BackupKind = 'backup' | 'set-aside';

export interface BackupEntry {
  name: string;
  kind: BackupKind;
  /** When it was taken (UTC, ISO 8601), read from the name. */
  takenAt: string;
  bytes: number;
}

export interface BackupList {
  /** Newest first. */
  backups: BackupEntry[];
  /** Databases set aside by restores, newest first; each can be put back with undo. */
  setAside: BackupEntry[];
  /** The folder holding the backups, to show the rep where they are. */
  folder: string;
  /** The last automatic or manual backup that failed its check, if the latest attempt failed. */
  problem: string | null;
}

export interface RestoreResult {
  /** The copy that is now the live database. */
  restored: BackupEntry;
  /** The database as it was just before, kept so the restore can be undone. */
  setAside: BackupEntry;
}

export const backupRestoreInput = z.strictObject({ name: backupName });
/** Without a name, undo puts back the database the latest restore set aside. */
export const backupUndoRestoreInput = z.strictObject({ name: backupName.optional() }).optional();

/** The UTC moment a backup name records, or null for a name that is not ours. */
export function backupTakenAt(name: string): Date | null {
  const match = BACKUP_NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, ms] = match.map(Number) as number[];
  const at = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, ms!));
  // Date.UTC rolls month 13 into next year; a real stamp reads back the same.
  const stamp = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}.${match[7]}Z`;
  return !Number.isNaN(at.getTime()) && at.toISOString() === stamp ? at : null;
}

/** Newest first: by the moment in the name, then by the same-millisecond suffix. */
export function compareBackupNamesNewestFirst(a: string, b: string): number {
  const order = (name: string) => {
    const match = BACKUP_NAME_PATTERN.exec(name);
    return { at: backupTakenAt(name)?.getTime() ?? 0, suffix: Number(match?.[8] ?? 1) };
  };
  const x = order(a);
  const y = order(b);
  return y.at - x.at || y.suffix - x.suffix;
}
