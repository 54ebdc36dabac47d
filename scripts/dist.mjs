#!/usr/bin/env node
// `npm run dist`: the installers for this platform (Linux: AppImage and deb; macOS: dmg; Windows:
// NSIS) in dist/. Arguments go to electron-builder, e.g. `npm run dist -- --linux deb`.
//
//   1. electron-vite build into out/
//   2. better-sqlite3 for Electron into .cache/electron-native/ (scripts/build-electron-native.mjs)
//   3. electron-builder with electron-builder.config.mjs (fuses flipped in build/hooks/after-pack.mjs)
//
// Needs internet: electron-builder downloads Electron and its packaging tools, and the addon comes
// from better-sqlite3's prebuilt binaries or Electron's headers. ONEUP_ELECTRON_DIST may name an
// unpacked Electron of the installed version to use instead of the download.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { buildElectronNativeAddon } from './build-electron-native.mjs';
import {
  ROOT,
  UserFacingError,
  buildApp,
  canReach,
  electronVersion,
  formatMessage,
  packageBin,
  run,
} from './electron-support.mjs';

const DOWNLOAD_HOST = 'https://github.com';

async function main(args) {
  const electronDist = process.env.ONEUP_ELECTRON_DIST;
  if (electronDist && !existsSync(electronDist)) {
    throw new UserFacingError(`ONEUP_ELECTRON_DIST names ${electronDist}, which does not exist.`);
  }
  // Fail before minutes of building, not in the middle of electron-builder's download retries.
  if (!(await canReach(DOWNLOAD_HOST))) {
    throw new UserFacingError(
      [
        `npm run dist needs internet access, and ${DOWNLOAD_HOST} is unreachable from here.`,
        `electron-builder downloads Electron ${electronVersion()} and its packaging tools (AppImage, deb, NSIS, dmg) from there.`,
        'Run it on a machine with internet; test/unit/packaging.test.ts checks the configuration offline.',
      ].join('\n  '),
    );
  }

  console.log('› Building OneUp (electron-vite)…');
  await buildApp();
  console.log('› better-sqlite3 for Electron…');
  const addon = await buildElectronNativeAddon();
  console.log(`  ${relative(ROOT, addon)}`);

  console.log('› Packaging (electron-builder)…');
  const builderArgs = ['--config', 'electron-builder.config.mjs', '--publish', 'never', ...args];
  if (electronDist) builderArgs.push(`-c.electronDist=${electronDist}`);
  const result = await run(process.execPath, [packageBin('electron-builder'), ...builderArgs]);
  if (result.code !== 0) {
    throw new UserFacingError(
      `electron-builder failed (exit ${result.code}); its output is above.`,
    );
  }
  console.log('\n✔ Installers written to dist/');
}

main(process.argv.slice(2)).catch((error) => {
  console.error(
    formatMessage([
      error instanceof UserFacingError ? error.message : String(error?.stack ?? error),
    ]),
  );
  process.exit(1);
});
