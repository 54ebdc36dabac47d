import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { getPlanDetail } from '../plans/service';
import { exportCallsCsv, exportInsightsCsv, exportProspectsCsv } from './csv-export';
import { readExport, startExport, startPreview, type DataJobs } from './jobs';
import { exportLibraryJson } from './library';
import { planToMarkdown } from './plan-markdown';
import { commitUpload, previewImport, previewLibraryUpload, restoreLibraryUpload } from './service';
import { UploadStore } from './uploads';

type DataChannels = FeatureHandlers<'import' | 'export'>;

/**
 * One upload store per open connection: uploads are in memory and die with it. The long work
 * (export, import preview) runs as jobs on the worker; the commit stays here, in one transaction.
 */
export const dataHandlers = (
  db: Db,
  jobs: DataJobs,
  uploads = new UploadStore(),
): DataChannels => ({
  'import:upload-chunk': (input) => uploads.addChunk(input),
  'import:preview': (input) => previewImport(db, uploads, input),
  'import:start-preview': (input) => startPreview(jobs, uploads, input),
  'import:commit': (input) => commitUpload(db, uploads, input),
  'import:discard': ({ uploadId }) => ({ discarded: uploads.discard(uploadId) }),
  'import:library-preview': ({ uploadId }) => previewLibraryUpload(db, uploads, uploadId),
  'import:library-json': (input) => restoreLibraryUpload(db, uploads, input),
  'export:prospects-csv': () => exportProspectsCsv(db),
  'export:insights-csv': () => exportInsightsCsv(db),
  'export:calls-csv': () => exportCallsCsv(db),
  'export:library-json': () => exportLibraryJson(db),
  'export:start': ({ kind }) => startExport(jobs, kind),
  'export:read': ({ jobId, offset }) => readExport(jobs, jobId, offset),
  'export:plan-markdown': ({ id }) => {
    const { plan, prospect, insights } = getPlanDetail(db, id);
    return planToMarkdown(plan, prospect, insights);
  },
});
