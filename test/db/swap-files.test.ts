import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SwapFailed, swapIn } from '../../src/main/recovery/swap-files';
import { tempDir } from '../helpers/temp';

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A bad main file with a -wal and -shm beside it, and a new file ready to take its place. */
function setUp() {
  const dir = tempDir();
  const file = join(dir, 'oneup.sqlite');
  writeFileSync(file, 'the old main file');
  writeFileSync(`${file}-wal`, 'the old write-ahead log');
  writeFileSync(`${file}-shm`, 'the old index');
  const incoming = join(dir, 'oneup.sqlite.new');
  writeFileSync(incoming, 'the new library');
  const keptAs = join(dir, 'kept.sqlite');
  const hashes = ['', '-wal', '-shm'].map((suffix) => hashOf(file + suffix));
  return { dir, file, incoming, keptAs, hashes };
}

describe('swapping a new database file in', () => {
  it('keeps byte-exact copies of every old file, and leaves only the new file in place', () => {
    const { dir, file, incoming, keptAs, hashes } = setUp();
    let seenDuringVerify = '';
    swapIn(file, incoming, keptAs, () => {
      seenDuringVerify = readFileSync(file, 'utf8');
      // No old log may sit beside the new file while it is opened.
      expect(existsSync(`${file}-wal`)).toBe(false);
    });
    expect(seenDuringVerify).toBe('the new library');
    expect(readFileSync(file, 'utf8')).toBe('the new library');
    expect(['', '-wal', '-shm'].map((suffix) => hashOf(keptAs + suffix))).toEqual(hashes);
    expect(readdirSync(dir).sort()).toEqual([
      'kept.sqlite',
      'kept.sqlite-shm',
      'kept.sqlite-wal',
      'oneup.sqlite',
    ]);
  });

  it('when the new file does not open, every old file is back byte for byte and no copy is left', () => {
    const { dir, file, incoming, keptAs, hashes } = setUp();
    let thrown: unknown;
    try {
      swapIn(file, incoming, keptAs, () => {
        // What a failed open leaves beside the new file goes too.
        writeFileSync(`${file}-shm`, 'the new file’s index');
        throw new Error('the new library would not open');
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SwapFailed);
    expect((thrown as SwapFailed).undoFailures).toEqual([]);
    expect((thrown as SwapFailed).originalAt).toBeNull();
    expect(['', '-wal', '-shm'].map((suffix) => hashOf(file + suffix))).toEqual(hashes);
    expect(readdirSync(dir).sort()).toEqual([
      'oneup.sqlite',
      'oneup.sqlite-shm',
      'oneup.sqlite-wal',
    ]);
  });
});
