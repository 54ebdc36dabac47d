import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { getPlanDetail } from '../plans/service';
import { exportCallsCsv, exportInsightsCsv, exportProspectsCsv } from './csv-export';
import { exportLibraryJson } from './library';
import { planToMarkdown } from './plan-markdown';
import { commitUpload, previewImport, previewLibraryUpload, restoreLibraryUpload } from './service';
import { UploadStore } from './uploads';

type DataChannels = FeatureHandlers<'import' | 'export'>;

/** One upload store per open backend: uploads are in memory and die with it. */
export const dataHandlers = (db: Db, uploads = new UploadStore()): DataChannels => ({
  'import:upload-chunk': (input) => uploads.addChunk(input),
  'import:preview': (input) => previewImport(db, uploads, input),
  'import:commit': (input) => commitUpload(db, uploads, input),
  'import:discard': ({ uploadId }) => ({ discarded: uploads.discard(uploadId) }),
  'import:library-preview': ({ uploadId }) => previewLibraryUpload(db, uploads, uploadId),
  'import:library-json': (input) => restoreLibraryUpload(db, uploads, input),
  'export:prospects-csv': () => exportProspectsCsv(db),
  'export:insights-csv': () => exportInsightsCsv(db),
  'export:calls-csv': () => exportCallsCsv(db),
  'export:library-json': () => exportLibraryJson(db),
  'export:plan-markdown': ({ id }) => {
    const { plan, prospect, insights } = getPlanDetail(db, id);
    return planToMarkdown(plan, prospect, insights);
  },
});
