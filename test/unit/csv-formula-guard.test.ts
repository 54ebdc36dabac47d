import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from '../../src/main/data/csv-formula-guard';

/** Every string of up to `length` characters drawn from `alphabet`. */
function* strings(alphabet: readonly string[], length: number, prefix = ''): Generator<string> {
  yield prefix;
  if (length === 0) return;
  for (const char of alphabet) yield* strings(alphabet, length - 1, prefix + char);
}

// Every character the guard treats specially, plus a letter and a space.
const ALPHABET = ['a', ' ', '=', '+', '-', '@', '\t', '\r', '\n', ',', ';', "'"];

describe('the CSV formula guard', () => {
  it('leaves no part of a cell, however a spreadsheet splits it, starting a formula', () => {
    const unsafe = [...strings(ALPHABET, 4)].filter((value) =>
      guardFormula(value)
        .split(/[,;\t\r\n]/u)
        .some((part) => /^[=+\-@]/u.test(part)),
    );
    expect(unsafe).toEqual([]);
  });

  it('comes off exactly, so an exported value imports unchanged', () => {
    const changed = [...strings(ALPHABET, 4)].filter(
      (value) => unguardFormula(guardFormula(value)) !== value,
    );
    expect(changed).toEqual([]);
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ["Acme;=cmd|' /C calc'!A0", "Acme;'=cmd|' /C calc'!A0"],
    ['Line one\n- a bullet', "Line one\n'- a bullet"],
    ["'quoted", "''quoted"],
    ['plain text, with a comma', 'plain text, with a comma'],
  ])('writes %j as %j', (value, written) => {
    expect(guardFormula(value)).toBe(written);
  });
});
