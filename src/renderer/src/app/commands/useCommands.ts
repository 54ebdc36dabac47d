import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { commandRegistry } from './registry';
import type { Command } from './types';

/**
 * Registers commands while the calling component is mounted: a screen's own shortcuts show up in
 * the overlay and the palette only while that screen is on view. The latest `run` is always
 * called, so callers can pass closures over their state without re-registering on every render.
 */
export function useCommands(commands: readonly Command[]): void {
  const latest = useRef(commands);
  useLayoutEffect(() => {
    latest.current = commands;
  });
  // Re-register only when what the registry shows changes, not when a closure does.
  const shape = commands
    .map((c) =>
      [c.id, c.title, c.section, c.shortcut, c.when, c.palette, c.enabled, c.keywords?.join(',')]
        .map(String)
        .join('\u0001'),
    )
    .join('\n');
  useEffect(() => {
    const bound = latest.current.map((command) => ({
      ...command,
      run: () => latest.current.find((current) => current.id === command.id)?.run(),
    }));
    return commandRegistry.register(bound);
    // `shape` stands for the declarations of `commands`; `latest` always holds their runtime.
  }, [shape]);
}

/** Every registered command, re-rendering the caller when the set changes. */
export function useRegisteredCommands(): readonly Command[] {
  return useSyncExternalStore(commandRegistry.subscribe, commandRegistry.getSnapshot);
}
