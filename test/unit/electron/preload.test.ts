import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { secureWebPreferences } from '../../../src/main/electron/window';
import { channelNames } from '../../../src/shared/api/contract';
import { MENU_COMMAND_EVENT, appCommands } from '../../../src/shared/commands/declarations';

const exposed = vi.hoisted(() => new Map<string, unknown>());
const invoke = vi.hoisted(() =>
  vi.fn((channel: string, input: unknown) =>
    Promise.resolve({ ok: true, value: { channel, input } }),
  ),
);
/** The main process's side of `ipcRenderer.on`: event name → listeners. */
const pushed = vi.hoisted(
  () => new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>(),
);

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (event: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (!pushed.has(event)) pushed.set(event, new Set());
      pushed.get(event)!.add(listener);
    },
    removeListener: (event: string, listener: (event: unknown, ...args: unknown[]) => void) =>
      pushed.get(event)?.delete(listener),
  },
  BrowserWindow: class {},
}));

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<unknown>>> & {
  onMenuCommand: (listener: (id: string) => void) => () => void;
};

/** Loads the preload as the renderer does, with whatever process.argv the renderer has. */
async function loadPreload(): Promise<Bridge | undefined> {
  vi.resetModules();
  exposed.clear();
  pushed.clear();
  await import('../../../src/preload/index');
  return exposed.get('oneup') as Bridge | undefined;
}

function methodNames(bridge: Bridge): string[] {
  return Object.entries(bridge)
    .filter(([, value]) => typeof value === 'object')
    .flatMap(([feature, verbs]) => Object.keys(verbs).map((verb) => `${feature}:${verb}`))
    .sort();
}

describe('the preload bridge', () => {
  beforeEach(() => {
    invoke.mockClear();
  });

  it('exposes one object, `oneup`, and nothing else', async () => {
    await loadPreload();
    expect([...exposed.keys()]).toEqual(['oneup']);
  });

  it('has one named method per contract channel, each invoking that channel', async () => {
    const bridge = (await loadPreload())!;
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

  it('needs nothing from the main process: no channel list in argv, none in the window options', async () => {
    expect(secureWebPreferences('/x/preload.cjs').additionalArguments).toBeUndefined();
    expect(process.argv.join(' ')).not.toMatch(/oneup/u);
    expect(methodNames((await loadPreload())!)).toHaveLength(channelNames.length);
  });

  it('hands the page only functions, never ipcRenderer or its invoke', async () => {
    const bridge = (await loadPreload())!;
    expect(typeof bridge.onMenuCommand).toBe('function');
    for (const [feature, verbs] of Object.entries(bridge)) {
      if (feature === 'onMenuCommand') continue;
      for (const method of Object.values(verbs)) {
        expect(typeof method).toBe('function');
        expect(method).not.toBe(invoke);
      }
    }
  });

  it('passes menu commands to the page, only ids the app declares, until unsubscribed', async () => {
    const bridge = (await loadPreload())!;
    const received: string[] = [];
    const unsubscribe = bridge.onMenuCommand((id) => received.push(id));
    const send = (id: unknown) => {
      for (const listener of pushed.get(MENU_COMMAND_EVENT) ?? []) listener({}, id);
    };
    send(appCommands.goReview.id);
    send('app.quit-everything');
    send({ id: appCommands.goReview.id });
    send('__proto__');
    expect(received).toEqual([appCommands.goReview.id]);
    unsubscribe();
    send(appCommands.goData.id);
    expect(received).toEqual([appCommands.goReview.id]);
  });

  it("requires nothing at run time but 'electron' and zod-free shared modules, which the build bundles", () => {
    const root = join(import.meta.dirname, '../../..');
    const runtimeImports = (file: string) =>
      [
        ...readFileSync(join(root, file), 'utf8').matchAll(
          /^import\s+(?!type\s)[^'"]*['"]([^'"]+)['"]/gm,
        ),
      ].map((match) => match[1]!);
    expect(runtimeImports('src/preload/index.ts').sort()).toEqual([
      '../shared/api/channel-names',
      '../shared/commands/declarations',
      'electron',
    ]);
    // The two shared modules are plain data: nothing of theirs reaches a `require` in the bundle.
    expect(runtimeImports('src/shared/api/channel-names.ts')).toEqual([]);
    expect(runtimeImports('src/shared/commands/declarations.ts')).toEqual([]);
  });
});
