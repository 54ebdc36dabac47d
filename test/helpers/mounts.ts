import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real faults for tests: a tiny tmpfs that can be filled (a full disk) and read-only mounts. They
 * need root (the CI and development machines run tests as root); where mounting is refused,
 * `canMount` is false and `mountRefusal` says why. A test that needs a mount is then reported as
 * skipped (NO_MOUNT and the reason), never passed; under CI=true `npm test` fails on any skip.
 * Works under Vitest and Playwright alike: register `unmountAll` as an afterEach hook.
 */

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'pipe' });
}

/** Why a tmpfs cannot be mounted here (mount's own words), or null when it can. */
function probeMount(): string | null {
  if (process.platform !== 'linux') return `tmpfs mounts need Linux, this is ${process.platform}`;
  const dir = mkdtempSync(join(tmpdir(), 'oneup-mount-probe-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    run('umount', [dir]);
    return null;
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    return stderr || (error as Error).message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Why this process may not mount file systems, or null when it may (root on Linux). */
export const mountRefusal: string | null = probeMount();

/** Whether this process may mount file systems (root on Linux). */
export const canMount: boolean = mountRefusal === null;

/** The reason shown in a skipped test's name. */
export const NO_MOUNT = 'SKIP: needs root to mount tmpfs and read-only file systems';

const mounted: string[] = [];

/** Unmounts (and removes) everything this helper mounted, innermost first. */
export function unmountAll(): void {
  // Innermost first: a read-only bind made inside a tmpfs goes before the tmpfs.
  for (const dir of mounted.splice(0).reverse()) {
    try {
      run('umount', [dir]);
    } catch (error) {
      // Still busy (a test left a handle open): lazily detach so later tests are not affected.
      run('umount', ['-l', dir]);
      console.error(`[mounts] ${dir} was busy: ${(error as Error).message}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh tmpfs of `sizeKb` kilobytes, unmounted by `unmountAll`. */
export function tinyDisk(sizeKb: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'oneup-tmpfs-'));
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

/** Free bytes for an unprivileged writer on the file system holding `dir`. */
export function freeBytes(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}

/**
 * Fills the file system holding `dir` with `<dir>/filler` until not a byte more fits, leaving
 * `leaveBytes` free. Returns the filler's path: delete it to free the space again.
 */
export function fillDisk(dir: string, leaveBytes = 0): string {
  const filler = join(dir, 'filler');
  const bytes = freeBytes(dir) - leaveBytes;
  if (bytes <= 0) return filler;
  try {
    // dd stops with "No space left on device" when the estimate is a block too generous.
    run('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4096', `count=${Math.floor(bytes / 4096)}`]);
  } catch (error) {
    if (!/No space left/u.test(String((error as { stderr?: Buffer }).stderr))) throw error;
  }
  return filler;
}

/** Re-mounts `dir` (itself a mount from this helper) read-only or read-write. */
export function remount(dir: string, mode: 'ro' | 'rw'): void {
  run('mount', ['-o', `remount,${mode}`, dir]);
}

/** Makes `dir` read-only in place with a read-only bind mount over it, removed by `unmountAll`. */
export function bindReadOnly(dir: string): void {
  mkdirSync(dir, { recursive: true });
  run('mount', ['--bind', dir, dir]);
  mounted.push(dir);
  run('mount', ['-o', 'remount,bind,ro', dir]);
}
