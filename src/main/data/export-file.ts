import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import type { ExportKind } from '../../shared/domain/jobs';
import type { Db } from '../db/open';
import type { WorkerReporter } from '../jobs/worker-protocol';
import { CSV_TYPE, csvTables } from './csv-export';
import { CSV_BOM, csvLines, datedFilename, type CsvValue } from './csv-write';
import { exportLibrary } from './library';

/** Rows per slice written to the file (and per progress report). */
const ROWS_PER_SLICE = 500;

/** An export, written into `target` (a `.partial` name the main thread renames when done). */
export interface ExportTask {
  job: 'export';
  kind: ExportKind;
  target: string;
}

export interface WrittenExport {
  filename: string;
  type: string;
}

/**
 * Writes one export into `target`, in slices, reading through `db` (the worker's own read-only
 * connection: one snapshot, however long it takes). Runs on the job worker; the caller gives the
 * file its final name only once this returns, so a cancelled export leaves no partial file.
 */
export function writeExport(
  db: Db,
  kind: ExportKind,
  target: string,
  reporter: WorkerReporter,
): WrittenExport {
  const fd = openSync(target, 'wx');
  try {
    const write = (text: string) => {
      if (text !== '') writeSync(fd, text);
    };
    // One read transaction: the count and the rows describe the same library.
    db.prepare('BEGIN').run();
    let written: WrittenExport;
    try {
      written =
        kind === 'library-json'
          ? writeLibrary(db, write, reporter)
          : writeCsv(db, kind, write, reporter);
    } finally {
      db.prepare('COMMIT').run();
    }
    fsyncSync(fd);
    return written;
  } finally {
    closeSync(fd);
  }
}

function writeCsv(
  db: Db,
  kind: Exclude<ExportKind, 'library-json'>,
  write: (text: string) => void,
  reporter: WorkerReporter,
): WrittenExport {
  const table = csvTables[kind](db);
  const total = table.count();
  reporter.progress({ done: 0, total, phase: 'writing' });
  write(CSV_BOM + csvLines([table.header]));
  let slice: (readonly CsvValue[])[] = [];
  let done = 0;
  for (const row of table.rows()) {
    slice.push(row);
    if (slice.length === ROWS_PER_SLICE) {
      write(csvLines(slice));
      done += slice.length;
      slice = [];
      reporter.progress({ done, total });
      reporter.checkpoint(done);
    }
  }
  write(csvLines(slice));
  reporter.progress({ done: done + slice.length, total });
  return { filename: datedFilename(table.what, 'csv'), type: CSV_TYPE };
}

/**
 * The library document as data/library.ts builds it, written one record per line: the same JSON
 * value JSON.stringify would give, never held as one string.
 */
function writeLibrary(
  db: Db,
  write: (text: string) => void,
  reporter: WorkerReporter,
): WrittenExport {
  reporter.progress({ phase: 'reading' });
  // Every field of the document, in its order: a collection added to library.ts is written too.
  const fields = Object.entries(exportLibrary(db));
  const total = fields.reduce(
    (sum, [, value]) => sum + (Array.isArray(value) ? value.length : 0),
    0,
  );
  reporter.progress({ done: 0, total, phase: 'writing' });
  let done = 0;
  fields.forEach(([name, value], field) => {
    write(`${field === 0 ? '{' : ','}\n  ${JSON.stringify(name)}: `);
    if (!Array.isArray(value)) {
      write(JSON.stringify(value));
      return;
    }
    const records: readonly unknown[] = value;
    write('[');
    let slice: string[] = [];
    records.forEach((record, index) => {
      slice.push(`${index === 0 ? '' : ','}\n    ${JSON.stringify(record)}`);
      done++;
      if (slice.length === ROWS_PER_SLICE) {
        write(slice.join(''));
        slice = [];
        reporter.progress({ done, total });
        reporter.checkpoint(done);
      }
    });
    write(slice.join(''));
    write(records.length > 0 ? '\n  ]' : ']');
  });
  write('\n}\n');
  reporter.progress({ done, total });
  return { filename: datedFilename('library', 'json'), type: 'application/json' };
}
