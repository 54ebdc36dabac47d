import type { Command } from './types';

/**
 * The commands available right now: the app's own, plus those of the mounted screens. A small
 * external store, so the palette and the overlay re-render when a screen adds or removes its own.
 */
export class CommandRegistry {
  private groups = new Map<symbol, readonly Command[]>();
  private listeners = new Set<() => void>();
  private snapshot: readonly Command[] = [];

  /** Adds the commands until the returned function is called. Later ids replace earlier ones. */
  register(commands: readonly Command[]): () => void {
    const key = Symbol('commands');
    this.groups.set(key, commands);
    this.changed();
    return () => {
      this.groups.delete(key);
      this.changed();
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly Command[] => this.snapshot;

  private changed(): void {
    const byId = new Map<string, Command>();
    for (const commands of this.groups.values())
      for (const command of commands) {
        byId.delete(command.id); // a later registration moves to the end, where it is shown
        byId.set(command.id, command);
      }
    this.snapshot = [...byId.values()];
    for (const listener of this.listeners) listener();
  }
}

/** The registry of the running app. */
export const commandRegistry = new CommandRegistry();

/** The screen a route belongs to, for `when`: `/prospects/12` → `prospects`. */
export function screenOf(path: string): string {
  return path.split('/').find(Boolean) ?? '';
}

export function isActive(command: Command, screen: string): boolean {
  return command.enabled !== false && (command.when === undefined || command.when === screen);
}
