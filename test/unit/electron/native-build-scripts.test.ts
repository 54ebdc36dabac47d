import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { devCacheBindingPath } from '../../../src/main/electron/native-binding';

// The scripts are plain .mjs (they run before anything is built); typed here by hand.
interface ElectronSupport {
  ROOT: string;
  envWithoutNpmConfig(env: Record<string, string | undefined>): Record<string, string>;
  exportedModuleAbi(file: string): number | null;
  electronNativeAddonPath(version?: string): string;
  electronAbi(): number;
}
interface NativeBuild {
  verifyAddonAbi(file: string, wantedAbi: number): void;
}

const scripts = join(import.meta.dirname, '..', '..', '..', 'scripts');
const nodeBuild = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);

let support: ElectronSupport;
let nativeBuild: NativeBuild;

beforeAll(async () => {
  const load = (file: string): Promise<unknown> => import(pathToFileURL(join(scripts, file)).href);
  support = (await load('electron-support.mjs')) as ElectronSupport;
  nativeBuild = (await load('build-electron-native.mjs')) as NativeBuild;
});

describe('building better-sqlite3 for Electron', () => {
  it("keeps npm's config, and so ~/.npmrc's nodedir, away from the build", () => {
    const env = support.envWithoutNpmConfig({
      PATH: '/usr/bin',
      HOME: '/home/rep',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.20.2',
      npm_config_runtime: 'node',
    });
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/rep' });
  });

  it('reads the ABI a native addon was built for', () => {
    expect(support.exportedModuleAbi(nodeBuild)).toBe(Number(process.versions.modules));
  });

  it("refuses node_modules' Node build as the Electron build", () => {
    expect(support.electronAbi()).toBe(150);
    expect(() => nativeBuild.verifyAddonAbi(nodeBuild, support.electronAbi())).toThrow(
      new RegExp(`built for ABI ${process.versions.modules}, but Electron .* needs ABI 150`),
    );
  });

  it('writes the addon exactly where the main process looks for it', () => {
    expect(support.electronNativeAddonPath('45.5.0')).toBe(
      devCacheBindingPath(support.ROOT, '45.5.0'),
    );
  });
});
