import { randomBytes } from 'node:crypto';
import { MAX_IMPORT_BYTES } from '../../shared/domain/data';
import { ApiFailure } from '../api/errors';
import { sniffBinary } from './decode';

/** One file on its way in: its chunks until the last arrives, then its bytes. */
interface Upload {
  id: string;
  totalBytes: number;
  received: number;
  nextIndex: number;
  chunks: Buffer[];
  touchedAt: number;
  /** Whatever a later step derived from the bytes (the parsed table), kept for the commit. */
  cache: Map<string, unknown>;
}

/** Uploads live in memory only, for a while: an abandoned one is dropped, never written to disk. */
const IDLE_MS = 30 * 60 * 1000;
/** A few at once is plenty for one rep; the oldest goes first. */
const MAX_UPLOADS = 4;

export class UploadStore {
  private uploads = new Map<string, Upload>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Adds one chunk. The first (index 0) starts an upload; oversized files are refused at once. */
  addChunk(input: {
    uploadId?: string | undefined;
    index: number;
    totalBytes: number;
    chunk: string;
  }): { uploadId: string; receivedBytes: number } {
    this.dropIdle();
    const bytes = Buffer.from(input.chunk, 'base64');
    let upload: Upload;
    if (input.uploadId === undefined) {
      if (input.index !== 0)
        throw new ApiFailure('invalid_input', 'An upload starts with chunk 0.');
      if (input.totalBytes > MAX_IMPORT_BYTES) {
        throw new ApiFailure(
          'invalid_input',
          `The file is ${megabytes(input.totalBytes)}; imports take files up to ${megabytes(MAX_IMPORT_BYTES)}. Split it into smaller files.`,
        );
      }
      // A file that is plainly binary is refused from its first chunk, before the rest is sent.
      sniffBinary(bytes);
      upload = {
        id: randomBytes(16).toString('hex'),
        totalBytes: input.totalBytes,
        received: 0,
        nextIndex: 0,
        chunks: [],
        touchedAt: this.now(),
        cache: new Map(),
      };
      while (this.uploads.size >= MAX_UPLOADS) this.discard(this.uploads.keys().next().value!);
      this.uploads.set(upload.id, upload);
    } else {
      upload = this.find(input.uploadId);
    }
    if (input.index !== upload.nextIndex) {
      throw new ApiFailure(
        'conflict',
        `Chunk ${input.index} arrived, but chunk ${upload.nextIndex} was expected. Start the upload again.`,
      );
    }
    if (upload.received + bytes.length > upload.totalBytes) {
      this.discard(upload.id);
      throw new ApiFailure('invalid_input', 'The upload is larger than announced. Start again.');
    }
    upload.chunks.push(bytes);
    upload.received += bytes.length;
    upload.nextIndex++;
    upload.touchedAt = this.now();
    return { uploadId: upload.id, receivedBytes: upload.received };
  }

  /** The whole file, once every byte announced has arrived. */
  bytes(uploadId: string): Buffer {
    const upload = this.find(uploadId);
    if (upload.received !== upload.totalBytes) {
      throw new ApiFailure(
        'conflict',
        `The upload is incomplete (${upload.received} of ${upload.totalBytes} bytes). Choose the file again.`,
      );
    }
    if (upload.chunks.length > 1) upload.chunks = [Buffer.concat(upload.chunks)];
    return upload.chunks[0] ?? Buffer.alloc(0);
  }

  /** A value derived from the upload, computed once per key. */
  derived<T>(uploadId: string, key: string, compute: () => T): T {
    const upload = this.find(uploadId);
    if (!upload.cache.has(key)) upload.cache.set(key, compute());
    return upload.cache.get(key) as T;
  }

  /** Replaces a derived value, e.g. the analysis of the latest mapping. */
  remember(uploadId: string, key: string, value: unknown): void {
    this.find(uploadId).cache.set(key, value);
  }

  recall<T>(uploadId: string, key: string): T | undefined {
    return this.find(uploadId).cache.get(key) as T | undefined;
  }

  discard(uploadId: string): boolean {
    return this.uploads.delete(uploadId);
  }

  private find(uploadId: string): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload) {
      throw new ApiFailure(
        'not_found',
        'That upload is gone (it was imported, discarded, or left idle for 30 minutes). Choose the file again.',
      );
    }
    upload.touchedAt = this.now();
    return upload;
  }

  private dropIdle(): void {
    const cutoff = this.now() - IDLE_MS;
    for (const [id, upload] of this.uploads) if (upload.touchedAt < cutoff) this.uploads.delete(id);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
