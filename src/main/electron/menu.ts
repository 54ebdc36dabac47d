import { Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from '../paths';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** app.isPackaged: a rep's build has no developer tools and no page reload. */
  isPackaged: boolean;
}

/**
 * OneUp's menu bar. Standard roles wherever Electron has one, so the shortcuts are the ones each
 * platform's users already know (Ctrl/⌘+C, ⌘+Q, F11…) and Electron localises the labels. The
 * screens' own shortcuts (Ctrl+K, Ctrl+S, g-chords…) live in the renderer and do not clash.
 */
export function menuTemplate({ platform, isPackaged }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // Alt+letter opens a menu on Windows and Linux; macOS has no such mnemonics.
  const label = (name: string): string => (mac ? name : `&${name}`);
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];

  return [
    // macOS puts About, Hide and Quit under the app's own name.
    ...(mac ? [{ label: APP_NAME, role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: label('File'),
      submenu: mac ? [{ role: 'close' }] : [{ role: 'quit' }],
    },
    {
      label: label('Edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        separator,
        { role: 'selectAll' },
      ],
    },
    {
      label: label('View'),
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: label('Window'),
      role: 'windowMenu',
      submenu: mac
        ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    {
      label: label('Help'),
      role: 'help',
      // The 'about' role opens the panel app.setAboutPanelOptions describes (about.ts).
      submenu: [{ role: 'about', label: `About ${APP_NAME}` }],
    },
  ];
}

export function installApplicationMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context)));
}
