import type { z } from 'zod';
import type {
  ImportFormat,
  ImportKind,
  ImportPreview,
  ImportResult,
  ImportTarget,
  importCommitInput,
  importPreviewInput,
  LibraryImportResult,
  libraryImportInput,
  LibraryPreview,
} from '../../shared/domain/data';
import { ApiFailure } from '../api/errors';
import type { Db } from '../db/open';
import { decodeUpload, type DecodedText } from './decode';
import {
  analyse,
  checkMapping,
  blankableRows,
  commitImport,
  resolveDuplicates,
  runAtOnce,
  withBlankedFields,
  sampleRows,
  ROWS_PER_STEP,
  type Analysis,
  type ImportSpec,
  type Steps,
  type ValidatedRow,
} from './import-engine';
import { insightImport } from './insight-import';
import { checkLibrary, importLibrary, previewLibrary } from './library';
import { prospectImport } from './prospect-import';
import { parseCsv, parseJsonRecords, type SourceTable } from './table';
import type { UploadStore } from './uploads';
import { detectMapping, detectSource } from './vocabulary';

const SAMPLE_SIZE = 20;
const MAX_LISTED_ERRORS = 200;

export const specs: Record<ImportKind, ImportSpec<unknown>> = {
  prospects: prospectImport as ImportSpec<unknown>,
  insights: insightImport as ImportSpec<unknown>,
};

interface Previewed {
  kind: ImportKind;
  format: ImportFormat;
}

/**
 * A preview's valid rows as the worker sent them: JSON text of `ValidatedRow[]`, a batch per
 * message (data/preview-job.ts). The commit hands the text on to its own worker unparsed.
 */
export interface RowBatches {
  batches: string[];
  invalidRows: number;
  blocking: string | null;
}

interface CachedAnalysis {
  columns: string[];
  key: string;
  /** Made here, or the worker's rows as text (parsed here only by the one-shot commit). */
  analysis: Analysis<unknown> | RowBatches;
  /** The table it was made from, when it was made in this thread. */
  table?: SourceTable;
}

const isBatches = (analysis: CachedAnalysis['analysis']): analysis is RowBatches =>
  'batches' in analysis;

/** The worker's rows parsed a batch per step. */
function* parseBatches({ batches, invalidRows, blocking }: RowBatches): Steps<Analysis<unknown>> {
  const rows: ValidatedRow<unknown>[] = [];
  for (const json of batches) {
    rows.push(...(JSON.parse(json) as ValidatedRow<unknown>[]));
    yield;
  }
  return { rows, errors: [], invalidRows, blocking };
}

/**
 * The two steps of an import. Preview decodes and parses the uploaded file once (kept with the
 * upload), maps and validates every row and finds the duplicates; commit writes what the preview
 * showed, inside the handler's one transaction, so a failure anywhere leaves nothing behind.
 *
 * The renderer previews through a job on the worker thread (data/jobs.ts, `import:start-preview`);
 * this in-request preview serves `import:preview`, which is kept for small files and scripts.
 */
export function previewImport(
  db: Db,
  uploads: UploadStore,
  input: z.output<typeof importPreviewInput>,
): ImportPreview {
  const { uploadId, kind, format } = input;
  const decoded = uploads.derived(uploadId, 'decoded', () => decodeUpload(uploads.bytes(uploadId)));
  const table = tableOf(uploads, uploadId, decoded, kind, format);
  uploads.remember(uploadId, 'previewed', { kind, format } satisfies Previewed);
  return buildPreview(db, input, decoded, table, (spec, mapping) =>
    analysisOf(uploads, uploadId, spec, table, mapping),
  ).preview;
}

/**
 * What the rep sees before importing: the file's columns and mapping, sample rows, errors and
 * duplicates against `db`. Shared by the in-request preview and the worker's (preview-job.ts).
 */
export function buildPreview(
  db: Db,
  input: z.output<typeof importPreviewInput>,
  decoded: DecodedText,
  table: SourceTable,
  analyseWith: (spec: ImportSpec<unknown>, mapping: (ImportTarget | null)[]) => Analysis<unknown>,
): { preview: ImportPreview; analysis: Analysis<unknown>; mappingKey: string } {
  const { uploadId, kind, format } = input;
  const spec = specs[kind];
  const detectedMapping = detectMapping(kind, table.columns);
  const mapping = input.mapping ? checkMapping(spec, table, input.mapping) : detectedMapping;
  const analysis = analyseWith(spec, mapping);
  const blankable = analysis.blocking ? [] : blankableRows(db, spec, analysis);
  const { duplicates } = analysis.blocking
    ? { duplicates: { inDatabase: 0, inFile: 0, examples: [] } }
    : resolveDuplicates(db, spec, analysis);
  const notices = [...decoded.notices];
  if (table.rows.length === 0 && table.rowErrors.length === 0) {
    notices.push(`The file has a header but no rows: there is nothing to import.`);
  }
  const preview: ImportPreview = {
    uploadId,
    kind,
    format,
    encoding: decoded.encoding,
    bom: decoded.bom,
    notices,
    columns: table.columns,
    examples: table.columns.map(
      (_, column) =>
        table.rows
          .slice(0, 50)
          .find((row) => row.cells[column]!.trim() !== '')
          ?.cells[column]!.trim()
          .slice(0, 80) ?? '',
    ),
    detectedMapping,
    mapping,
    detectedSource: format === 'csv' ? detectSource(table.columns) : 'plain',
    sampleRows: sampleRows(spec, analysis, table, mapping, SAMPLE_SIZE),
    errors: analysis.errors.slice(0, MAX_LISTED_ERRORS),
    errorCount: analysis.errors.length,
    invalidRows: analysis.invalidRows,
    blankable: blankable.slice(0, MAX_LISTED_ERRORS),
    blankableRows: blankable.length,
    duplicates,
    totalRows: table.rows.length + table.rowErrors.length,
    blocking: analysis.blocking,
  };
  return { preview, analysis, mappingKey: mappingKey(spec, mapping) };
}

const mappingKey = (spec: ImportSpec<unknown>, mapping: (ImportTarget | null)[]) =>
  `${spec.kind}:${JSON.stringify(mapping)}`;

/**
 * Keeps a preview made on the worker with the upload, as if it had been made here: the commit
 * that follows then writes exactly those rows without parsing the file again.
 */
export function rememberPreview(
  uploads: UploadStore,
  input: z.output<typeof importPreviewInput>,
  columns: string[],
  key: string,
  /** Kept as text: the commit's worker parses it, not this thread. */
  analysis: RowBatches,
): void {
  uploads.remember(input.uploadId, 'previewed', {
    kind: input.kind,
    format: input.format,
  } satisfies Previewed);
  uploads.remember(input.uploadId, 'analysis', {
    columns,
    key,
    analysis,
  } satisfies CachedAnalysis);
}

export function commitUpload(
  db: Db,
  uploads: UploadStore,
  input: z.output<typeof importCommitInput>,
): ImportResult {
  const { spec, analysis, blanked } = runAtOnce(analysisToCommit(uploads, input));
  const result = { ...commitImport(db, spec, analysis, input.duplicateStrategy), blanked };
  // The upload has done its job; a second commit of the same file would import it twice.
  uploads.discard(input.uploadId);
  return result;
}

/**
 * The rows a commit writes: the latest preview's analysis with the rep's choices applied, or a
 * refusal the rep can act on (no preview, a blocking problem, rows with errors not left out).
 */
export function* analysisToCommit(
  uploads: UploadStore,
  input: z.output<typeof importCommitInput>,
): Steps<{ spec: ImportSpec<unknown>; analysis: Analysis<unknown>; blanked: number }> {
  const { spec, latest } = latestAnalysis(uploads, input);
  const parsed = isBatches(latest) ? yield* parseBatches(latest) : latest;
  const { analysis, blanked } = withBlankedFields(parsed, input.blankInvalidFields);
  refuseUncommittable(analysis, input);
  return { spec, analysis, blanked };
}

/** What the commit job hands its worker (data/commit-task.ts): the valid rows as JSON text. */
export interface RowsToCommit {
  kind: ImportKind;
  /** JSON text of `ValidatedRow[]`; rows whose record is null are left for the count. */
  batches: string[];
  invalidRows: number;
  blanked: number;
}

/**
 * analysisToCommit for the commit job: the same choices and refusals, with the rows as JSON
 * text. A preview made on the worker is handed on as the worker sent it, never parsed on this
 * thread; one made here is written out a batch per step.
 */
export function* rowsToCommit(
  uploads: UploadStore,
  input: z.output<typeof importCommitInput>,
): Steps<RowsToCommit> {
  const { spec, latest } = latestAnalysis(uploads, input);
  if (isBatches(latest)) {
    // Only a commit that leaves no field blank reuses the worker's rows (see latestAnalysis).
    refuseUncommittable(latest, input);
    const { batches, invalidRows } = latest;
    return { kind: spec.kind, batches, invalidRows, blanked: 0 };
  }
  const { analysis, blanked } = withBlankedFields(latest, input.blankInvalidFields);
  refuseUncommittable(analysis, input);
  const valid = analysis.rows.filter((row) => row.record !== null);
  const batches: string[] = [];
  for (let start = 0; start < valid.length; start += ROWS_PER_STEP) {
    batches.push(JSON.stringify(valid.slice(start, start + ROWS_PER_STEP)));
    yield;
  }
  return { kind: spec.kind, batches, invalidRows: analysis.invalidRows, blanked };
}

/** The latest preview's analysis for the commit's mapping, from the worker or from here. */
function latestAnalysis(
  uploads: UploadStore,
  input: z.output<typeof importCommitInput>,
): { spec: ImportSpec<unknown>; latest: Analysis<unknown> | RowBatches } {
  const previewed = uploads.recall<Previewed>(input.uploadId, 'previewed');
  if (!previewed) {
    throw new ApiFailure('conflict', 'Preview the file before importing it.');
  }
  const { kind, format } = previewed;
  const spec = specs[kind];
  // The latest preview's analysis, from the worker or from here: no second parse of the file.
  const cached = uploads.recall<CachedAnalysis>(input.uploadId, 'analysis');
  const table = () =>
    tableOf(
      uploads,
      input.uploadId,
      uploads.derived(input.uploadId, 'decoded', () => decodeUpload(uploads.bytes(input.uploadId))),
      kind,
      format,
    );
  const columns = cached?.columns ?? table().columns;
  const mapping = input.mapping
    ? checkMapping(spec, { columns }, input.mapping)
    : detectMapping(kind, columns);
  // The worker's preview carries only the valid rows; leaving bad fields blank needs the rows
  // with errors too, so that choice reads the file again here.
  const blanking = input.blankInvalidFields === 'all' || input.blankInvalidFields.length > 0;
  const latest =
    !blanking && cached?.key === mappingKey(spec, mapping)
      ? cached.analysis
      : analysisOf(uploads, input.uploadId, spec, table(), mapping);
  return { spec, latest };
}

function refuseUncommittable(
  analysis: Pick<Analysis<unknown>, 'blocking' | 'invalidRows'>,
  input: z.output<typeof importCommitInput>,
): void {
  if (analysis.blocking) throw new ApiFailure('invalid_input', analysis.blocking);
  if (analysis.invalidRows > 0 && !input.skipInvalidRows) {
    throw new ApiFailure(
      'invalid_input',
      `${analysis.invalidRows} ${analysis.invalidRows === 1 ? 'row has' : 'rows have'} errors. Fix the file, or choose to leave ${analysis.invalidRows === 1 ? 'that row' : 'those rows'} out. Nothing was imported.`,
    );
  }
}

function tableOf(
  uploads: UploadStore,
  uploadId: string,
  decoded: DecodedText,
  kind: ImportKind,
  format: ImportFormat,
): SourceTable {
  return uploads.derived(uploadId, `table:${format}:${format === 'json' ? kind : ''}`, () =>
    format === 'csv' ? parseCsv(decoded.text) : parseJsonRecords(decoded.text, kind),
  );
}

/** The latest mapping's analysis is kept, so that the commit after a preview does not redo it. */
function analysisOf(
  uploads: UploadStore,
  uploadId: string,
  spec: ImportSpec<unknown>,
  table: SourceTable,
  mapping: (ImportTarget | null)[],
): Analysis<unknown> {
  const key = mappingKey(spec, mapping);
  const cached = uploads.recall<CachedAnalysis>(uploadId, 'analysis');
  if (cached?.table === table && cached.key === key && !isBatches(cached.analysis)) {
    return cached.analysis;
  }
  const analysis = analyse(spec, table, mapping);
  uploads.remember(uploadId, 'analysis', {
    columns: table.columns,
    table,
    key,
    analysis,
  } satisfies CachedAnalysis);
  return analysis;
}

/** The upload read and checked once, kept for the restore that follows the preview. */
const checkedLibrary = (uploads: UploadStore, uploadId: string) =>
  uploads.derived(uploadId, 'library', () =>
    checkLibrary(decodeUpload(uploads.bytes(uploadId)).text),
  );

/** What restoring the uploaded library file would do, for the rep to confirm first. */
export function previewLibraryUpload(
  db: Db,
  uploads: UploadStore,
  uploadId: string,
): LibraryPreview {
  return previewLibrary(db, uploadId, checkedLibrary(uploads, uploadId));
}

/** Restores the uploaded library file into the (empty) library, all or nothing. */
export function restoreLibraryUpload(
  db: Db,
  uploads: UploadStore,
  { uploadId, skipRefused }: z.output<typeof libraryImportInput>,
): LibraryImportResult {
  const result = importLibrary(db, checkedLibrary(uploads, uploadId), skipRefused);
  // Restored: a second restore of the same upload would only be refused as a conflict.
  uploads.discard(uploadId);
  return result;
}
