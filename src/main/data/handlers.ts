import { required } from '../api/errors';
import type { FeatureHandlers } from '../api/router';
import type { Db } from '../db/open';
import { getInsight } from '../insights/repository';
import { getPlan } from '../plans/repository';
import { getProspect } from '../prospects/repository';
import { exportCallsCsv, exportInsightsCsv, exportProspectsCsv } from './csv-export';
import { decodeUpload } from './decode';
import { commitUpload, previewImport } from './service';
import { checkLibrary, exportLibraryJson, importLibrary, previewLibrary } from './library';
import { planToMarkdown } from './plan-markdown';
import { UploadStore } from './uploads';

type DataChannels = FeatureHandlers<'import' | 'export'>;

/** The upload read and checked once, kept for the restore that follows the preview. */
const checkedLibrary = (uploads: UploadStore, uploadId: string) =>
  uploads.derived(uploadId, 'library', () =>
    checkLibrary(decodeUpload(uploads.bytes(uploadId)).text),
  );

/** One upload store per open backend: uploads are in memory and die with it. */
export const dataHandlers = (db: Db, uploads = new UploadStore()): DataChannels => ({
  'import:upload-chunk': (input) => uploads.addChunk(input),
  'import:preview': (input) => previewImport(db, uploads, input),
  'import:commit': (input) => commitUpload(db, uploads, input),
  'import:discard': ({ uploadId }) => ({ discarded: uploads.discard(uploadId) }),
  'import:library-preview': ({ uploadId }) =>
    previewLibrary(db, uploadId, checkedLibrary(uploads, uploadId)),
  'import:library-json': ({ uploadId, skipRefused }) => {
    const result = importLibrary(db, checkedLibrary(uploads, uploadId), skipRefused);
    // Restored: a second restore of the same upload would only be refused as a conflict.
    uploads.discard(uploadId);
    return result;
  },
  'export:prospects-csv': () => exportProspectsCsv(db),
  'export:insights-csv': () => exportInsightsCsv(db),
  'export:calls-csv': () => exportCallsCsv(db),
  'export:library-json': () => exportLibraryJson(db),
  'export:plan-markdown': ({ id }) => {
    const plan = required('Call plan')(getPlan(db, id), id);
    const prospect = required('Prospect')(getProspect(db, plan.prospectId), plan.prospectId);
    const insights = plan.insightIds.flatMap((insightId) => getInsight(db, insightId) ?? []);
    return planToMarkdown(plan, prospect, insights);
  },
});
