import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

// What `npm run audit:electron` checks before Electronegativity, on a copy of the project with
// one weakness put back at a time: each must be named, and the real project must pass.
const ROOT = join(import.meta.dirname, '..', '..');
type Check = (root: string) => Promise<string[]>;
let hardeningProblems: Check;

beforeAll(async () => {
  const module = (await import(
    pathToFileURL(join(ROOT, 'scripts', 'electron-hardening.mjs')).href
  )) as { hardeningProblems: Check };
  hardeningProblems = module.hardeningProblems;
});

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The checked files, copied under .tmp/ in the project so build/fuses.mjs finds node_modules. */
function copyOfProject(): string {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const root = mkdtempSync(join(ROOT, '.tmp', 'hardening-'));
  copies.push(root);
  for (const path of ['src/renderer/index.html', 'src/main/electron', 'build/fuses.mjs'])
    cpSync(join(ROOT, path), join(root, path), { recursive: true });
  return root;
}

function edit(root: string, path: string, from: string | RegExp, to: string): void {
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`nothing to replace in ${path}`);
  writeFileSync(file, after);
}

describe('the Electron hardening audit', () => {
  it('finds nothing wrong with the project as it is', async () => {
    expect(await hardeningProblems(ROOT)).toEqual([]);
  });

  it.each([
    [
      'no <meta> CSP',
      (root: string) =>
        edit(
          root,
          'src/renderer/index.html',
          /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/u,
          '',
        ),
      /no <meta http-equiv="Content-Security-Policy">/u,
    ],
    [
      "a <meta> CSP with 'unsafe-inline'",
      (root: string) =>
        edit(
          root,
          'src/renderer/index.html',
          "script-src 'self'",
          "script-src 'self' 'unsafe-inline'",
        ),
      /'unsafe-inline'/u,
    ],
    [
      'app.enableSandbox() commented out',
      (root: string) =>
        edit(root, 'src/main/electron/main.ts', 'app.enableSandbox();', '// app.enableSandbox();'),
      /does not call app\.enableSandbox\(\)/u,
    ],
    [
      'the window loading a file again',
      (root: string) =>
        edit(
          root,
          'src/main/electron/window.ts',
          'window\n    .loadURL(appEntryUrl(options.location))',
          "window\n    .loadFile('out/renderer/index.html')",
        ),
      /window\.ts calls loadFile\(\)/u,
    ],
    [
      'no app:// handler installed',
      (root: string) =>
        edit(
          root,
          'src/main/electron/main.ts',
          /installAppProtocol\(protocol, rendererDir\);/u,
          '',
        ),
      /does not call installAppProtocol\(\)/u,
    ],
    [
      'app:// not a secure scheme',
      (root: string) =>
        edit(root, 'src/main/electron/app-protocol.ts', 'secure: true', 'secure: false'),
      /not registered with secure: true/u,
    ],
    [
      'the file:// fuse left on',
      (root: string) =>
        edit(
          root,
          'build/fuses.mjs',
          'GrantFileProtocolExtraPrivileges: false',
          'GrantFileProtocolExtraPrivileges: true',
        ),
      /GrantFileProtocolExtraPrivileges/u,
    ],
  ])('names %s', async (_label, weaken, expected) => {
    const root = copyOfProject();
    weaken(root);
    expect((await hardeningProblems(root)).join('\n')).toMatch(expected);
  });
});
