import { Menu, type MenuItemConstructorOptions } from 'electron';
import {
  appCommands,
  navigationCommands,
  type AppCommandId,
  type CommandDeclaration,
} from '../../shared/commands/declarations';
import { APP_NAME } from '../paths';

export interface MenuContext {
  platform: NodeJS.Platform;
  /** app.isPackaged: a rep's build has no developer tools and no page reload. */
  isPackaged: boolean;
  /** Runs one of the app's commands in the focused window (the renderer binds the id). */
  runCommand: (id: AppCommandId) => void;
}

/**
 * `mod+k` → `CmdOrCtrl+K`. Only single steps with a modifier become accelerators: a chord (`g p`)
 * has no Electron form, and a bare key (`?`) as an accelerator would fire while the rep types.
 */
export function acceleratorOf(shortcut: string | undefined): string | undefined {
  if (!shortcut || /\s/u.test(shortcut.trim())) return undefined;
  const parts = shortcut.trim().split('+');
  const key = parts.pop();
  if (!key || parts.length === 0) return undefined;
  const names: Record<string, string> = { mod: 'CmdOrCtrl', ctrl: 'Ctrl', cmd: 'Cmd', meta: 'Cmd' };
  const modifiers = parts.map((part) => names[part] ?? part[0]!.toUpperCase() + part.slice(1));
  return [...modifiers, key[0]!.toUpperCase() + key.slice(1)].join('+');
}

/**
 * OneUp's menu bar. Standard roles wherever Electron has one, so the shortcuts are the ones each
 * platform's users already know (Ctrl/⌘+C, ⌘+Q, F11…) and Electron localises the labels. The
 * screens' own shortcuts (Ctrl+K, Ctrl+S, g-chords…) live in the renderer and do not clash.
 */
export function menuTemplate({
  platform,
  isPackaged,
  runCommand,
}: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // Alt+letter opens a menu on Windows and Linux; macOS has no such mnemonics.
  const label = (name: string): string => (mac ? name : `&${name}`);
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // The app's own commands come from the declarations the palette and the overlay list. The
  // renderer's key handler stays the one that runs their shortcuts (registerAccelerator: false,
  // so a key press does not run a command twice); the menu only shows the key.
  const command = (
    declaration: Pick<CommandDeclaration, 'title' | 'shortcut'> & { id: AppCommandId },
    label = declaration.title,
  ): MenuItemConstructorOptions => {
    const accelerator = acceleratorOf(declaration.shortcut);
    return {
      label,
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      click: () => runCommand(declaration.id),
    };
  };

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
        command(appCommands.openPalette, 'Command Palette…'),
        separator,
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: label('Go'),
      submenu: navigationCommands.map((declaration) => command(declaration, declaration.label)),
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
      submenu: [
        command(appCommands.showShortcuts, 'Keyboard Shortcuts'),
        separator,
        { role: 'about', label: `About ${APP_NAME}` },
      ],
    },
  ];
}

export function installApplicationMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context)));
}
