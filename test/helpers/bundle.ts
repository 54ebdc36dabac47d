import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Bundles a TypeScript script that a test runs as a child process into one plain .mjs file, once
 * per test file. Starting `node --import tsx script.ts` costs seconds on a loaded machine (tsx
 * loads and transforms the whole backend each time); the bundle starts like any Node script.
 * Packages stay external, so better-sqlite3 loads its own native build as usual.
 */
export async function bundleScript(entry: string): Promise<string> {
  // Returns the bundle's path; the caller removes its folder (`dirname`) when done.
  // Inside the project, so the bundle's `import 'better-sqlite3'` finds node_modules.
  const cache = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'test-scripts');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'script-'));
  // Readable by every user: some tests run the script as `nobody`.
  chmodSync(outDir, 0o755);
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'script.mjs' } },
    },
    ssr: { target: 'node' },
  });
  return join(outDir, 'script.mjs');
}
