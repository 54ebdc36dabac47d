import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { getPlanDetail } from '../plans/service';
import { exportCallsCsv, exportInsightsCsv, exportProspectsCsv } from './csv-export';
import { startCommit } from './commit-job';
import { readExport, startExport, startPreview, type DataJobs } from './jobs';
import { exportLibraryJson } from './library';
import { planToMarkdown } from './plan-markdown';
import { commitUpload, previewImport, previewLibraryUpload, restoreLibraryUpload } from './service';
import { UploadStore } from './uploads';

type DataChannels = FeatureHandlers<'import' | 'export'>;

/**
 * One upload store per open connection: uploads are in memory and die with it. The long work
 * (export, import preview) runs as jobs on the worker; the commit runs here, as a job written in
 * slices (commit-job.ts), or at once in the request's transaction (`import:commit`, for scripts).
 */
export const dataHandlers = (
  db: Db,
  jobs: DataJobs | null,
  uploads = new UploadStore(),
): DataChannels => {
  // A reader thread has no jobs: it serves only read channels, and jobs start on the main thread.
  const mainJobs = (): DataJobs => {
    if (!jobs) throw new Error('Jobs start on the main thread, not on a reader.');
    return jobs;
  };
  return {
    'import:upload-chunk': (input) => uploads.addChunk(input),
    'import:preview': (input) => previewImport(db, uploads, input),
    'import:start-preview': (input) => startPreview(mainJobs(), uploads, input),
    'import:commit': (input) => commitUpload(db, uploads, input),
    'import:start-commit': (input) => startCommit(mainJobs(), () => db, uploads, input),
    'import:discard': ({ uploadId }) => ({ discarded: uploads.discard(uploadId) }),
    'import:library-preview': ({ uploadId }) => previewLibraryUpload(db, uploads, uploadId),
    'import:library-json': (input) => restoreLibraryUpload(db, uploads, input),
    'export:prospects-csv': () => exportProspectsCsv(db),
    'export:insights-csv': () => exportInsightsCsv(db),
    'export:calls-csv': () => exportCallsCsv(db),
    'export:library-json': () => exportLibraryJson(db),
    'export:start': ({ kind }) => startExport(mainJobs(), kind),
    'export:read': ({ jobId, offset }) => readExport(mainJobs(), jobId, offset),
    'export:plan-markdown': ({ id }) => {
      const { plan, prospect, insights } = getPlanDetail(db, id);
      return planToMarkdown(plan, prospect, insights);
    },
  };
};
