import {
  importCommitInput,
  importPreviewInput,
  libraryImportInput,
  planMarkdownInput,
  uploadChunkInput,
  uploadRef,
  type ExportedFile,
  type ImportPreview,
  type ImportResult,
  type LibraryImportResult,
  type LibraryPreview,
  type UploadChunkResult,
} from '../../domain/data';
import {
  exportReadInput,
  exportStartInput,
  type ExportChunk,
  type JobStarted,
} from '../../domain/jobs';
import { channel, nothing } from '../channel';

/** Import (upload in chunks, preview, commit) and export (CSV, library JSON, plan Markdown). */
export const dataChannels = {
  'import:upload-chunk': channel<UploadChunkResult>()(uploadChunkInput),
  'import:preview': channel<ImportPreview>()(importPreviewInput),
  /** The preview on the worker thread, as a job: poll `jobs:get` for progress and the preview. */
  'import:start-preview': channel<JobStarted>()(importPreviewInput),
  'import:commit': channel<ImportResult>()(importCommitInput),
  /** The commit as a job, written in slices between which reads are answered; all or nothing. */
  'import:start-commit': channel<JobStarted>()(importCommitInput),
  'import:discard': channel<{ discarded: boolean }>()(uploadRef),
  'import:library-preview': channel<LibraryPreview>()(uploadRef),
  'import:library-json': channel<LibraryImportResult>()(libraryImportInput),
  'export:prospects-csv': channel<ExportedFile>()(nothing),
  'export:insights-csv': channel<ExportedFile>()(nothing),
  'export:calls-csv': channel<ExportedFile>()(nothing),
  'export:library-json': channel<ExportedFile>()(nothing),
  'export:plan-markdown': channel<ExportedFile>()(planMarkdownInput),
  /** An export written to a file by the worker, as a job; then read in slices with `export:read`. */
  'export:start': channel<JobStarted>()(exportStartInput),
  'export:read': channel<ExportChunk>()(exportReadInput),
} as const;
