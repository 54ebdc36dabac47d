// `npm run web [-- --port N --data-dir DIR --no-open]`: OneUp in your browser, no Electron needed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = new URL('..', import.meta.url).pathname;
try {
  buildIfNeeded();
} catch (error) {
  console.error(`OneUp: ${error.message}`);
  process.exit(1);
}
// The host runs as its own process so that signals reach it directly and it closes the database.
const child = spawn(process.execPath, [join(root, 'out/main/web.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
