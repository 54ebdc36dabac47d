import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aboutPanelOptions, installAboutPanel } from '../../../src/main/electron/about';
import {
  acceleratorOf,
  installApplicationMenu,
  menuTemplate,
} from '../../../src/main/electron/menu';
import { appCommands, navigationCommands } from '../../../src/shared/commands/declarations';
import { resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

type Item = MenuItemConstructorOptions;

const runCommand = vi.fn();

/** Every item of a menu, depth first. */
function allItems(items: Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu as Item[]) : []),
  ]);
}

const roles = (items: Item[]): string[] =>
  allItems(items).flatMap((item) => (item.role ? [item.role] : []));

function submenu(template: Item[], label: string): Item[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu) throw new Error(`no ${label} menu`);
  return menu.submenu as Item[];
}

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help, with Alt-key mnemonics on Linux and Windows', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const template = menuTemplate({ platform, isPackaged: true, runCommand });
      expect(template.map((item) => item.label)).toEqual([
        '&File',
        '&Edit',
        '&View',
        '&Go',
        '&Window',
        '&Help',
      ]);
    }
  });

  it("puts OneUp's own menu first on macOS, as Mac apps do", () => {
    const template = menuTemplate({ platform: 'darwin', isPackaged: true, runCommand });
    expect(template.map((item) => item.label)).toEqual([
      'OneUp',
      'File',
      'Edit',
      'View',
      'Go',
      'Window',
      'Help',
    ]);
    expect(template[0]!.role).toBe('appMenu');
    expect(submenu(template, 'File').map((item) => item.role)).toEqual(['close']);
  });

  it('gives the standard editing, zoom, window and quit commands their standard shortcuts', () => {
    const template = menuTemplate({ platform: 'linux', isPackaged: true, runCommand });
    // Roles carry the platform's own accelerators (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Q, F11…).
    expect(roles(submenu(template, 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'delete',
      'selectAll',
    ]);
    expect(roles(submenu(template, 'View'))).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ]);
    expect(roles(submenu(template, 'File'))).toEqual(['quit']);
    expect(roles(submenu(template, 'Window'))).toEqual(['minimize', 'close']);
  });

  it('offers no developer tools and no page reload in a packaged app', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const packaged = roles(menuTemplate({ platform, isPackaged: true, runCommand }));
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      const labels = allItems(menuTemplate({ platform, isPackaged: true, runCommand })).map(
        (item) => item.label ?? '',
      );
      expect(labels.join(' ')).not.toMatch(/dev ?tools/i);
    }
  });

  it('keeps developer tools and reload in a development build', () => {
    const dev = roles(
      submenu(menuTemplate({ platform: 'linux', isPackaged: false, runCommand }), 'View'),
    );
    expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'forceReload']));
  });

  it('has Help → About OneUp on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const help = submenu(menuTemplate({ platform, isPackaged: true, runCommand }), 'Help');
      expect(help).toContainEqual({ role: 'about', label: 'About OneUp' });
    }
  });

  it('has a Go menu with every screen of the sidebar, from the shared command declarations', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      runCommand.mockClear();
      const go = submenu(menuTemplate({ platform, isPackaged: true, runCommand }), 'Go');
      expect(go.map((item) => item.label)).toEqual(navigationCommands.map((c) => c.label));
      expect(go.map((item) => item.label)).toContain('Import & export');
      for (const item of go) (item.click as () => void)();
      expect(runCommand.mock.calls.map(([id]) => id)).toEqual(navigationCommands.map((c) => c.id));
      // Chords (g p) have no Electron accelerator; the renderer's key handler runs them.
      expect(go.every((item) => item.accelerator === undefined)).toBe(true);
    }
  });

  it('opens the palette and the shortcuts overlay from View and Help, showing the palette key', () => {
    const template = menuTemplate({ platform: 'linux', isPackaged: true, runCommand });
    const palette = submenu(template, 'View')[0]!;
    expect(palette).toMatchObject({
      label: 'Command Palette…',
      accelerator: 'CmdOrCtrl+K',
      // Shown, not registered: the renderer handles mod+k, so one press runs it once.
      registerAccelerator: false,
    });
    const shortcuts = submenu(template, 'Help')[0]!;
    expect(shortcuts.label).toBe('Keyboard Shortcuts');
    expect(shortcuts.accelerator).toBeUndefined(); // `?` as an accelerator would eat typed text
    runCommand.mockClear();
    (palette.click as () => void)();
    (shortcuts.click as () => void)();
    expect(runCommand.mock.calls).toEqual([
      [appCommands.openPalette.id],
      [appCommands.showShortcuts.id],
    ]);
  });

  it('turns modifier shortcuts into accelerators and leaves chords and bare keys alone', () => {
    expect(acceleratorOf('mod+k')).toBe('CmdOrCtrl+K');
    expect(acceleratorOf('mod+shift+enter')).toBe('CmdOrCtrl+Shift+Enter');
    expect(acceleratorOf('g p')).toBeUndefined();
    expect(acceleratorOf('?')).toBeUndefined();
    expect(acceleratorOf(undefined)).toBeUndefined();
  });

  it('is installed as the application menu', () => {
    const electron = resetFakeElectron();
    installApplicationMenu({ platform: 'linux', isPackaged: true, runCommand });
    // Compared as data: each build has its own click closures.
    const asData = (template: unknown) => JSON.parse(JSON.stringify(template)) as unknown;
    expect(asData(electron.applicationMenu?.template)).toEqual(
      asData(menuTemplate({ platform: 'linux', isPackaged: true, runCommand })),
    );
  });
});

describe('the About panel', () => {
  beforeEach(() => {
    resetFakeElectron();
  });

  it("shows OneUp's version and the Electron and Chromium it runs on", () => {
    expect(aboutPanelOptions({ version: '1.2.3', electron: '45.5.0', chrome: '142.0' })).toEqual(
      expect.objectContaining({
        applicationName: 'OneUp',
        applicationVersion: '1.2.3',
        version: 'Electron 45.5.0, Chromium 142.0',
      }),
    );
  });

  it("takes the version from the app, which reads package.json's", () => {
    const electron = resetFakeElectron();
    electron.app.version = '2.0.0';
    installAboutPanel();
    expect(electron.app.aboutPanelOptions).toMatchObject({
      applicationName: 'OneUp',
      applicationVersion: '2.0.0',
    });
  });
});
