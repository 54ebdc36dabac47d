import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LibraryLockedError, LOCK_PID_FILE, lockLibrary } from '../../src/main/db/lock';
import { bundleScript } from '../helpers/bundle';
import { tempDir } from '../helpers/temp';

const HOLDER = join(import.meta.dirname, 'lock-holder.ts');
/** The holder bundled once for the file: each start is then plain Node, not tsx (seconds saved). */
let holderScript = '';
beforeAll(async () => {
  holderScript = await bundleScript(HOLDER);
});
afterAll(() => rmSync(dirname(holderScript), { recursive: true, force: true }));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Another OS process that holds the lock on `dataDir` once this resolves. */
async function holdInAnotherProcess(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [holderScript, dataDir], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line === 'held') return child;
  }
  throw new Error(`the holder exited without the lock: ${stderr}`);
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

function lockError(dataDir: string): LibraryLockedError {
  try {
    lockLibrary(dataDir).release();
  } catch (error) {
    if (error instanceof LibraryLockedError) return error;
    throw error;
  }
  throw new Error('the library was locked a second time');
}

describe('one OneUp process per library', () => {
  it('refuses a second process at once, naming the holder and the folder', async () => {
    const dataDir = tempDir();
    const holder = await holdInAnotherProcess(dataDir);

    const error = lockError(dataDir);
    expect(error.holderPid).toBe(holder.pid);
    expect(error.message).toBe(
      `OneUp is already open on this library (pid ${holder.pid}): ${dataDir}.`,
    );
  });

  it('frees the library when the holder is killed with SIGKILL: no stale lock', async () => {
    const dataDir = tempDir();
    const holder = await holdInAnotherProcess(dataDir);
    expect(lockError(dataDir)).toBeInstanceOf(LibraryLockedError);

    holder.kill('SIGKILL');
    await exited(holder);

    const lock = lockLibrary(dataDir);
    // The dead holder's pid file was replaced by ours.
    expect(readFileSync(join(dataDir, LOCK_PID_FILE), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('frees the library when the holder lets go, and removes its pid file', async () => {
    const dataDir = tempDir();
    const holder = await holdInAnotherProcess(dataDir);
    holder.stdin!.end();
    await exited(holder);
    expect(holder.exitCode).toBe(0);
    expect(existsSync(join(dataDir, LOCK_PID_FILE))).toBe(false);

    const lock = lockLibrary(dataDir);
    lock.release();
    lock.release();
  });

  it('also keeps a second lock in the same process out until the first is released', () => {
    const dataDir = tempDir();
    const first = lockLibrary(dataDir);
    expect(lockError(dataDir).holderPid).toBe(process.pid);
    first.release();
    lockLibrary(dataDir).release();
  });

  it('creates the folder on first run', () => {
    const dataDir = join(tempDir(), 'new', 'library');
    const lock = lockLibrary(dataDir);
    expect(existsSync(join(dataDir, 'oneup.lock'))).toBe(true);
    lock.release();
  });
});

/** Mounts a small tmpfs at `dir`; false where mounting is refused (not root, a user's laptop). */
function mountTmpfs(dir: string): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]).status === 0;
}

const canMount = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'oneup-mount-probe-'));
  const mounted = mountTmpfs(probe);
  if (mounted) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return mounted;
})();

describe('a library on a read-only disk', () => {
  it.skipIf(!canMount)(
    'is opened without a lock, creating nothing there (skipped where tmpfs cannot be mounted)',
    () => {
      const mountPoint = tempDir('oneup-ro-');
      expect(mountTmpfs(mountPoint)).toBe(true);
      try {
        mkdirSync(join(mountPoint, 'library'));
        expect(spawnSync('mount', ['-o', 'remount,ro', mountPoint]).status).toBe(0);
        const lock = lockLibrary(join(mountPoint, 'library'));
        expect(lock.held).toBe(false);
        lock.release();
        expect(readdirSync(join(mountPoint, 'library'))).toEqual([]);
      } finally {
        spawnSync('umount', [mountPoint]);
      }
    },
  );
});

describe('a library on a full disk', () => {
  it.skipIf(!canMount)(
    'is still locked, so the recovery screen can name the full disk (skipped where tmpfs cannot be mounted)',
    () => {
      const mountPoint = tempDir('oneup-full-');
      expect(mountTmpfs(mountPoint)).toBe(true);
      try {
        const library = join(mountPoint, 'library');
        mkdirSync(library);
        // Fill every byte; dd stops with "No space left on device".
        spawnSync('dd', ['if=/dev/zero', `of=${join(mountPoint, 'filler')}`, 'bs=4096']);
        const lock = lockLibrary(library);
        try {
          expect(lock.held).toBe(true);
          expect(() => lockLibrary(library)).toThrow(LibraryLockedError);
        } finally {
          lock.release();
        }
      } finally {
        spawnSync('umount', [mountPoint]);
      }
    },
  );
});
