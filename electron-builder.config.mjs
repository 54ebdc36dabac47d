// electron-builder configuration: `npm run dist` (scripts/dist.mjs) passes it with --config.
// test/unit/packaging.test.ts loads it and checks what this file promises.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import afterPack from './build/hooks/after-pack.mjs';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(
  readFileSync(require.resolve('electron/package.json'), 'utf8'),
).version;

/** Written by scripts/build-electron-native.mjs; read by src/main/electron/native-binding.ts. */
export const NATIVE_ADDON = {
  from: `.cache/electron-native/${electronVersion}/better_sqlite3.node`,
  to: 'native/better_sqlite3.node',
};

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'app.oneup.desktop',
  productName: 'OneUp',
  executableName: 'oneup',
  copyright: 'Copyright © OneUp',
  directories: { output: 'dist', buildResources: 'resources' },
  // The app is what electron-vite built, minus the browser host's entry. electron-builder adds the
  // production dependencies on its own (the main bundle leaves better-sqlite3 and zod external);
  // only "!" patterns reach node_modules. They keep out better-sqlite3's sources and its Node-ABI
  // build (the app loads the Electron build from resources/native/ through `nativeBinding`), its
  // install-time downloader, and the libraries Vite already bundled into out/renderer.
  files: [
    'out/**',
    'package.json',
    '!out/main/web.js',
    '!node_modules/better-sqlite3/{build,deps,src,docs,benchmark}/**',
    '!node_modules/prebuild-install/**',
    '!node_modules/{react,react-dom,scheduler,wouter,regexparam,use-sync-external-store}/**',
    '!node_modules/@tanstack/**',
  ],
  asar: true,
  // A native addon cannot be loaded from inside app.asar; it goes next to it, unpacked.
  extraResources: [NATIVE_ADDON],
  // Never rebuild node_modules for Electron: that would replace the Node build the tests use.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  afterPack,

  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons',
    category: 'Office',
    synopsis: 'Call prep for B2B reps who prospect by phone',
    maintainer: 'OneUp',
  },
  deb: { packageName: 'oneup' },
  mac: {
    target: ['dmg'],
    icon: 'resources/icon.icns',
    category: 'public.app-category.business',
    hardenedRuntime: true,
  },
  dmg: { title: 'OneUp ${version}' },
  win: {
    target: ['nsis'],
    icon: 'resources/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerIcon: 'resources/icon.ico',
    uninstallerIcon: 'resources/icon.ico',
  },
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
};

export default config;
