import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveAppLocation } from '../../../src/main/electron/app-location';
import { createMainWindow, focusWindow } from '../../../src/main/electron/window';
import { resetFakeElectron, type FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const appLocation = resolveAppLocation({
  isPackaged: true,
  devServerUrl: undefined,
});

function openWindow(): FakeBrowserWindow {
  const window = createMainWindow({
    preloadPath: '/opt/oneup/out/preload/index.cjs',
    location: appLocation,
  });
  return window as unknown as FakeBrowserWindow;
}

describe('the main window', () => {
  beforeEach(() => {
    resetFakeElectron();
  });

  it('gives the page no Node, a sandbox, an isolated preload world and web security', () => {
    const window = openWindow();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/opt/oneup/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the built renderer from app://, not file://, in a packaged app', () => {
    expect(openWindow().loadedUrl).toBe('app://oneup/index.html');
  });

  it('stays hidden until the page is ready, then shows', () => {
    const window = openWindow();
    expect(window.options.show).toBe(false);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('brings a minimised window back when OneUp is launched a second time', () => {
    const window = openWindow();
    window.minimized = true;
    focusWindow(window as unknown as BrowserWindow);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });
});
