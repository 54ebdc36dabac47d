import { MAX_IMPORT_BYTES, UPLOAD_CHUNK_BYTES } from '../../../../shared/domain/data';
import { sendUploadChunk } from './queries';

/** A chunk of the file as base64, read by the browser's own encoder (fast, no string building). */
function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

export class UploadError extends Error {}

/**
 * Sends a file to the backend in 1 MB chunks (the browser host takes at most 16 MB per request),
 * reporting the share sent after each. The backend refuses an oversized or binary file on the
 * first chunk, so a wrong file fails at once rather than after a long upload.
 */
export async function uploadFile(
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<string> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new UploadError(
      `The file is ${(file.size / 1024 / 1024).toFixed(0)} MB; imports take files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
    );
  }
  let uploadId: string | undefined;
  let index = 0;
  let offset = 0;
  onProgress(0);
  do {
    const chunk = await base64Of(file.slice(offset, offset + UPLOAD_CHUNK_BYTES));
    const sent = await sendUploadChunk({
      ...(uploadId ? { uploadId } : {}),
      index,
      totalBytes: file.size,
      chunk,
    });
    uploadId = sent.uploadId;
    index++;
    offset += UPLOAD_CHUNK_BYTES;
    onProgress(file.size === 0 ? 1 : sent.receivedBytes / file.size);
  } while (offset < file.size);
  return uploadId;
}
