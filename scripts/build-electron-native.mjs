#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .cache/electron-native/<electron version>/,
// leaving node_modules/better-sqlite3 (the Node build the tests use) untouched.
//
//   node scripts/build-electron-native.mjs            build if missing or wrong, then verify
//   node scripts/build-electron-native.mjs --force    rebuild even if a good build exists
//   node scripts/build-electron-native.mjs --verify <file>   only check a file's ABI
//
// The work happens in a copy of the package, first trying the prebuilt binary better-sqlite3
// publishes for this Electron, then compiling against Electron's headers. Either way the result
// must export node_register_module_v<Electron's ABI>, or it is refused.
import { copyFileSync, cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ROOT,
  UserFacingError,
  canReach,
  electronAbi,
  electronNativeAddonPath,
  electronVersion,
  envWithoutNpmConfig,
  exportedModuleAbi,
  formatMessage,
  lastMeaningfulLine,
  run,
} from './electron-support.mjs';

const require = createRequire(join(ROOT, 'package.json'));
const HEADERS_URL = 'https://electronjs.org/headers';
const PREBUILD_TIMEOUT_MS = 90_000;
// Compiling SQLite takes about two minutes on a 2-core machine; allow for slower ones.
const COMPILE_TIMEOUT_MS = 20 * 60_000;

/** Throws UserFacingError unless `file` exports exactly the wanted ABI. */
export function verifyAddonAbi(file, wantedAbi) {
  if (!existsSync(file)) throw new UserFacingError(`${file} does not exist.`);
  const found = exportedModuleAbi(file);
  if (found !== wantedAbi) {
    throw new UserFacingError(
      `${file} is built for ABI ${found ?? 'unknown'}, but Electron ${electronVersion()} needs ABI ${wantedAbi}.`,
    );
  }
}

/** True when a verified Electron build is already in place. */
export function hasElectronNativeAddon() {
  const file = electronNativeAddonPath();
  if (!existsSync(file)) return false;
  try {
    verifyAddonAbi(file, electronAbi());
    return true;
  } catch {
    return false;
  }
}

/**
 * Produces the verified addon and returns its path. `log` receives progress lines; failures are
 * thrown as UserFacingError with a reason a developer can act on.
 */
export async function buildElectronNativeAddon({ force = false, log = console.log } = {}) {
  const version = electronVersion();
  const abi = electronAbi();
  const target = electronNativeAddonPath(version);
  if (!force && hasElectronNativeAddon()) return target;

  const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
  const workRoot = join(ROOT, '.cache', 'electron-native', `work-${version}`);
  const workDir = join(workRoot, 'better-sqlite3');
  rmSync(workRoot, { recursive: true, force: true });
  mkdirSync(workRoot, { recursive: true });
  // Everything but the Node build, so nothing can be mistaken for the result.
  cpSync(packageDir, workDir, {
    recursive: true,
    filter: (source) => {
      const inside = relative(packageDir, source);
      return inside !== 'build' && !inside.startsWith(`build${sep}`);
    },
  });
  try {
    await buildInCopy(workDir, target, version, abi, log);
  } finally {
    rmSync(workRoot, { recursive: true, force: true });
  }
  log(`Electron build of better-sqlite3 ready: ${relative(ROOT, target)}`);
  return target;
}

async function buildInCopy(workDir, target, version, abi, log) {
  const built = join(workDir, 'build', 'Release', 'better_sqlite3.node');
  const env = envWithoutNpmConfig();
  const reasons = [];

  log(`Building better-sqlite3 for Electron ${version} (ABI ${abi})…`);
  const prebuild = await run(
    process.execPath,
    [
      require.resolve('prebuild-install/bin.js'),
      '--runtime',
      'electron',
      '--target',
      version,
      '--arch',
      process.arch,
      '--platform',
      process.platform,
    ],
    { cwd: workDir, env, timeoutMs: PREBUILD_TIMEOUT_MS, capture: true },
  );
  if (prebuild.code === 0 && existsSync(built)) {
    log('Using the prebuilt binary published by better-sqlite3.');
  } else {
    reasons.push(
      `prebuilt download: ${prebuild.timedOut ? 'timed out' : lastMeaningfulLine(prebuild.output) || 'failed'}`,
    );
    rmSync(join(workDir, 'build'), { recursive: true, force: true });
    if (!(await canReach(HEADERS_URL))) {
      throw new UserFacingError(
        `Could not build better-sqlite3 for Electron: ${HEADERS_URL} is unreachable (${reasons.join('; ')}).`,
      );
    }
    log('No prebuilt binary; compiling against Electron headers (a few minutes)…');
    const compile = await run(
      process.execPath,
      [
        findNodeGyp(),
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        `--arch=${process.arch}`,
        `--dist-url=${HEADERS_URL}`,
        `--devdir=${join(ROOT, '.cache', 'electron-gyp')}`,
      ],
      { cwd: workDir, env, timeoutMs: COMPILE_TIMEOUT_MS, capture: true },
    );
    if (compile.code !== 0 || !existsSync(built)) {
      throw new UserFacingError(
        `Compiling better-sqlite3 for Electron failed: ${compile.timedOut ? 'timed out' : lastMeaningfulLine(compile.output)}`,
      );
    }
  }

  verifyAddonAbi(built, abi);
  mkdirSync(dirname(target), { recursive: true });
  // Copy then rename, so a crash never leaves a half-written addon where the app looks for one.
  copyFileSync(built, `${target}.partial`);
  renameSync(`${target}.partial`, target);
}

/** node-gyp ships inside npm; `npx node-gyp` would bring npm's config (and nodedir) back in. */
function findNodeGyp() {
  const candidates = [join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')];
  if (process.env.npm_execpath) {
    candidates.push(
      join(
        dirname(process.env.npm_execpath),
        '..',
        'node_modules',
        'node-gyp',
        'bin',
        'node-gyp.js',
      ),
    );
  }
  const nodeDir = dirname(process.execPath);
  candidates.push(
    join(
      nodeDir,
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
    join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  const found = candidates.find((file) => existsSync(file));
  if (!found)
    throw new UserFacingError(
      'node-gyp was not found next to npm. Install it with `npm install -g node-gyp`.',
    );
  return found;
}

async function main(argv) {
  if (argv[0] === '--verify') {
    const file = argv[1];
    if (!file) throw new UserFacingError('Usage: build-electron-native.mjs --verify <file>');
    verifyAddonAbi(file, electronAbi());
    console.log(`${file}: ABI ${electronAbi()}, matches Electron ${electronVersion()}.`);
    return;
  }
  await buildElectronNativeAddon({ force: argv.includes('--force') });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(
      formatMessage([
        error instanceof UserFacingError ? error.message : String(error?.stack ?? error),
      ]),
    );
    process.exit(1);
  });
}
