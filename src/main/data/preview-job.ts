import type { z } from 'zod';
import type { ImportPreview, importPreviewInput } from '../../shared/domain/data';
import type { Db } from '../db/open';
import type { WorkerReporter } from '../jobs/worker-protocol';
import { decodeUpload } from './decode';
import { analyse, type ValidatedRow } from './import-engine';
import { buildPreview } from './service';
import { parseCsv, parseJsonRecords } from './table';

/** Validated rows per message back to the main thread: each one is cheap to receive. */
const ROWS_PER_BATCH = 2_000;

export interface PreviewTask {
  job: 'import-preview';
  bytes: Uint8Array;
  input: z.output<typeof importPreviewInput>;
}

/** What the main thread keeps for the commit, beside the rows sent in batches. */
export interface PreviewOutcome {
  preview: ImportPreview;
  columns: string[];
  mappingKey: string;
  invalidRows: number;
  blocking: string | null;
}

/**
 * An import preview on the job worker: decodes, parses and validates the uploaded file and finds
 * duplicates through the worker's read-only connection. The valid records go back in batches of
 * JSON text (the records are plain JSON data: zod's output of the create schemas), which the main
 * thread receives as a string copy and parses only at the commit, in its transaction, so the
 * preview costs the request thread next to nothing (issue #11).
 * (errors stay here: only the preview's first ones are shown), so the commit on the main
 * connection writes them without parsing the file again.
 */
export function previewOnWorker(
  db: Db,
  task: PreviewTask,
  reporter: WorkerReporter,
): PreviewOutcome {
  const { input } = task;
  reporter.progress({ phase: 'parsing' });
  const decoded = decodeUpload(task.bytes);
  const table =
    input.format === 'csv' ? parseCsv(decoded.text) : parseJsonRecords(decoded.text, input.kind);
  const total = table.rows.length;
  reporter.progress({ done: 0, total, phase: 'checking' });
  const { preview, analysis, mappingKey } = buildPreview(
    db,
    input,
    decoded,
    table,
    (spec, mapping) =>
      analyse(spec, table, mapping, (done) => {
        reporter.progress({ done, total });
        reporter.checkpoint(done);
      }),
  );
  reporter.progress({ done: total, total });
  // Invalid rows are only counted by the commit; their errors were listed in the preview.
  const kept: ValidatedRow<unknown>[] = analysis.rows.map((row) =>
    row.record === null ? { row: row.row, record: null, errors: [] } : row,
  );
  for (let start = 0; start < kept.length; start += ROWS_PER_BATCH) {
    reporter.batch(JSON.stringify(kept.slice(start, start + ROWS_PER_BATCH)));
  }
  return {
    preview,
    columns: table.columns,
    mappingKey,
    invalidRows: analysis.invalidRows,
    blocking: analysis.blocking,
  };
}
