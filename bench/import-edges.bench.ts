import { randomBytes, randomFillSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend } from '../src/main/backend';
import type { ChannelInput, ChannelName, ChannelResult } from '../src/shared/api/contract';
import { UPLOAD_CHUNK_BYTES } from '../src/shared/domain/data';
import { pathToFileURL } from 'node:url';
import { runSections, type BenchSection } from './lib/report';

/**
 * `npm run bench` (import edges): the sizes the API tests used to time, moved here because a test
 * must not depend on how fast the machine is. `test/api/import-files.test.ts` keeps the behaviour
 * with small files; this prints how long the large ones take.
 */

async function send<C extends ChannelName>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelResult<C>> {
  const result = await backend.router.handle(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelResult<C>;
}

/** Sends `bytes` in chunks; returns the upload id, or the error of the chunk that was refused. */
async function upload(
  backend: Backend,
  bytes: Buffer,
  chunkSize: number,
): Promise<{ uploadId?: string; refused?: string; chunks: number }> {
  let uploadId: string | undefined;
  let index = 0;
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    const result = await backend.router.handle('import:upload-chunk', {
      ...(uploadId ? { uploadId } : {}),
      index: index++,
      totalBytes: bytes.length,
      chunk: bytes.subarray(offset, offset + chunkSize).toString('base64'),
    });
    if (!result.ok) return { refused: result.error.message, chunks: index };
    uploadId = (result.value as ChannelResult<'import:upload-chunk'>).uploadId;
  }
  return { uploadId, chunks: index };
}

/** A plain CSV of about `megabytes` MB, with quoted company names that hold a comma. */
function plainCsv(megabytes: number): { bytes: Buffer; rows: number } {
  const lines = ['First Name,Last Name,Email,Phone Number,Company Name,Job Title'];
  let rows = 0;
  let size = 0;
  while (size < megabytes * 1024 * 1024) {
    const line = `Person${rows},Example${rows},person${rows}@corp${rows % 997}.example,+1 555 ${String(rows).padStart(7, '0')},"Company ${rows % 5000}, Inc.",Director of Things ${rows % 13}`;
    lines.push(line);
    size += line.length + 1;
    rows++;
  }
  return { bytes: Buffer.from(`${lines.join('\n')}\n`), rows };
}

async function withBackend(work: (backend: Backend) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oneup-import-edges-bench-'));
  const backend = openBackend({ dataDir, transport: 'browser', onInternalError: () => {} });
  try {
    await work(backend);
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(6)} s`;

export async function runImportEdgesBench(): Promise<void> {
  console.log('Import edges (sizes kept out of `npm test`)');

  await withBackend(async (backend) => {
    const { bytes, rows } = plainCsv(10);
    const started = performance.now();
    const sent = await upload(backend, bytes, 1024 * 1024);
    const preview = await send(backend, 'import:preview', {
      uploadId: sent.uploadId!,
      kind: 'prospects',
      format: 'csv',
    });
    const result = await send(backend, 'import:commit', {
      uploadId: sent.uploadId!,
      duplicateStrategy: 'skip',
    });
    const all = preview.totalRows === rows && result.created === rows ? 'all rows' : 'ROWS LOST';
    console.log(
      `  10 MB CSV in ${sent.chunks} chunks of 1 MB, ${rows} rows (${all}): ${seconds(performance.now() - started)}`,
    );
  });

  await withBackend(async (backend) => {
    const garbage = Buffer.alloc(50 * 1024 * 1024);
    randomFillSync(garbage, 0, UPLOAD_CHUNK_BYTES);
    const started = performance.now();
    const sent = await upload(backend, garbage, UPLOAD_CHUNK_BYTES);
    console.log(
      `  50 MB binary refused after ${sent.chunks} chunk(s): ${seconds(performance.now() - started)}`,
    );
  });

  await withBackend(async (backend) => {
    const garbage = Buffer.from(randomBytes(38 * 1024 * 1024).toString('base64'));
    const started = performance.now();
    const sent = await upload(backend, garbage, UPLOAD_CHUNK_BYTES);
    const refused = await backend.router.handle('import:preview', {
      uploadId: sent.uploadId!,
      kind: 'prospects',
      format: 'csv',
    });
    console.log(
      `  50 MB printable, no line break (${refused.ok ? 'ACCEPTED' : 'refused'}): ${seconds(performance.now() - started)}`,
    );
  });
}

export const importEdgesSection: BenchSection = {
  name: 'edges',
  about: 'a 10 MB CSV in 1 MB chunks, and 50 MB binary and unbroken uploads refused (no target)',
  run: async () => {
    await runImportEdgesBench();
  },
};

// `tsx bench/import-edges.bench.ts` runs this bench alone (same as `npm run bench -- edges`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runSections([importEdgesSection]);
}
