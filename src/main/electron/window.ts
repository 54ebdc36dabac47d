import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import { appEntryUrl, type AppLocation } from './app-location';
import type { Placement } from './window-state';

/**
 * The renderer gets no Node, runs in Chromium's sandbox, and talks to the main process only
 * through the preload's named methods, which live in a separate JavaScript world.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  location: AppLocation;
  /** Where the rep left the window (window-state.ts); the default size, centred, without it. */
  placement?: Placement;
}

/** The window's default and smallest size. */
export const MAIN_WINDOW_SIZE = { width: 1280, height: 820, minWidth: 900, minHeight: 600 };

export function mainWindowOptions(
  preloadPath: string,
  placement?: Placement,
): BrowserWindowConstructorOptions {
  return {
    title: 'OneUp',
    ...MAIN_WINDOW_SIZE,
    ...placement?.bounds,
    // Shown on 'ready-to-show' so the rep never sees an empty white frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, options.placement));
  window.once('ready-to-show', () => {
    if (options.placement?.maximized) window.maximize();
    window.show();
  });
  window
    .loadURL(appEntryUrl(options.location))
    .catch((error: unknown) => console.error('[window] the app page failed to load:', error));
  return window;
}

/** The second launch of OneUp brings the running window forward instead of opening a rival. */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
