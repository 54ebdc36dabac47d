import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'wouter';
import { CommandPalette } from '../CommandPalette';
import { ShortcutsOverlay } from '../ShortcutsOverlay';
import { onMenuCommand } from '../../lib/desktop-menu';
import { appCommands, navigationCommands } from './declarations';
import { commandRegistry, screenOf } from './registry';
import { useCommands, useRegisteredCommands } from './useCommands';
import { useShortcutDispatcher } from './useShortcutDispatcher';

/**
 * Binds the app's declared commands to what they do, listens for every registered shortcut, and
 * shows the command palette (mod+k) and the shortcuts overlay (?). Lives inside the Router.
 */
export function AppCommands() {
  const [location, navigate] = useLocation();
  const [open, setOpen] = useState<'palette' | 'shortcuts' | null>(null);
  const screen = screenOf(location);

  useCommands([
    ...navigationCommands.map((command) => ({ ...command, run: () => navigate(command.route) })),
    { ...appCommands.openPalette, run: () => setOpen('palette') },
    { ...appCommands.showShortcuts, run: () => setOpen('shortcuts') },
  ]);
  useShortcutDispatcher(screen);
  const commands = useRegisteredCommands();
  // The desktop menu bar runs the same commands by id (src/main/electron/menu.ts).
  useEffect(
    () =>
      onMenuCommand((id) => {
        const command = commandRegistry.getSnapshot().find((candidate) => candidate.id === id);
        if (command && command.enabled !== false) command.run();
      }),
    [],
  );

  const close = () => setOpen(null);
  if (open === 'palette')
    return (
      <CommandPalette
        commands={commands}
        screen={screen}
        navigate={navigate}
        onClose={close}
        onChoose={(run) => {
          // Close first, so focus is back in the page when a command moves it (e.g. to a search box).
          flushSync(close);
          run();
        }}
      />
    );
  if (open === 'shortcuts') return <ShortcutsOverlay commands={commands} onClose={close} />;
  return null;
}
