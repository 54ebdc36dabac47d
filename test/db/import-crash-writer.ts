// An importer for test/db/import-crash.test.ts: previews a CSV of new prospects through the real
// router, starts the commit job and prints `midway <done>` once the job's worker waits at the test
// gate with one slice of rows written, its transaction open (the library must then be as before
// the kill), or with `committed` as third argument
// prints `committed <done>` once the job reports its COMMIT done, while the WAL checkpoint runs
// (every row must then survive the kill). The parent then kills this process with SIGKILL.
import { openBackend } from '../../src/main/backend';
import { ROWS_PER_SLICE } from '../../src/main/data/commit-task';
import { JobGate } from '../../src/main/jobs/gate';
import { UPLOAD_CHUNK_BYTES } from '../../src/shared/domain/data';

const [dataDir, rowsText, when = 'midway'] = process.argv.slice(2);
if (!dataDir || !rowsText) {
  console.error('usage: import-crash-writer.ts <dataDir> <rows> [midway|committed]');
  process.exit(2);
}
const rows = Number(rowsText);
// The worker writes on its own thread: held at the gate, it cannot commit before the kill.
const gate = when === 'midway' ? new JobGate(ROWS_PER_SLICE) : undefined;
const backend = openBackend({ dataDir, transport: 'browser', jobGate: gate });
let held = false;
void gate?.held.then(() => (held = true));

async function send(channel: string, input: unknown): Promise<Record<string, unknown>> {
  const result = await backend.router.handle(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as Record<string, unknown>;
}

const lines = ['Name,Company,Email'];
for (let index = 0; index < rows; index++) {
  lines.push(`New Person ${index},Lanewise,new${index}@lanewise.example`);
}
const csv = Buffer.from(`${lines.join('\r\n')}\r\n`);
let uploadId: unknown;
for (let offset = 0, index = 0; offset < csv.length; offset += UPLOAD_CHUNK_BYTES, index++) {
  const sent = await send('import:upload-chunk', {
    ...(uploadId ? { uploadId } : {}),
    index,
    totalBytes: csv.length,
    chunk: csv.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64'),
  });
  uploadId = sent.uploadId;
}
await send('import:preview', { uploadId, kind: 'prospects', format: 'csv' });
const { jobId } = await send('import:start-commit', { uploadId, duplicateStrategy: 'skip' });
for (;;) {
  const state = (await send('jobs:get', { jobId })) as {
    status: string;
    progress: { done: number; total: number; phase: string };
  };
  if (state.status !== 'running' && !(when === 'committed' && state.status === 'done'))
    throw new Error(`the import ended before the kill: ${state.status}`);
  const { done, total, phase } = state.progress;
  if (when === 'committed' && phase === 'finished') {
    process.stdout.write(`committed ${done}\n`);
    await new Promise(() => {});
  }
  if (when === 'midway' && held && done > 0 && done < total) {
    process.stdout.write(`midway ${done}\n`);
    // Waits here, the import's transaction open, for the parent's SIGKILL.
    await new Promise(() => {});
  }
  await new Promise((resolve) => setImmediate(resolve));
}
