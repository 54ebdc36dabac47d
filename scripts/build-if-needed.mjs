// Builds main, preload and renderer with electron-vite when the output is missing or older than
// any source file, so `npm run web` and the e2e tests always run what is in src/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** The build folder; ONEUP_OUT_DIR gives parallel test runs their own. */
export const outDir = process.env.ONEUP_OUT_DIR ?? 'out';
const outputs = [
  'main/web.js',
  'main/index.js',
  'main/read-worker.js',
  'preload/index.cjs',
  'renderer/index.html',
].map((file) => `${outDir}/${file}`);
const inputs = ['src', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    info.mtimeMs,
  );
}

export function buildIfNeeded({ quiet = false } = {}) {
  const missing = outputs.some((file) => !existsSync(join(root, file)));
  const builtAt = missing
    ? 0
    : Math.min(...outputs.map((file) => statSync(join(root, file)).mtimeMs));
  const changedAt = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
  if (!missing && builtAt >= changedAt) return;
  if (!quiet) console.error('OneUp: building the app (electron-vite build)…');
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'],
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error('electron-vite build failed');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
