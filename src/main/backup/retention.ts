import { backupTakenAt, compareBackupNamesNewestFirst } from '../../shared/domain/backup';

/** How many of today's backups to keep, and for how many days (today included) to keep one a day. */
export const RETENTION = { today: 3, days: 14 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which backups retention removes, given the names in the folder and the current time: the newest
 * three of today, the newest one of each of the thirteen days before, nothing older. Days are UTC
 * days, as in the names. Names that are not ours are never returned, a backup dated in the future
 * (the clock moved back) counts as today's, and the newest backup is always kept, so that a rep
 * who comes back after a month still has one.
 */
export function backupsToDelete(
  names: readonly string[],
  now: Date,
  policy: { today: number; days: number } = RETENTION,
): string[] {
  const today = Math.floor(now.getTime() / DAY_MS);
  const dated = names
    .map((name) => ({ name, at: backupTakenAt(name) }))
    .filter((entry): entry is { name: string; at: Date } => entry.at !== null)
    .sort((a, b) => compareBackupNamesNewestFirst(a.name, b.name));

  const keptPerDay = new Map<number, number>();
  const doomed: string[] = [];
  dated.forEach(({ name, at }, index) => {
    const day = Math.min(today, Math.floor(at.getTime() / DAY_MS));
    const age = today - day;
    const kept = keptPerDay.get(day) ?? 0;
    const allowance = age === 0 ? policy.today : age < policy.days ? 1 : 0;
    if (index === 0 || kept < allowance) keptPerDay.set(day, kept + 1);
    else doomed.push(name);
  });
  return doomed;
}
