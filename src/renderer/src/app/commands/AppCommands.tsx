import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'wouter';
import { CommandPalette } from '../CommandPalette';
import { ShortcutsOverlay } from '../ShortcutsOverlay';
import { onMenuCommand } from '../../lib/desktop-menu';
import { useSaveSettings, useSettings } from '../../features/settings/queries';
import { useLoadSampleData, useRemoveSampleData } from '../../features/today/queries';
import { SampleDataStatus } from '../../features/today/SampleDataStatus';
import { useAppInfo } from '../queries';
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
  const info = useAppInfo();
  const settings = useSettings();
  const saveSettings = useSaveSettings();
  const loadSample = useLoadSampleData();
  const removeSample = useRemoveSampleData();
  const hasSample = info.data?.hasSampleData ?? false;

  /**
   * Opens a screen and runs one of its own commands once it has registered it (the screens load
   * on demand), so "New prospect" from anywhere is the same action as `n` on Prospects.
   */
  const runOn = (path: string, commandId: string) => {
    navigate(path);
    const tryRun = () => {
      const command = commandRegistry.getSnapshot().find((c) => c.id === commandId);
      if (!command) return false;
      command.run();
      return true;
    };
    if (tryRun()) return;
    const unsubscribe = commandRegistry.subscribe(() => {
      if (tryRun()) unsubscribe();
    });
    // A screen that never registers it (it failed to load) must not leave a listener behind.
    setTimeout(unsubscribe, 10_000);
  };
  const toggleTheme = () => {
    const current = settings.data?.theme ?? 'system';
    const dark =
      current === 'dark' ||
      (current === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    saveSettings.mutate({ theme: dark ? 'light' : 'dark' });
  };

  useCommands([
    ...navigationCommands.map((command) => ({ ...command, run: () => navigate(command.route) })),
    // On their own screen the screen's command (with its shortcut) is listed instead.
    {
      ...appCommands.newProspect,
      palette: screen !== 'prospects',
      run: () => runOn('/prospects', 'prospects.new'),
    },
    {
      ...appCommands.newInsight,
      palette: screen !== 'insights',
      run: () => runOn('/insights', 'insights.new'),
    },
    {
      ...appCommands.newBriefing,
      palette: screen !== 'briefings',
      run: () => runOn('/briefings', 'briefings.new'),
    },
    { ...appCommands.logCall, run: () => runOn('/prospects', 'prospects.search') },
    { ...appCommands.importFile, run: () => runOn('/data', 'data.choose-file') },
    { ...appCommands.exportData, run: () => navigate('/data') },
    { ...appCommands.toggleTheme, run: toggleTheme },
    {
      ...appCommands.loadSample,
      enabled: !hasSample && !loadSample.isPending,
      palette: !hasSample,
      run: () => loadSample.mutate(undefined, { onSuccess: () => navigate('/today') }),
    },
    {
      ...appCommands.removeSample,
      enabled: hasSample && !removeSample.isPending,
      palette: hasSample,
      run: () => removeSample.mutate(),
    },
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
  const sampleStatus = <SampleDataStatus load={loadSample} remove={removeSample} />;
  if (open === 'palette')
    return (
      <>
        {sampleStatus}
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
      </>
    );
  return (
    <>
      {sampleStatus}
      {open === 'shortcuts' ? <ShortcutsOverlay commands={commands} onClose={close} /> : null}
    </>
  );
}
