import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/** The name of the page's first script among the renderer's entries (see earlyEntryFirst). */
const EARLY_ENTRY = 'early';

// ONEUP_OUT_DIR lets parallel e2e runs on one machine build into their own folders.
const outDir = process.env.ONEUP_OUT_DIR ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${outDir}/main`,
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
    plugins: [react(), withoutMetaCspInDev(), earlyEntryFirst()],
    build: {
      outDir: resolve(__dirname, `${outDir}/renderer`),
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          // The page's first script: it sends the start-up requests (see earlyEntryFirst).
          [EARLY_ENTRY]: resolve(__dirname, 'src/renderer/src/early.ts'),
        },
      },
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

/**
 * Loads src/renderer/src/early.ts from index.html as a script of its own, ahead of the app's
 * bundle: a few kB that adopt the launch token and send the start-up requests, so the backend
 * answers while the app's ~300 kB of JavaScript is still being fetched and evaluated (coldstart
 * bench). main.tsx imports it too; a module runs once, so the requests leave once, and always
 * before the app's bundle runs. Keep it free of imports of other chunks (it is today): each
 * would be one more fetch before it can run; any it has are named in the page to fetch at once.
 */
function earlyEntryFirst(): Plugin {
  let base = './';
  return {
    name: 'oneup:early-entry-first',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const early = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === EARLY_ENTRY,
        );
        if (early?.type !== 'chunk') throw new Error('the early entry chunk was not built');
        const tags = [
          // async: it runs the moment it arrives, without waiting for parsing or the stylesheet.
          `<script type="module" async crossorigin src="${base}${early.fileName}"></script>`,
          ...early.imports
            .filter((file) => !html.includes(`${base}${file}"`))
            .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`),
        ].join('\n    ');
        const appScript = html.search(/<script type="module"/u);
        if (appScript === -1) throw new Error('index.html has no module script to put it before');
        return `${html.slice(0, appScript)}${tags}\n    ${html.slice(appScript)}`;
      },
    },
  };
}
