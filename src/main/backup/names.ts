import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Folders inside the data directory. Nothing in set-aside/ or damaged/ is ever deleted by OneUp. */
export const BACKUPS_FOLDER = 'backups';
export const SET_ASIDE_FOLDER = 'set-aside';
export const DAMAGED_FOLDER = 'damaged';

/** `oneup-2026-11-26T09-30-00-000Z.sqlite`: the ISO time with file-name-safe separators. */
export function timestampedName(at: Date, suffix = ''): string {
  return `oneup-${at.toISOString().replace(/[:.]/gu, '-')}${suffix}.sqlite`;
}

/** A timestamped name not yet taken in `folder` (two copies in one millisecond get -2, -3…). */
export function freshName(folder: string, at: Date): string {
  let name = timestampedName(at);
  for (
    let n = 2;
    existsSync(join(folder, name)) || existsSync(join(folder, `${name}.partial`));
    n++
  )
    name = timestampedName(at, `-${n}`);
  return name;
}
