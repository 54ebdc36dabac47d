import type { IpcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiRouter } from '../../../src/main/api/router';
import { resolveAppLocation } from '../../../src/main/electron/app-location';
import {
  checkSender,
  registerApiHandlers,
  type IpcBridgeDeps,
} from '../../../src/main/electron/ipc';
import { channelNames } from '../../../src/shared/api/contract';
import { FakeIpcMain, type FakeFrame } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const INDEX_URL = 'app://oneup/index.html';
const location = resolveAppLocation({
  isPackaged: true,
  devServerUrl: undefined,
});

function frame(url: string, ids: Partial<FakeFrame> = {}): FakeFrame {
  return { url, parent: null, processId: 4, routingId: 1, ...ids };
}

describe('the IPC bridge', () => {
  let ipcMain: FakeIpcMain;
  let mainFrame: FakeFrame | null;
  let route: ReturnType<typeof vi.fn<ApiRouter['handle']>>;
  let refusals: string[];

  beforeEach(() => {
    ipcMain = new FakeIpcMain();
    mainFrame = frame(`${INDEX_URL}#/prospects`);
    route = vi.fn<ApiRouter['handle']>(async (channel) => ({
      ok: true,
      value: `routed ${channel}`,
    }));
    refusals = [];
    const deps: IpcBridgeDeps = {
      router: { handle: route },
      location,
      getMainFrame: () => mainFrame,
      onRefused: (channel, reason) => refusals.push(`${channel}: ${reason}`),
    };
    registerApiHandlers(ipcMain as unknown as IpcMain, deps);
  });

  it('answers exactly the contract channels, each with its own handler', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it("routes a call from our window's main frame, input untouched", async () => {
    const input = { name: 'Dana Whitfield', company: 'Northwind' };
    await expect(ipcMain.invoke('prospects:create', mainFrame, input)).resolves.toEqual({
      ok: true,
      value: 'routed prospects:create',
    });
    expect(route).toHaveBeenCalledExactlyOnceWith('prospects:create', input);
  });

  it('accepts the same frame when Electron hands out a different object for it', async () => {
    const sameFrameOtherObject = frame(INDEX_URL);
    await ipcMain.invoke('settings:get', sameFrameOtherObject);
    expect(route).toHaveBeenCalledOnce();
  });

  const refusedSenders: [string, () => FakeFrame | null][] = [
    ['another window', () => frame(INDEX_URL, { processId: 9, routingId: 3 })],
    ['a subframe of our window', () => frame(INDEX_URL, { routingId: 2, parent: mainFrame })],
    [
      'our frame after it navigated to another site',
      () => {
        if (mainFrame) mainFrame.url = 'https://evil.example/';
        return mainFrame;
      },
    ],
    [
      'our frame showing a file on disk',
      () => {
        if (mainFrame) mainFrame.url = 'file:///opt/oneup/out/renderer/index.html';
        return mainFrame;
      },
    ],
    [
      'our frame showing another app:// host',
      () => {
        if (mainFrame) mainFrame.url = 'app://evil/index.html';
        return mainFrame;
      },
    ],
    ['a frame that has gone away', () => null],
  ];

  it.each(refusedSenders)('refuses %s without calling the router', async (_label, sender) => {
    const result = await ipcMain.invoke('prospects:create', sender(), { name: 'Mallory' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(route).not.toHaveBeenCalled();
    expect(refusals).toHaveLength(1);
  });

  it('refuses every call once the window is closed', async () => {
    const sender = mainFrame;
    mainFrame = null;
    await expect(ipcMain.invoke('prospects:list', sender, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(route).not.toHaveBeenCalled();
  });
});

describe('checkSender', () => {
  const ours = frame(INDEX_URL);

  it('explains each refusal', () => {
    expect(checkSender(ours, ours, location)).toEqual({ ok: true });
    expect(checkSender(null, ours, location)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no longer'),
    });
    expect(
      checkSender(frame(INDEX_URL, { parent: ours, routingId: 5 }), ours, location),
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining('subframe'),
    });
    expect(
      checkSender(frame('http://localhost:5173/'), frame('http://localhost:5173/'), location),
    ).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not showing the app'),
    });
  });

  it('trusts the dev server origin only for a dev location', () => {
    const dev = resolveAppLocation({
      isPackaged: false,
      devServerUrl: 'http://localhost:5173',
    });
    const devFrame = frame('http://localhost:5173/#/settings');
    expect(checkSender(devFrame, devFrame, dev)).toEqual({ ok: true });
    const appFrame = frame(INDEX_URL);
    expect(checkSender(appFrame, appFrame, dev).ok).toBe(false);
  });
});
