#!/usr/bin/env node
// `npm start`: the desktop app. Fetches what a fresh checkout lacks (the Electron binary, the
// Electron build of better-sqlite3), builds, and launches. Without a network connection it stops
// at once with one message pointing to `npm run web`, which needs neither.
//
// `node scripts/start.mjs --dev` does the same fetching, then runs `electron-vite dev` (hot reload)
// instead of a production build. Other arguments go to Electron, e.g. `npm start -- --inspect`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildElectronNativeAddon, hasElectronNativeAddon } from './build-electron-native.mjs';
import {
  ROOT,
  UserFacingError,
  WEB_HINT,
  buildApp,
  canReach,
  electronPackageDir,
  electronVersion,
  formatMessage,
  installedElectronBinary,
  lastMeaningfulLine,
  packageBin,
  run,
} from './electron-support.mjs';

// Generous when the download host answers (Electron is ~100 MB); short when it does not, which is
// still enough to unpack a zip @electron/get cached on an earlier run.
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
const OFFLINE_TIMEOUT_MS = 15_000;

/** A step that failed because something could not be fetched: the browser is the way out. */
class MissingDownloadError extends UserFacingError {}

async function ensureElectronBinary() {
  const existing = installedElectronBinary();
  if (existing) return existing;
  const version = electronVersion();
  const mirror = process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/';
  const reachable = await canReach(mirror);
  if (reachable) console.log(`Downloading Electron ${version} (first start only)…`);
  // The installer the electron package itself ships (also `npx install-electron`).
  const install = await run(process.execPath, [join(electronPackageDir(), 'install.js')], {
    timeoutMs: reachable ? DOWNLOAD_TIMEOUT_MS : OFFLINE_TIMEOUT_MS,
    capture: true,
  });
  const binary = installedElectronBinary();
  if (binary) return binary;
  const reason = install.timedOut
    ? 'the download timed out'
    : lastMeaningfulLine(install.output) || 'no reason given';
  throw new MissingDownloadError(
    `OneUp's desktop app needs Electron ${version}, which is not installed and could not be downloaded` +
      `${reachable ? '' : ' (no connection to the download server)'}: ${reason}`,
  );
}

async function ensureNativeAddon() {
  if (hasElectronNativeAddon()) return;
  try {
    await buildElectronNativeAddon();
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    throw new MissingDownloadError(
      `OneUp's desktop app needs better-sqlite3 built for Electron. ${error.message}`,
    );
  }
}

function launch(binary, extraArgs) {
  const env = { ...process.env };
  // Left over from some tools, it would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.', ...extraArgs], { cwd: ROOT, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(formatMessage([`Could not launch Electron: ${error.message}`, WEB_HINT]));
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main() {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const dev = args.includes('--dev');
  const binary = await ensureElectronBinary();
  await ensureNativeAddon();
  if (dev) {
    // electron-vite finds the binary we just made sure of and sets ELECTRON_RENDERER_URL.
    const result = await run(process.execPath, [packageBin('electron-vite'), 'dev']);
    process.exit(result.code ?? 1);
  }
  await buildApp();
  launch(binary, args);
}

main().catch((error) => {
  if (error instanceof MissingDownloadError) {
    console.error(formatMessage([error.message, WEB_HINT]));
  } else if (error instanceof UserFacingError) {
    console.error(formatMessage([error.message]));
  } else {
    console.error(error);
  }
  process.exit(1);
});
