import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
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
}));

type Bridge = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

describe('the preload bridge', () => {
  let bridge: Bridge;

  beforeAll(async () => {
    await import('../../../src/preload/index');
    bridge = exposed.get('oneup') as Bridge;
  });

  it('exposes one object, `oneup`, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['oneup']);
  });

  it('has exactly one named method per contract channel, each invoking that channel', async () => {
    const methods = Object.entries(bridge).flatMap(([feature, verbs]) =>
      Object.keys(verbs).map((verb) => `${feature}:${verb}`),
    );
    expect(methods.sort()).toEqual([...channelNames].sort());
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

  it('hands the page only functions, never ipcRenderer or its invoke', () => {
    for (const verbs of Object.values(bridge)) {
      for (const method of Object.values(verbs)) {
        expect(typeof method).toBe('function');
        expect(method).not.toBe(invoke);
      }
    }
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc/i);
  });

  it("requires nothing at run time but 'electron', which is all a sandboxed preload may load", () => {
    const source = readFileSync(join(import.meta.dirname, '../../../src/preload/index.ts'), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\s)[^'"]*['"]([^'"]+)['"]/gm)].map(
      (m) => m[1],
    );
    expect(runtimeImports).toEqual(['electron']);
  });
});
