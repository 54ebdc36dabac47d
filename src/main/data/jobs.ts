import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { importPreviewInput } from '../../shared/domain/data';
import {
  EXPORT_CHUNK_BYTES,
  type ExportChunk,
  type ExportKind,
  type JobStarted,
} from '../../shared/domain/jobs';
import type { JobRegistry } from '../jobs/registry';
import type { WriteTurn } from '../jobs/write-turn';
import { prepareWorker, runOnWorker, type WorkerSource } from '../jobs/worker-thread';
import type { ExportTask, WrittenExport } from './export-file';
import type { PreviewOutcome, PreviewTask } from './preview-job';
import { rememberPreview } from './service';
import type { UploadStore } from './uploads';

/** Finished exports wait here until the renderer has read them; cleared when OneUp starts. */
export const EXPORTS_FOLDER = 'exports';

export interface DataJobs {
  registry: JobRegistry;
  /** The library file for the worker's own read-only connection. */
  source: () => WorkerSource;
  dataDir: string;
  /** Held by an import commit while its transaction is open; write channels wait for it. */
  writeTurn: WriteTurn;
}

const exportsFolder = (jobs: DataJobs) => join(jobs.dataDir, EXPORTS_FOLDER);
const exportPath = (jobs: DataJobs, jobId: string) => join(exportsFolder(jobs), `${jobId}.export`);

/**
 * Exports left by an earlier run (handed over or abandoned) and partial files of a crash.
 * Nothing else is kept in the folder, so it is emptied whole.
 */
export function clearExports(dataDir: string): void {
  const folder = join(dataDir, EXPORTS_FOLDER);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (/^[a-f0-9]{32}\.(export|partial)$/u.test(name)) rmSync(join(folder, name), { force: true });
  }
}

/**
 * Starts an export on the worker: it writes `<id>.partial` and only a finished file is renamed
 * `<id>.export`, so a cancelled or failed export leaves no file behind (the partial one is
 * removed once the worker has stopped).
 */
export function startExport(jobs: DataJobs, kind: ExportKind): JobStarted {
  mkdirSync(exportsFolder(jobs), { recursive: true });
  let finalFile: string | null = null;
  const jobId = jobs.registry.start(
    'export',
    async (context) => {
      const partial = join(exportsFolder(jobs), `${jobId}.partial`);
      try {
        const task: ExportTask = { job: 'export', kind, target: partial };
        const written = await runOnWorker<WrittenExport>(task, jobs.source(), context);
        finalFile = exportPath(jobs, jobId);
        renameSync(partial, finalFile);
        const bytes = statSync(finalFile).size;
        return { kind: 'export', file: { ...written, bytes } };
      } finally {
        rmSync(partial, { force: true });
      }
    },
    { dispose: () => finalFile && rmSync(finalFile, { force: true }) },
  );
  return { jobId };
}

/** One slice of a finished export, from `offset`: the renderer reads them in turn. */
export function readExport(jobs: DataJobs, jobId: string, offset: number): ExportChunk {
  const { file } = jobs.registry.result(jobId, 'export');
  const length = Math.max(0, Math.min(EXPORT_CHUNK_BYTES, file.bytes - offset));
  const buffer = Buffer.alloc(length);
  const fd = openSync(exportPath(jobs, jobId), 'r');
  try {
    let read = 0;
    while (read < length) {
      const got = readSync(fd, buffer, read, length - read, offset + read);
      if (got === 0) break;
      read += got;
    }
  } finally {
    closeSync(fd);
  }
  const nextOffset = offset + length;
  return {
    base64: buffer.toString('base64'),
    offset,
    nextOffset,
    bytes: file.bytes,
    done: nextOffset >= file.bytes,
  };
}

/**
 * Starts an import preview on the worker. The valid rows come back in batches of JSON text and
 * are kept with the upload, as text, for the commit's own worker (data/commit-job.ts).
 * Cancelling keeps nothing: the rows gathered so far are dropped with the job.
 */
export function startPreview(
  jobs: DataJobs,
  uploads: UploadStore,
  input: z.output<typeof importPreviewInput>,
): JobStarted {
  // Refuses a missing or incomplete upload now, before a job is started.
  const bytes = uploads.bytes(input.uploadId);
  const jobId = jobs.registry.start('import-preview', async (context) => {
    const batches: string[] = [];
    const task: PreviewTask = { job: 'import-preview', bytes, input };
    let prepared = false;
    const outcome = await runOnWorker<PreviewOutcome>(
      task,
      jobs.source(),
      {
        signal: context.signal,
        progress: (update) => {
          context.progress(update);
          // The commit usually follows: its worker loads its code meanwhile. Not before this
          // worker's first report (its own code loaded): two loading at once slowed this one.
          if (prepared) return;
          prepared = true;
          prepareWorker();
        },
      },
      { onBatch: (json) => batches.push(json) },
    );
    if (context.signal.aborted) return { kind: 'import-preview', preview: outcome.preview };
    rememberPreview(uploads, input, outcome.columns, outcome.mappingKey, {
      batches,
      invalidRows: outcome.invalidRows,
      blocking: outcome.blocking,
    });
    return { kind: 'import-preview', preview: outcome.preview };
  });
  return { jobId };
}
