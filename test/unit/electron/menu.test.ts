import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aboutPanelOptions, installAboutPanel } from '../../../src/main/electron/about';
import { installApplicationMenu, menuTemplate } from '../../../src/main/electron/menu';
import { resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

type Item = MenuItemConstructorOptions;

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
      const template = menuTemplate({ platform, isPackaged: true });
      expect(template.map((item) => item.label)).toEqual([
        '&File',
        '&Edit',
        '&View',
        '&Window',
        '&Help',
      ]);
    }
  });

  it("puts OneUp's own menu first on macOS, as Mac apps do", () => {
    const template = menuTemplate({ platform: 'darwin', isPackaged: true });
    expect(template.map((item) => item.label)).toEqual([
      'OneUp',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    expect(template[0]!.role).toBe('appMenu');
    expect(submenu(template, 'File').map((item) => item.role)).toEqual(['close']);
  });

  it('gives the standard editing, zoom, window and quit commands their standard shortcuts', () => {
    const template = menuTemplate({ platform: 'linux', isPackaged: true });
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
      const packaged = roles(menuTemplate({ platform, isPackaged: true }));
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      const labels = allItems(menuTemplate({ platform, isPackaged: true })).map(
        (item) => item.label ?? '',
      );
      expect(labels.join(' ')).not.toMatch(/dev ?tools/i);
    }
  });

  it('keeps developer tools and reload in a development build', () => {
    const dev = roles(submenu(menuTemplate({ platform: 'linux', isPackaged: false }), 'View'));
    expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'forceReload']));
  });

  it('has Help → About OneUp on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const help = submenu(menuTemplate({ platform, isPackaged: true }), 'Help');
      expect(help).toContainEqual({ role: 'about', label: 'About OneUp' });
    }
  });

  it('is installed as the application menu', () => {
    const electron = resetFakeElectron();
    installApplicationMenu({ platform: 'linux', isPackaged: true });
    expect(electron.applicationMenu?.template).toEqual(
      menuTemplate({ platform: 'linux', isPackaged: true }),
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
