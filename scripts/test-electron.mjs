#!/usr/bin/env node
// `npm run test:electron`: Playwright drives the real desktop app (test/electron/*.spec.ts).
// These tests need the Electron binary. When it is missing this script FAILS, loudly: a skipped
// run would read as "the desktop app works" when nothing was checked.
import { hasElectronNativeAddon, buildElectronNativeAddon } from './build-electron-native.mjs';
import {
  ROOT,
  UserFacingError,
  buildApp,
  electronVersion,
  installedElectronBinary,
  packageBin,
  run,
} from './electron-support.mjs';

function fail(lines) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n${lines.map((line) => `!! ${line}`).join('\n')}\n${bar}\n`);
  process.exit(1);
}

async function main() {
  const binary = installedElectronBinary();
  if (!binary) {
    fail([
      `ELECTRON TESTS DID NOT RUN: the Electron ${electronVersion()} binary is not installed.`,
      '',
      'Electron is fetched on first use, and this machine could not (or has not yet) fetched it.',
      'On a machine with internet, run `npx install-electron` (or `npm start` once), then retry.',
      'Without the binary, the desktop glue is covered only by its unit tests',
      '(`npx vitest run test/unit/electron`), which mock the electron module.',
    ]);
  }
  if (!hasElectronNativeAddon()) {
    try {
      await buildElectronNativeAddon();
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      fail([
        'ELECTRON TESTS DID NOT RUN: better-sqlite3 could not be built for Electron.',
        error.message,
      ]);
    }
  }
  await buildApp();
  const result = await run(
    process.execPath,
    [
      packageBin('@playwright/test', 'playwright'),
      'test',
      '--config',
      'test/electron/playwright.config.ts',
      ...process.argv.slice(2),
    ],
    { cwd: ROOT, env: { ...process.env, ONEUP_ELECTRON_BINARY: binary } },
  );
  process.exit(result.code ?? 1);
}

main().catch((error) => {
  fail([
    `ELECTRON TESTS FAILED TO START: ${error instanceof Error ? error.message : String(error)}`,
  ]);
});
