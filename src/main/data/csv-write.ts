import Papa from 'papaparse';
import { guardFormula } from './csv-formula-guard';

/**
 * Writes CSV the way spreadsheets read it (RFC 4180, with Papa Parse, the library our import reads
 * with): comma-separated, CRLF line ends, quotes doubled inside a quoted cell. The file starts
 * with a UTF-8 byte order mark, without which Excel reads accented names as Windows-1252.
 *
 * A cell is quoted when it holds any character some spreadsheet splits on (`,` `;` tab, a line
 * break) or a quote, so that a rep whose list separator is `;` still sees one cell; formulas are
 * defused by csv-formula-guard.ts.
 */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/u;

export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/** Numbers and booleans are written as they are: `-3` is a number, not a formula. */
function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? guardFormula(value) : String(value);
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const table: (readonly CsvValue[])[] = [header];
  for (const row of rows) table.push(row);
  return `${CSV_BOM}${csvLines(table)}`;
}

/**
 * Rows as CSV lines, each ending in CRLF: what toCsv writes after its BOM, so a file written in
 * slices (an export on the worker thread) is byte for byte the file toCsv would have made.
 */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  if (rows.length === 0) return '';
  const body = Papa.unparse(
    rows.map((row) => row.map(cellText)),
    {
      delimiter: ',',
      newline: '\r\n',
      // Guarded cells are quoted too: the apostrophe then sits inside the quotes, where every
      // spreadsheet reads it as part of the text.
      quotes: (cell: unknown) =>
        typeof cell === 'string' && (NEEDS_QUOTES.test(cell) || cell.startsWith("'")),
      // Our guard (above) covers more than Papa's own, and must match what our import removes.
      escapeFormulae: false,
    },
  );
  return `${body}\r\n`;
}

/** `oneup-prospects-2026-11-26.csv`. */
export function datedFilename(what: string, extension: string, now = new Date()): string {
  return `oneup-${what}-${now.toISOString().slice(0, 10)}.${extension}`;
}
