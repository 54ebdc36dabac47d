import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

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
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, `${outDir}/renderer`),
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
