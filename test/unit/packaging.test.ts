import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { nativeBindingCandidates } from '../../src/main/electron/native-binding';
import { tempDir } from '../helpers/temp';

// The packaging files are plain .mjs (electron-builder loads them without a TypeScript step);
// typed here by hand with what the test reads.
interface FileSet {
  from: string;
  to: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  executableName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  extraResources: FileSet[];
  asarUnpack?: string[];
  npmRebuild: boolean;
  afterPack: (context: PackContext) => Promise<void>;
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  nsis: { installerIcon: string; uninstallerIcon: string };
}
interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
interface FusesModule {
  FUSES: Record<string, boolean>;
  fuseConfig(options?: { resetAdHocDarwinSignature?: boolean }): Record<string, unknown>;
}

const ROOT = join(import.meta.dirname, '..', '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// The fuse wire in @electron/fuses' order ('1' on, '0' off) with Electron's default states.
const FUSE_ORDER = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
  'WasmTrapHandlers',
];
const SHIPPED_WIRE = '101100011';

let config: BuilderConfig;
let fuses: FusesModule;
let electronVersion: string;

beforeAll(async () => {
  const load = async <T>(file: string): Promise<T> =>
    (await import(pathToFileURL(join(ROOT, file)).href)) as T;
  config = (await load<{ default: BuilderConfig }>('electron-builder.config.mjs')).default;
  fuses = await load<FusesModule>('build/fuses.mjs');
  electronVersion = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
});

describe('the electron-builder configuration', () => {
  it('names the app and builds AppImage and deb, dmg, and an NSIS installer', () => {
    expect(config.appId).toBe('app.oneup.desktop');
    expect(config.productName).toBe('OneUp');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.directories.output).toBe('dist');
  });

  it('packs only the built app and package.json into an asar (everything else is an exclusion)', () => {
    expect(config.asar).toBe(true);
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['out/**', 'package.json']);
    // better-sqlite3's Node-ABI build would be dead weight next to the Electron one.
    expect(config.files).toContain(
      '!node_modules/better-sqlite3/{build,deps,src,docs,benchmark}/**',
    );
  });

  it('ships the Electron build of better-sqlite3 where the main process looks for it', () => {
    const [addon, ...others] = config.extraResources;
    expect(others).toEqual([]);
    // From where scripts/build-electron-native.mjs writes it…
    expect(addon!.from).toBe(
      relative(
        ROOT,
        join(ROOT, '.cache', 'electron-native', electronVersion, 'better_sqlite3.node'),
      ).replaceAll('\\', '/'),
    );
    // …to the first place src/main/electron/native-binding.ts tries in a packaged app.
    const resources = '/opt/OneUp/resources';
    const [packagedCandidate] = nativeBindingCandidates({
      resourcesPath: resources,
      appRoot: '/opt/OneUp/resources/app.asar',
      electronVersion,
    });
    expect(join(resources, addon!.to)).toBe(packagedCandidate);
    // Never rebuilt in node_modules: the tests need the Node build there.
    expect(config.npmRebuild).toBe(false);
  });

  it('flips the fuses in an afterPack hook', async () => {
    const hook = (await import(pathToFileURL(join(ROOT, 'build/hooks/after-pack.mjs')).href)) as {
      default: unknown;
    };
    expect(config.afterPack).toBe(hook.default);
  });
});

describe('Electron fuses', () => {
  it('are exactly: no RunAsNode, NODE_OPTIONS, --inspect or file:// privileges; cookie encryption, asar integrity and asar-only loading', () => {
    expect(fuses.FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  /** A stand-in Electron binary: some bytes, the fuse sentinel, version 1, the wire, more bytes. */
  function fakeElectron(file: string): void {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.alloc(4096, 0x5a),
        Buffer.from(SENTINEL, 'latin1'),
        Buffer.from([1, SHIPPED_WIRE.length]),
        Buffer.from(SHIPPED_WIRE, 'latin1'),
        Buffer.alloc(4096, 0x5a),
      ]),
    );
  }

  function wireOf(file: string): Record<string, boolean> {
    const bytes = readFileSync(file);
    const at = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
    const wire = bytes.subarray(at, at + SHIPPED_WIRE.length).toString('latin1');
    return Object.fromEntries(FUSE_ORDER.map((name, i) => [name, wire[i] === '1']));
  }

  const layouts: [platform: string, binary: string][] = [
    ['linux', 'oneup'],
    ['win32', 'OneUp.exe'],
    ['darwin', 'OneUp.app/Contents/Frameworks/Electron Framework.framework/Electron Framework'],
  ];

  it.each(layouts)(
    'are written into the %s binary the hook finds, and nothing else changes',
    async (platform, binary) => {
      const appOutDir = tempDir('oneup-pack-');
      const file = join(appOutDir, binary);
      fakeElectron(file);
      const before = readFileSync(file);
      await config.afterPack({
        appOutDir,
        electronPlatformName: platform,
        arch: 1, // x64: no ad-hoc re-signing, which needs macOS's codesign
        packager: { appInfo: { productFilename: 'OneUp' }, executableName: 'oneup' },
      });
      const after = readFileSync(file);
      expect(wireOf(file)).toEqual({
        ...fuses.FUSES,
        // Not named in build/fuses.mjs: Electron's defaults stay.
        LoadBrowserProcessSpecificV8Snapshot: false,
        WasmTrapHandlers: true,
      });
      // Spelled out, not only through FUSES: the renderer loads from app://, so file:// must
      // keep no extra privileges in what ships.
      expect(wireOf(file).GrantFileProtocolExtraPrivileges).toBe(false);
      expect(after.length).toBe(before.length);
      const changed = [...after].filter((byte, i) => byte !== before[i]).length;
      expect(changed).toBe(7); // each named fuse differs from Electron's default
    },
  );

  it('refuse to ship a binary without a fuse wire', async () => {
    const appOutDir = tempDir('oneup-pack-');
    writeFileSync(join(appOutDir, 'oneup'), Buffer.alloc(1024));
    await expect(
      config.afterPack({
        appOutDir,
        electronPlatformName: 'linux',
        arch: 1,
        packager: { appInfo: { productFilename: 'OneUp' }, executableName: 'oneup' },
      }),
    ).rejects.toThrow(/sentinel/);
  });
});

describe('app icons', () => {
  /** Width and height from a PNG's IHDR chunk, after checking the signature. */
  function pngSize(bytes: Buffer): [number, number] {
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  }

  it('has a PNG for every size Linux desktops ask for, each really that size', () => {
    expect(config.linux.icon).toBe('resources/icons');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = join(ROOT, 'resources', 'icons', `${size}x${size}.png`);
      expect(pngSize(readFileSync(file)), file).toEqual([size, size]);
    }
  });

  it('has a Windows .ico with 16 to 256 pixel images for the app and the installer', () => {
    expect(config.win.icon).toBe('resources/icon.ico');
    expect(config.nsis.installerIcon).toBe('resources/icon.ico');
    const ico = readFileSync(join(ROOT, config.win.icon));
    expect(ico.readUInt16LE(0)).toBe(0); // reserved
    expect(ico.readUInt16LE(2)).toBe(1); // 1 = icon
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + i * 16;
      const width = ico[entry] || 256; // 0 stands for 256
      const height = ico[entry + 1] || 256;
      expect(height).toBe(width);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const image = ico.subarray(offset, offset + length);
      // A PNG, or a BMP whose header says the same size (height doubled for the mask).
      if (image[0] === 137) expect(pngSize(image)).toEqual([width, height]);
      else expect([image.readInt32LE(4), image.readInt32LE(8)]).toEqual([width, height * 2]);
      sizes.push(width);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns whose entries are PNGs of the size their type promises', () => {
    expect(config.mac.icon).toBe('resources/icon.icns');
    const icns = readFileSync(join(ROOT, config.mac.icon));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const expected: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    };
    const found: Record<string, number> = {};
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('latin1', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      const [width, height] = pngSize(icns.subarray(at + 8, at + length));
      expect(height).toBe(width);
      found[type] = width;
      at += length;
    }
    expect(found).toEqual(expected);
  });
});
