// A child for test/db/recovery-permissions.test.ts, run as an unprivileged user: opens the
// backend on <dataDir> the way the hosts do (recovery on) and prints `recovery:status` as JSON.
import { openBackend } from '../../src/main/backend';

const [dataDir] = process.argv.slice(2);
if (!dataDir) {
  console.error('usage: status-reporter.ts <dataDir>');
  process.exit(2);
}
const backend = openBackend({ dataDir, transport: 'browser', recoverFromBadFile: true });
const status = await backend.router.handle('recovery:status', {});
backend.close();
process.stdout.write(JSON.stringify(status));
