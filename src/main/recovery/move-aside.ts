import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { freshName } from '../backup/names';

/**
 * Moves the database file, with its -wal and -shm, into `folder` under a new timestamped name.
 * Never deletes, never overwrites: a taken name gets another. The -wal goes first, so that a
 * stray log can never end up beside a fresh database and be replayed into it.
 */
export function moveAsideFiles(file: string, folder: string, now: Date): string {
  mkdirSync(folder, { recursive: true });
  const target = join(folder, freshName(folder, now));
  for (const suffix of ['-wal', '-shm', '']) {
    if (!existsSync(file + suffix)) continue;
    if (existsSync(target + suffix)) throw new Error(`${target + suffix} already exists.`);
    renameSync(file + suffix, target + suffix);
  }
  return target;
}
