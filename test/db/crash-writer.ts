// A writer for test/db/crash.test.ts: adds notes (and saves the draft) through the real router in
// a loop and prints one line per commit, `ack <clientId> <draftRevision>`, only after the router has returned.
// The parent kills this process with SIGKILL at a random moment; whatever was acknowledged must
// then be in the database.
import { openBackend } from '../../src/main/backend';

const [dataDir, callIdText, prefix, revisionBaseText] = process.argv.slice(2);
if (!dataDir || !callIdText || !prefix || !revisionBaseText) {
  console.error('usage: crash-writer.ts <dataDir> <callId> <clientIdPrefix> <draftRevisionBase>');
  process.exit(2);
}
const callId = Number(callIdText);
const revisionBase = Number(revisionBaseText);
const backend = openBackend({ dataDir, transport: 'browser' });
process.stdout.write('ready\n');

for (let i = 0; ; i++) {
  const clientId = `${prefix}-${i}`;
  const note = await backend.router.handle('calls:add-note', {
    callId,
    body: `Note ${clientId}: ${'the prospect said something worth keeping. '.repeat(1 + (i % 5))}`,
    offsetMs: i * 10,
    clientId,
  });
  if (!note.ok) throw new Error(JSON.stringify(note.error));
  const draft = await backend.router.handle('calls:save-draft', {
    callId,
    body: `draft after ${clientId}`,
    revision: revisionBase + i,
  });
  if (!draft.ok) throw new Error(JSON.stringify(draft.error));
  process.stdout.write(`ack ${clientId} ${revisionBase + i}\n`);
}
