import { z } from 'zod';
import type { BackupEntry, RestoreResult } from './backup';
import type { ImportPreview, ImportResult } from './data';

/**
 * Long work that runs off the request path (issue #11): exports, import previews, backups and
 * restores.
 * Starting one answers at once with a job id; the renderer then polls its progress, may cancel
 * it, and reads its result once it is done.
 */
export type JobKind = 'export' | 'import-preview' | 'import-commit' | 'backup' | 'restore';

/** What the job is doing now, for the label beside the progress bar. */
export type JobPhase =
  'starting' | 'reading' | 'writing' | 'parsing' | 'checking' | 'copying' | 'finished';

export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  /** Rows (or steps) finished so far. */
  done: number;
  /** Rows (or steps) in all; 0 while not yet known. */
  total: number;
  phase: JobPhase;
}

/** The finished file of an export, in `<dataDir>/exports/`, read back with `export:read`. */
export interface ExportFileInfo {
  filename: string;
  /** MIME type for the download. */
  type: string;
  bytes: number;
}

export type JobResult =
  | { kind: 'export'; file: ExportFileInfo }
  | { kind: 'import-preview'; preview: ImportPreview }
  | { kind: 'import-commit'; counts: ImportResult }
  | { kind: 'backup'; backup: BackupEntry }
  | { kind: 'restore'; restore: RestoreResult };

export interface JobState {
  id: string;
  kind: JobKind;
  status: JobStatus;
  progress: JobProgress;
  /** Why the job failed, in words the rep can act on; null unless failed. */
  error: string | null;
  /** Set once the job is done. */
  result: JobResult | null;
}

export const jobIdField = z.string().regex(/^[a-f0-9]{32}$/u, 'Not a job id.');
export const jobRef = z.strictObject({ jobId: jobIdField });

export interface JobStarted {
  jobId: string;
}

export const exportKind = z.enum(['prospects-csv', 'insights-csv', 'calls-csv', 'library-json']);
export type ExportKind = z.infer<typeof exportKind>;

export const exportStartInput = z.strictObject({ kind: exportKind });

/** A finished export is handed over in slices, so no answer carries the whole file. */
export const EXPORT_CHUNK_BYTES = 1024 * 1024;

export const exportReadInput = z.strictObject({
  jobId: jobIdField,
  offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

export interface ExportChunk {
  /** The bytes from `offset`, base64 (a slice may end inside a UTF-8 character). */
  base64: string;
  offset: number;
  nextOffset: number;
  /** The whole file's size; the last slice ends there. */
  bytes: number;
  done: boolean;
}
