import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The blind test set is frozen: its figures mean something only if everyone measures the same
 * file. Any change must be logged in CHANGES.md with the file's new sha-256.
 */
const SET = new URL('../../fixtures/blind/openers-blind.jsonl', import.meta.url);
const CHANGES = new URL('../../fixtures/blind/CHANGES.md', import.meta.url);

describe('the blind test set', () => {
  it('is the version logged in test/fixtures/blind/CHANGES.md', () => {
    const hash = createHash('sha256').update(readFileSync(SET)).digest('hex');
    let changes = '';
    try {
      changes = readFileSync(CHANGES, 'utf8');
    } catch {
      // Reported by the assertion below with what to do.
    }
    expect(
      changes.toLowerCase().includes(hash),
      `test/fixtures/blind/openers-blind.jsonl changed (sha-256 ${hash}) but test/fixtures/blind/CHANGES.md does not name it: add a CHANGES entry saying who changed the set, what and why, with this hash.`,
    ).toBe(true);
  });
});
