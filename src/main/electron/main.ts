import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import { builtReaderEntry, defaultReaderCount } from '../api/read-pool';
import { openBackend, type Backend } from '../backend';
import { LibraryLockedError, lockLibrary, type LibraryLock } from '../db/lock';
import { APP_NAME, defaultDataDir } from '../paths';
import { resolveAppLocation, type AppLocation } from './app-location';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { registerApiHandlers } from './ipc';
import { devCacheBindingPath, resolveNativeBinding } from './native-binding';
import { guardWebContents, installSessionSecurity } from './security';
import { installAboutPanel } from './about';
import { MENU_COMMAND_EVENT } from '../../shared/commands/declarations';
import { installApplicationMenu } from './menu';
import { createMainWindow, focusWindow, MAIN_WINDOW_SIZE } from './window';
import { loadWindowState, placeWindow, rememberWindowState } from './window-state';

/**
 * The desktop app's lifecycle. Everything security-relevant lives in the modules imported above,
 * which are unit tested with a mocked `electron`; this file only wires them to the real thing.
 */
export function startDesktopApp(): void {
  const dataDir = defaultDataDir();
  app.setName(APP_NAME);
  // userData holds the single-instance lock: one running OneUp per library, and test runs with
  // their own ONEUP_DATA_DIR never collide with the rep's app. Chromium's own files (caches,
  // storage) go to a subfolder so the library folder stays readable.
  app.setPath('userData', dataDir);
  app.setPath('sessionData', join(dataDir, 'electron-session'));

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Both only work before 'ready'. The sandbox then covers every renderer, even one created
  // without `sandbox: true`; app:// gets its privileges before any page can use it.
  app.enableSandbox();
  registerAppScheme(protocol);

  const appRoot = app.getAppPath();
  const rendererDir = join(appRoot, 'out', 'renderer');
  const location = resolveAppLocation({
    isPackaged: app.isPackaged,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
  });
  const preloadPath = join(appRoot, 'out', 'preload', 'index.cjs');

  let backend: Backend | null = null;
  // Held for the life of the process (a reference here also keeps it from being collected).
  let libraryLock: LibraryLock | null = null;
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): void => {
    const placement = placeWindow(
      loadWindowState(dataDir),
      screen.getAllDisplays(),
      MAIN_WINDOW_SIZE,
    );
    mainWindow = createMainWindow({ preloadPath, location, placement });
    rememberWindowState(mainWindow, dataDir);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('second-instance', () => focusWindow(mainWindow));

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, {
      location,
      openExternal: (url) => shell.openExternal(url),
      onBlocked: (what, url) =>
        console.warn(`[security] blocked ${what}${url ? `: ${url.slice(0, 200)}` : ''}`),
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  // Closing here, not on 'before-quit', so a quit cancelled by some window still has a database.
  app.on('will-quit', () => {
    backend?.close();
    backend = null;
    libraryLock?.release();
    libraryLock = null;
  });

  app
    .whenReady()
    .then(() => {
      const nativeBinding = requireNativeBinding(appRoot);
      // requestSingleInstanceLock only keeps out a second Electron; this also keeps out a
      // browser host (npm run web) on the same folder, before anything reads the library.
      libraryLock = lockLibrary(dataDir, { nativeBinding });
      if (!libraryLock.held)
        console.warn(`[startup] ${dataDir} is read-only; nothing will be written.`);
      installSessionSecurity(session.defaultSession, location);
      installAppProtocol(protocol, rendererDir);
      installApplicationMenu({
        platform: process.platform,
        isPackaged: app.isPackaged,
        // The renderer runs the command it declared under this id (AppCommands.tsx).
        runCommand: (id) => {
          if (mainWindow && !mainWindow.isDestroyed())
            mainWindow.webContents.send(MENU_COMMAND_EVENT, id);
        },
      });
      installAboutPanel();
      backend = openDesktopBackend(dataDir, nativeBinding, join(appRoot, 'out', 'main'));
      registerApiHandlers(ipcMain, {
        router: backend.router,
        location,
        getMainFrame: () =>
          mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : null,
        onRefused: (channel, reason) => console.warn(`[ipc] refused ${channel}: ${reason}`),
      });
      openWindow();
      // The quick_check and automatic backups run on the backend's own timers, after this.
      backend.startBackgroundTasks();
    })
    .catch((error: unknown) => failToStart(error, location));
}

function requireNativeBinding(appRoot: string): string {
  const electronVersion = process.versions.electron ?? 'unknown';
  const nativeBinding = resolveNativeBinding({
    resourcesPath: app.isPackaged ? process.resourcesPath : undefined,
    appRoot,
    electronVersion,
  });
  if (!nativeBinding) {
    throw new Error(
      `The Electron build of better-sqlite3 is missing (looked for ${devCacheBindingPath(appRoot, electronVersion)}). ` +
        'Run `npm start`, which builds it, or `node scripts/build-electron-native.mjs`.',
    );
  }
  return nativeBinding;
}

function openDesktopBackend(dataDir: string, nativeBinding: string, mainDir: string): Backend {
  // A damaged, foreign, newer or locked library opens the recovery screen, not an error box.
  // Reads go to reader threads; a reader that cannot start leaves them on the main connection.
  return openBackend({
    dataDir,
    transport: 'electron',
    nativeBinding,
    recoverFromBadFile: true,
    readers: { size: defaultReaderCount(), entry: builtReaderEntry(mainDir) },
  });
}

/** A rep double-clicked an icon: say what went wrong in a dialog, not only on a console. */
function failToStart(error: unknown, location: AppLocation): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error('[startup]', error);
  if (error instanceof LibraryLockedError) {
    // Not a failure of this install: another OneUp (a window or `npm run web`) has the library.
    dialog.showErrorBox(
      'OneUp is already open',
      `${message} Close it first, then start OneUp again.`,
    );
    app.exit(1);
    return;
  }
  dialog.showErrorBox(
    'OneUp could not start',
    `${message}\n\nYour data has not been changed.${location.kind === 'app' ? '' : ' (development build)'}`,
  );
  app.exit(1);
}
