import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';

const SIDECARS = ['-wal', '-shm'] as const;

/** The files of the database at `file` that exist: the main file, then -wal and -shm. */
export function databaseFiles(file: string): { path: string; suffix: string; bytes: number }[] {
  return ['', ...SIDECARS].flatMap((suffix) =>
    existsSync(file + suffix)
      ? [{ path: file + suffix, suffix, bytes: statSync(file + suffix).size }]
      : [],
  );
}

/** Removes a database file we made (a temporary one) with anything SQLite left beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', ...SIDECARS, '-journal']) rmSync(file + suffix, { force: true });
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes renames and new names in `folder` durable. */
export function fsyncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    return;
  }
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The swap failed; everything was put back unless `undoFailures` says otherwise. */
export class SwapFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly undoFailures: string[],
    /** Where the original main file is, if it could not be put back at its path. */
    readonly originalAt: string | null,
  ) {
    super(`The files could not be swapped: ${(cause as Error).message}`);
    this.name = 'SwapFailed';
  }
}

/** `base`, or `base-2`, `base-3`… whichever is free with its -wal/-shm. */
function unusedName(base: string): string {
  let name = base;
  for (let n = 2; ['', ...SIDECARS].some((suffix) => existsSync(name + suffix)); n++) {
    name = `${base}-${n}`;
  }
  return name;
}

/**
 * Puts `incoming` (a complete, closed, single database file) in the place of the database at
 * `file`, all or nothing. First the old files are copied to `keptAs` (+ -wal/-shm) and fsynced, so
 * a crash at any later point still leaves them there; then the old -wal/-shm are renamed out of
 * the way (a stray log beside the new file would be replayed into it), the old main file is kept
 * under a second name (a hard link: no space needed) and `incoming` is renamed over it; then
 * `verify` runs with the new file in place. If any step fails, every step done is undone in
 * reverse: the old files are back at their paths, the copies and the new file removed.
 * Only call with no connection open on `file`.
 */
export function swapIn(file: string, incoming: string, keptAs: string, verify: () => void): void {
  const undo: (() => void)[] = [];
  const parked = unusedName(`${file}.replaced`);
  try {
    for (const { path, suffix } of databaseFiles(file)) {
      undo.push(() => rmSync(keptAs + suffix, { force: true }));
      copyFileSync(path, keptAs + suffix, constants.COPYFILE_EXCL);
      fsyncFile(keptAs + suffix);
    }
    fsyncFolder(dirname(keptAs));

    for (const suffix of SIDECARS) {
      if (!existsSync(file + suffix)) continue;
      renameSync(file + suffix, parked + suffix);
      undo.push(() => renameSync(parked + suffix, file + suffix));
    }
    if (existsSync(file)) {
      try {
        linkSync(file, parked);
      } catch {
        // A file system without hard links (FAT, exFAT): a rename, and a moment without the file.
        renameSync(file, parked);
      }
      undo.push(() => renameSync(parked, file));
    }
    renameSync(incoming, file);
    // Whatever `verify` leaves beside the new file belongs to it, not to the old one.
    undo.push(() => {
      for (const suffix of SIDECARS) rmSync(file + suffix, { force: true });
    });
    fsyncFolder(dirname(file));
    verify();
  } catch (cause) {
    const undoFailures: string[] = [];
    for (const step of undo.reverse()) {
      try {
        step();
      } catch (error) {
        undoFailures.push((error as Error).message);
      }
    }
    fsyncFolder(dirname(file));
    const originalAt = existsSync(parked) ? parked : null;
    throw new SwapFailed(cause, undoFailures, originalAt);
  }
  // The swap stands; the old files are safe as copies, so their second names go.
  for (const suffix of ['', ...SIDECARS]) rmSync(parked + suffix, { force: true });
  fsyncFolder(dirname(file));
}
