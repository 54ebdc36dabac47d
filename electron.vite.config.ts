import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// ONEUP_OUT_DIR lets parallel e2e runs on one machine build into their own folders.
const outDir = process.env.ONEUP_OUT_DIR ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${outDir}/main`,
      // Bundled, not loaded from node_modules: zod alone is ~100 files that every thread (the
      // host and each reader and job thread) resolved and compiled at start. better-sqlite3 is
      // native and wink's model is data read at run time, so they stay outside.
      externalizeDeps: { exclude: ['zod', 'papaparse', 'ics'] },
      rollupOptions: {
        input: {
          // The Electron entry and the browser host share one backend bundle graph.
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/host/cli.ts'),
          // The reader threads' script (src/main/api/read-pool.ts); the hosts start it from here.
          'read-worker': resolve(__dirname, 'src/main/read-worker.ts'),
          // Long jobs run on a worker thread from this file (src/main/jobs/worker-thread.ts).
          'job-worker': resolve(__dirname, 'src/main/job-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${outDir}/preload`,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), withoutMetaCspInDev()],
    build: {
      outDir: resolve(__dirname, `${outDir}/renderer`),
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});

/**
 * index.html carries the strict CSP in a <meta> tag for the built app. Vite's dev server needs an
 * inline preamble and a websocket, which that tag would block, so in dev only the tag is left
 * out and the relaxed DEV_CSP arrives as a header (src/main/electron/security.ts).
 */
function withoutMetaCspInDev(): Plugin {
  return {
    name: 'oneup:without-meta-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/u, ''),
  };
}
