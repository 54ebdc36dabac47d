import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiRouter } from '../../../src/main/api/router';
import type { Backend, BackendOptions } from '../../../src/main/backend';
import { lockLibrary } from '../../../src/main/db/lock';
import type * as LockModule from '../../../src/main/db/lock';
import { startDesktopApp } from '../../../src/main/electron/main';
import { channelNames } from '../../../src/shared/api/contract';
import { PRODUCTION_CSP } from '../../../src/main/security/csp';
import { tempDir } from '../../helpers/temp';
import { FakeBrowserWindow, resetFakeElectron, type FakeElectron } from './fake-electron';
import { PATIENCE } from '../../helpers/patience';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

// The real backend needs a better-sqlite3 built for Electron; here only its wiring matters.
const backendCalls = vi.hoisted(() => ({
  opened: [] as BackendOptions[],
  closed: 0,
  started: 0,
  windowsAtStart: -1,
  route: null as ApiRouter['handle'] | null,
}));
vi.mock('../../../src/main/backend', () => ({
  openBackend: (options: BackendOptions): Partial<Backend> => {
    backendCalls.opened.push(options);
    return {
      dataDir: options.dataDir,
      router: { handle: (channel, input) => backendCalls.route!(channel, input) },
      close: () => {
        backendCalls.closed += 1;
      },
      startBackgroundTasks: () => {
        backendCalls.started += 1;
        backendCalls.windowsAtStart = FakeBrowserWindow.instances.length;
      },
    };
  },
}));

// The real lock, taken with the Node build of better-sqlite3 (the Electron build cannot load
// here); the mock records the options main passed and when, relative to opening the library.
const lockCalls = vi.hoisted(() => ({
  taken: [] as { dataDir: string; options: unknown; backendsOpenBefore: number }[],
  released: 0,
}));
vi.mock('../../../src/main/db/lock', async (importOriginal) => {
  const actual = await importOriginal<typeof LockModule>();
  return {
    ...actual,
    lockLibrary: (dataDir: string, options: unknown) => {
      lockCalls.taken.push({ dataDir, options, backendsOpenBefore: backendCalls.opened.length });
      const lock = actual.lockLibrary(dataDir);
      return {
        ...lock,
        release: () => {
          lockCalls.released += 1;
          lock.release();
        },
      };
    },
  };
});

const ELECTRON_VERSION = '45.5.0';

describe('starting the desktop app', () => {
  let electron: FakeElectron;
  let appRoot: string;
  let dataDir: string;
  let nativeBinding: string;
  let route: ReturnType<typeof vi.fn<ApiRouter['handle']>>;

  beforeEach(() => {
    electron = resetFakeElectron();
    appRoot = tempDir('oneup-app-');
    dataDir = tempDir('oneup-data-');
    electron.app.appPath = appRoot;
    vi.stubEnv('ONEUP_DATA_DIR', dataDir);
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    Object.defineProperty(process.versions, 'electron', {
      value: ELECTRON_VERSION,
      configurable: true,
    });
    nativeBinding = join(
      appRoot,
      '.cache',
      'electron-native',
      ELECTRON_VERSION,
      'better_sqlite3.node',
    );
    mkdirSync(join(nativeBinding, '..'), { recursive: true });
    writeFileSync(nativeBinding, '');
    backendCalls.opened = [];
    backendCalls.closed = 0;
    backendCalls.started = 0;
    lockCalls.taken = [];
    lockCalls.released = 0;
    route = vi.fn<ApiRouter['handle']>(async () => ({ ok: true, value: 'routed' }));
    backendCalls.route = route;
  });

  afterEach(() => {
    // The lock is held in this process until the app quits; let it go like a quit would.
    electron.app.emit('will-quit');
    vi.unstubAllEnvs();
    Reflect.deleteProperty(process.versions, 'electron');
  });

  async function startAndWaitForWindow(): Promise<FakeBrowserWindow> {
    startDesktopApp();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), PATIENCE);
    return FakeBrowserWindow.instances[0]!;
  }

  it('quits at once when another OneUp already holds the lock', async () => {
    electron.app.hasLock = false;
    startDesktopApp();
    await Promise.resolve();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(backendCalls.opened).toHaveLength(0);
  });

  it('keeps its lock and browser files with the library it opens', async () => {
    await startAndWaitForWindow();
    expect(electron.app.paths.get('userData')).toBe(dataDir);
    expect(electron.app.paths.get('sessionData')).toBe(join(dataDir, 'electron-session'));
  });

  it('opens the library with the Electron build of better-sqlite3, reads on reader threads', async () => {
    await startAndWaitForWindow();
    expect(backendCalls.opened).toEqual([
      {
        dataDir,
        transport: 'electron',
        nativeBinding,
        recoverFromBadFile: true,
        readers: {
          size: expect.any(Number) as number,
          entry: join(appRoot, 'out', 'main', 'read-worker.js'),
        },
      },
    ]);
  });

  it('locks the library, with the Electron build, before opening it', async () => {
    await startAndWaitForWindow();
    expect(lockCalls.taken).toEqual([
      { dataDir, options: { nativeBinding }, backendsOpenBefore: 0 },
    ]);
  });

  it('says so in a dialog and quits, opening nothing, when a browser host has the library', async () => {
    // Stands in for `npm run web` on the same folder: the same lock, held elsewhere.
    const browserHost = lockLibrary(dataDir);
    try {
      startDesktopApp();
      await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1), PATIENCE);
      expect(electron.showErrorBox).toHaveBeenCalledExactlyOnceWith(
        'OneUp is already open',
        `OneUp is already open on this library (pid ${process.pid}): ${dataDir}. ` +
          'Close it first, then start OneUp again.',
      );
      expect(backendCalls.opened).toHaveLength(0);
      expect(FakeBrowserWindow.instances).toHaveLength(0);
      expect(electron.ipcMain.handlers.size).toBe(0);
    } finally {
      browserHost.release();
    }
  });

  it('starts the background health check and backups once the window is up, not before', async () => {
    await startAndWaitForWindow();
    expect(backendCalls.started).toBe(1);
    expect(backendCalls.windowsAtStart).toBe(1);
  });

  it('enables the sandbox for every renderer and makes app:// a privileged scheme, before ready', async () => {
    await startAndWaitForWindow();
    expect(electron.app.sandboxEnabled).toBe(true);
    expect(electron.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the built renderer on app://oneup with the CSP, and nothing outside it', async () => {
    mkdirSync(join(appRoot, 'out', 'renderer'), { recursive: true });
    writeFileSync(
      join(appRoot, 'out', 'renderer', 'index.html'),
      '<!doctype html><title>OneUp</title>',
    );
    writeFileSync(join(appRoot, 'secret.txt'), 'not for the page');
    await startAndWaitForWindow();
    const page = await electron.protocol.fetch('app://oneup/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>OneUp</title>');
    expect(page.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
    const escape = await electron.protocol.fetch('app://oneup/..%2F..%2Fsecret.txt');
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('not for the page');
  });

  it('loads the built page from app:// under the strict CSP, with every channel answered', async () => {
    const window = await startAndWaitForWindow();
    expect(window.loadedUrl).toBe('app://oneup/index.html');
    expect(window.options.webPreferences).toMatchObject({
      preload: join(appRoot, 'out', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
    });
    expect(
      electron.defaultSession.headersFor(window.loadedUrl!)['Content-Security-Policy'],
    ).toEqual([PRODUCTION_CSP]);
    expect(await electron.defaultSession.requestPermission('media')).toBe(false);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it("routes calls from the window's page and refuses a stranger", async () => {
    const window = await startAndWaitForWindow();
    await expect(
      electron.ipcMain.invoke('prospects:create', window.webContents.mainFrame, { name: 'Ada' }),
    ).resolves.toEqual({ ok: true, value: 'routed' });
    const stranger = { url: window.loadedUrl!, parent: null, processId: 99, routingId: 99 };
    await expect(
      electron.ipcMain.invoke('prospects:create', stranger, { name: 'Eve' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect(route).toHaveBeenCalledExactlyOnceWith('prospects:create', { name: 'Ada' });
  });

  it('guards the window it creates against new windows and navigation', async () => {
    const window = await startAndWaitForWindow();
    expect(window.webContents.tryWindowOpen('https://example.com/')).toBe('deny');
    expect(window.webContents.tryEvent('will-navigate', 'https://evil.example/')).toBe(false);
    expect(window.webContents.tryEvent('will-attach-webview')).toBe(false);
  });

  it('brings the window forward when launched again', async () => {
    const window = await startAndWaitForWindow();
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('installs the menu and About panel, and reopens the window where the rep left it', async () => {
    const first = await startAndWaitForWindow();
    expect(electron.applicationMenu?.template.length).toBeGreaterThan(0);
    expect(electron.app.aboutPanelOptions).toMatchObject({ applicationVersion: '0.1.0' });
    first.normalBounds = { x: 300, y: 200, width: 1000, height: 700 };
    first.emit('close');
    first.destroyed = true;
    first.emit('closed');

    electron.app.emit('activate');
    const second = FakeBrowserWindow.instances[1]!;
    expect(second.options).toMatchObject({ x: 300, y: 200, width: 1000, height: 700 });
  });

  it('closes the database when quitting, once', async () => {
    await startAndWaitForWindow();
    electron.app.emit('will-quit');
    electron.app.emit('will-quit');
    expect(backendCalls.closed).toBe(1);
    expect(lockCalls.released).toBe(1);
    // The library is free for the next OneUp.
    lockLibrary(dataDir).release();
  });

  it('explains in a dialog, and exits, when the Electron build of better-sqlite3 is missing', async () => {
    electron.app.appPath = tempDir('oneup-empty-');
    startDesktopApp();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1), PATIENCE);
    expect(electron.showErrorBox).toHaveBeenCalledWith(
      'OneUp could not start',
      expect.stringContaining('build-electron-native'),
    );
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(backendCalls.opened).toHaveLength(0);
  });
});
