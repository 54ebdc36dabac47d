/**
 * Writes CSV the way spreadsheets read it (RFC 4180): comma-separated, CRLF line ends, a cell in
 * double quotes when it holds a comma, quote or line break, quotes doubled inside. The file starts
 * with a UTF-8 byte order mark, without which Excel reads accented names as Windows-1252.
 *
 * Reps open these files in Excel, which runs a cell starting with `=`, `+`, `-` or `@` as a
 * formula (CSV injection: `=HYPERLINK(...)` typed into a prospect's notes would become a live
 * link). Such cells get a leading apostrophe, which spreadsheets treat as "this is text"; our own
 * import strips it again.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/u;

export const CSV_BOM = '\uFEFF';

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly (string | number | boolean | null | undefined)[]>,
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** `oneup-prospects-2026-11-26.csv`. */
export function datedFilename(what: string, extension: string, now = new Date()): string {
  return `oneup-${what}-${now.toISOString().slice(0, 10)}.${extension}`;
}
