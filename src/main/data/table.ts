import Papa from 'papaparse';
import type { ImportKind, ImportRowError } from '../../shared/domain/data';
import { ApiFailure } from '../api/errors';
import { unguardFormula } from './csv-formula-guard';

/** A file read as a table: its header and the rows that have exactly one cell per column. */
export interface SourceTable {
  columns: string[];
  rows: SourceRow[];
  /** Rows left out because they do not fit the header (ragged rows). */
  rowErrors: ImportRowError[];
  /** A fault that makes every row after it uncertain (a quote never closed): nothing is imported. */
  blocking: string | null;
  blockingErrors: ImportRowError[];
}

export interface SourceRow {
  /** Spreadsheet row number: the header is row 1. For JSON, the item's number from 1. */
  row: number;
  cells: string[];
}

/**
 * Parses CSV with Papa Parse (delimiter detected: comma, semicolon, tab…). Broken quotes block the
 * whole file, since everything after an unclosed quote lands in the wrong cells; a row with more
 * or fewer cells than the header is listed and left out. Blank lines are skipped silently.
 */
export function parseCsv(text: string): SourceTable {
  // The delimiter is guessed on the first lines without blank ones (a trailing blank line spoils
  // Papa Parse's guess); the full parse keeps blank lines so that row numbers stay true.
  const guess = Papa.parse<string[]>(text.slice(0, 256 * 1024), {
    preview: 50,
    skipEmptyLines: true,
  });
  const delimiter = guess.errors.some((error) => error.type === 'Delimiter')
    ? ','
    : guess.meta.delimiter;
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter });
  const data = parsed.data;
  const headerIndex = data.findIndex((cells) => !isBlank(cells));
  if (headerIndex === -1) throw new ApiFailure('invalid_input', 'The file has no header row.');
  const columns = data[headerIndex]!.map((name, index) => name.trim() || `Column ${index + 1}`);

  const blockingErrors: ImportRowError[] = [];
  for (const error of parsed.errors) {
    if (error.type !== 'Quotes') continue;
    const row = (error.row ?? 0) + 1;
    blockingErrors.push({
      row,
      field: '(row)',
      message:
        error.code === 'MissingQuotes'
          ? 'A quoted cell is never closed, so the rest of the file runs into it. Close the quote (or remove it) and upload again.'
          : 'A quote is misplaced inside a quoted cell (write a quote inside a cell as two quotes ""). Fix it and upload again.',
    });
  }

  const rows: SourceRow[] = [];
  const rowErrors: ImportRowError[] = [];
  for (let index = headerIndex + 1; index < data.length; index++) {
    const cells = data[index]!;
    if (isBlank(cells)) continue;
    const row = index + 1;
    if (cells.length !== columns.length) {
      rowErrors.push({
        row,
        field: '(row)',
        message: `This row has ${cells.length} cells but the header has ${columns.length}; it was left out.`,
      });
      continue;
    }
    rows.push({ row, cells: cells.map(cleanCell) });
  }
  const first = blockingErrors[0];
  return {
    columns,
    rows,
    rowErrors,
    blocking: first
      ? `Row ${first.row}: ${first.message} Nothing can be imported from this file as it is.`
      : null,
    blockingErrors,
  };
}

/** Our export's formula guard comes off (before line breaks change); they become plain newlines. */
function cleanCell(cell: string): string {
  return unguardFormula(cell).replace(/\r\n?/gu, '\n');
}

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** `text` parsed as JSON, or `invalid_input` naming where it breaks, then `consequence`. */
export function parseJsonFile(text: string, consequence = ''): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiFailure(
      'invalid_input',
      `The file is not valid JSON (${(error as Error).message}).${consequence}`,
    );
  }
}

/**
 * Reads JSON: an array of objects, an object holding such an array under the kind's name
 * (`{ "insights": [...] }`), or a OneUp library export. Columns are the keys met, in order.
 */
export function parseJsonRecords(text: string, kind: ImportKind): SourceTable {
  const value = parseJsonFile(text, ' Nothing was imported.');
  const items = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value[kind])
      ? (value[kind] as unknown[])
      : null;
  if (items === null) {
    throw new ApiFailure(
      'invalid_input',
      `The JSON file must hold a list of ${kind}: [ {...}, {...} ] or { "${kind}": [ ... ] }.`,
    );
  }
  const columnIndex = new Map<string, number>();
  const rowErrors: ImportRowError[] = [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    for (const key of Object.keys(item))
      if (!columnIndex.has(key)) columnIndex.set(key, columnIndex.size);
  }
  const columns = [...columnIndex.keys()];
  const rows: SourceRow[] = [];
  items.forEach((item, index) => {
    const row = index + 1;
    if (!isRecord(item)) {
      rowErrors.push({
        row,
        field: '(row)',
        message: 'This item is not an object; it was left out.',
      });
      return;
    }
    const cells = columns.map((column) => toCell(item[column]));
    if (cells.every((cell) => cell === '')) return;
    rows.push({ row, cells });
  });
  return { columns, rows, rowErrors, blocking: null, blockingErrors: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON values as the text a CSV cell would hold: lists joined with "; ". */
function toCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(toCell).filter(Boolean).join('; ');
  return JSON.stringify(value);
}
