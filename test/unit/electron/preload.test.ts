import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { secureWebPreferences } from '../../../src/main/electron/window';
import { channelNames } from '../../../src/shared/api/contract';

const exposed = vi.hoisted(() => new Map<string, unknown>());
const invoke = vi.hoisted(() =>
  vi.fn((channel: string, input: unknown) =>
    Promise.resolve({ ok: true, value: { channel, input } }),
  ),
);

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
  BrowserWindow: class {},
}));

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

const originalArgv = process.argv;

/** Loads the preload as a renderer launched with `extraArgs` would. */
async function loadPreload(extraArgs: string[]): Promise<Bridge | undefined> {
  vi.resetModules();
  exposed.clear();
  process.argv = [...originalArgv, ...extraArgs];
  await import('../../../src/preload/index');
  return exposed.get('oneup') as Bridge | undefined;
}

function methodNames(bridge: Bridge): string[] {
  return Object.entries(bridge)
    .flatMap(([feature, verbs]) => Object.keys(verbs).map((verb) => `${feature}:${verb}`))
    .sort();
}

describe('the preload bridge', () => {
  let windowArguments: string[];

  beforeEach(() => {
    invoke.mockClear();
    windowArguments = secureWebPreferences('/x/preload.cjs').additionalArguments ?? [];
  });

  afterEach(() => {
    process.argv = originalArgv;
  });

  it('exposes one object, `oneup`, and nothing else', async () => {
    await loadPreload(windowArguments);
    expect([...exposed.keys()]).toEqual(['oneup']);
  });

  it('has one named method per contract channel, each invoking that channel', async () => {
    const bridge = (await loadPreload(windowArguments))!;
    expect(methodNames(bridge)).toEqual([...channelNames].sort());
    for (const channel of channelNames) {
      const [feature, verb] = channel.split(':') as [string, string];
      const input = { probe: channel };
      await expect(bridge[feature]![verb]!(input)).resolves.toEqual({
        ok: true,
        value: { channel, input },
      });
    }
    expect(invoke).toHaveBeenCalledTimes(channelNames.length);
  });

  it('hands the page only functions, never ipcRenderer or its invoke', async () => {
    const bridge = (await loadPreload(windowArguments))!;
    for (const verbs of Object.values(bridge)) {
      for (const method of Object.values(verbs)) {
        expect(typeof method).toBe('function');
        expect(method).not.toBe(invoke);
      }
    }
  });

  it('ignores names that are not channel names, such as __proto__', async () => {
    const bridge = (await loadPreload([
      '--oneup-api-channels=prospects:list,__proto__:x,constructor,a:b:c',
    ]))!;
    expect(methodNames(bridge)).toEqual(['prospects:list']);
  });

  it('exposes nothing when the main process did not pass the channel list', async () => {
    await expect(loadPreload([])).rejects.toThrow(/--oneup-api-channels/);
    expect(exposed.size).toBe(0);
  });

  it("requires nothing at run time but 'electron', which is all a sandboxed preload may load", () => {
    const preloadDir = join(import.meta.dirname, '../../../src/preload');
    const runtimeImports = ['index.ts', 'channels-argument.ts'].flatMap((file) =>
      [
        ...readFileSync(join(preloadDir, file), 'utf8').matchAll(
          /^import\s+(?!type\s)[^'"]*['"]([^'"]+)['"]/gm,
        ),
      ].map((match) => match[1]),
    );
    // './channels-argument' is bundled into the preload; it has no imports of its own.
    expect(runtimeImports.sort()).toEqual(['./channels-argument', 'electron']);
  });
});
