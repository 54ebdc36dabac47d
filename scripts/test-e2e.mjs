// Builds the app if needed, then runs the Playwright suite against the browser host in Chromium.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = new URL('..', import.meta.url).pathname;
buildIfNeeded();
const result = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/@playwright/test/cli.js'),
    'test',
    '-c',
    'test/e2e/playwright.config.ts',
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ONEUP_E2E_OUTPUT: join(root, 'test-results', `e2e-${process.pid}`), ...process.env },
  },
);
process.exit(result.status ?? 1);
