import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBackend, type Backend } from '../../src/main/backend';
import { JobGate } from '../../src/main/jobs/gate';
import type { ChannelResult } from '../../src/shared/api/contract';
import type { ApiResult } from '../../src/shared/api/result';
import {
  UPLOAD_CHUNK_BYTES,
  type ImportKind,
  type ImportPreview,
} from '../../src/shared/domain/data';
import { call, failure } from '../helpers/api';
import { tempDir } from '../helpers/temp';

export { call, failure };

/** Helpers shared by the import and export API tests. */

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'csv');

export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));

export function backend(dataDir = tempDir()): Backend {
  return openBackend({ dataDir, transport: 'browser', onInternalError: () => {} });
}

type UploadReceipt = ChannelResult<'import:upload-chunk'>;

/** Sends a file the way the renderer does: base64 chunks, in order. */
/** A backend whose import worker waits at the gate once it has written `afterRows` rows. */
export function gatedBackend(afterRows: number): { backend: Backend; gate: JobGate } {
  const gate = new JobGate(afterRows);
  const backend = openBackend({
    dataDir: tempDir(),
    transport: 'browser',
    onInternalError: () => {},
    jobGate: gate,
  });
  return { backend, gate };
}

export async function upload(
  api: Backend,
  bytes: Uint8Array,
  chunkSize = UPLOAD_CHUNK_BYTES,
): Promise<ApiResult<UploadReceipt>> {
  let uploadId: string | undefined;
  let index = 0;
  let last: ApiResult<UploadReceipt> | undefined;
  for (let offset = 0; offset < bytes.length || index === 0; offset += chunkSize) {
    const chunk = Buffer.from(bytes.subarray(offset, offset + chunkSize)).toString('base64');
    last = (await api.router.handle('import:upload-chunk', {
      ...(uploadId ? { uploadId } : {}),
      index,
      totalBytes: bytes.length,
      chunk,
    })) as ApiResult<UploadReceipt>;
    if (!last.ok) return last;
    uploadId = last.value.uploadId;
    index++;
  }
  return last!;
}

export async function uploadId(
  api: Backend,
  bytes: Uint8Array,
  chunkSize?: number,
): Promise<string> {
  const result = await upload(api, bytes, chunkSize);
  if (!result.ok) throw new Error(`upload failed: ${JSON.stringify(result.error).slice(0, 500)}`);
  return result.value.uploadId;
}

export async function preview(
  api: Backend,
  bytes: Uint8Array,
  kind: ImportKind = 'prospects',
  format: 'csv' | 'json' = 'csv',
): Promise<ImportPreview> {
  const id = await uploadId(api, bytes);
  return call(api, 'import:preview', { uploadId: id, kind, format });
}

export function countRows(api: Backend, table: 'prospects' | 'insights'): number {
  return api.db.prepare(`SELECT count(*) AS n FROM ${table}`).pluck().get() as number;
}
