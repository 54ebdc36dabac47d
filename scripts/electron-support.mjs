// Shared by start.mjs, test-electron.mjs and build-electron-native.mjs: where Electron and its
// build of better-sqlite3 live, and how to run a child process that cannot hang forever.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

export const WEB_HINT = 'To use OneUp without Electron, run:  npm run web';

/** A failure the user can act on: printed as one message, without a stack trace. */
export class UserFacingError extends Error {}

export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    throw new UserFacingError('The electron package is not installed. Run `npm install` first.');
  }
}

export function electronVersion() {
  return JSON.parse(readFileSync(join(electronPackageDir(), 'package.json'), 'utf8')).version;
}

/** The NODE_MODULE_VERSION of this Electron (150 for Electron 45), as the package records it. */
export function electronAbi() {
  return Number(readFileSync(join(electronPackageDir(), 'abi_version'), 'utf8').trim());
}

/**
 * The Electron executable if it has been downloaded, else null. Reading the files install.js
 * writes, because `require('electron')` would start a download as a side effect.
 */
export function installedElectronBinary() {
  const dir = electronPackageDir();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  try {
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8');
    const version = readFileSync(join(dir, 'dist', 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
    const binary = override ? join(override, relative) : join(dir, 'dist', relative);
    return version === electronVersion() && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Where build-electron-native.mjs puts the addon; src/main/electron/native-binding.ts reads it. */
export function electronNativeAddonPath(version = electronVersion()) {
  return join(ROOT, '.cache', 'electron-native', version, 'better_sqlite3.node');
}

/**
 * The environment for building against Electron. npm passes its config as npm_config_*, and on
 * these machines ~/.npmrc sets nodedir=/usr: node-gyp would then quietly compile against Node's
 * headers and report success. Nothing of npm's config may reach such a build.
 */
export function envWithoutNpmConfig(env = process.env) {
  const clean = {};
  for (const [name, value] of Object.entries(env)) {
    if (!/^npm_config_/i.test(name) && value !== undefined) clean[name] = value;
  }
  return clean;
}

/** True when `url` answers at all within the time limit (any HTTP status counts). */
export async function canReach(url, timeoutMs = 5000) {
  try {
    await fetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs a command with a hard time limit. `capture` keeps its output for the error message instead
 * of streaming it (a failed download's stack trace is noise to someone who wants to start the app).
 */
export function run(
  command,
  args,
  { cwd = ROOT, env = process.env, timeoutMs, capture = false } = {},
) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 3000).unref();
        }, timeoutMs)
      : null;
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      resolve({ code: null, timedOut, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, timedOut, output });
    });
  });
}

/** The most telling line of a failed child's output, for a one-line reason. */
export function lastMeaningfulLine(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  return (lines.at(-1) ?? '').slice(0, 300);
}

/**
 * The ABI a native addon was built for, read from its exported `node_register_module_v<N>` symbol.
 * nm where the platform has one; otherwise the symbol name is searched in the file's bytes.
 */
export function exportedModuleAbi(file) {
  const nmArgs =
    process.platform === 'linux'
      ? ['-D', '--defined-only', file]
      : process.platform === 'darwin'
        ? ['-gU', file]
        : null;
  let text = null;
  if (nmArgs) {
    const nm = spawnSync('nm', nmArgs, { encoding: 'utf8' });
    if (nm.status === 0) text = nm.stdout;
  }
  text ??= readFileSync(file).toString('latin1');
  const abis = new Set(
    [...text.matchAll(/node_register_module_v(\d+)/g)].map((match) => Number(match[1])),
  );
  return abis.size === 1 ? [...abis][0] : null;
}

export function formatMessage(lines) {
  const body = lines.filter(Boolean).join('\n  ');
  return `\n✖ ${body}\n`;
}

/** A package's command-line entry, run with this Node rather than through npx. */
export function packageBin(packageName, binName = packageName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[binName];
  if (!bin) throw new Error(`${packageName} has no "${binName}" command`);
  return join(dirname(manifestPath), bin);
}

/** `electron-vite build`: main, preload and renderer into out/. */
export async function buildApp() {
  const result = await run(process.execPath, [packageBin('electron-vite'), 'build']);
  if (result.code !== 0)
    throw new UserFacingError('Building OneUp failed (`electron-vite build`, output above).');
}
