import { useEffect, useRef } from 'react';
import { eventStep, isOnControl, isTyping, parseShortcut } from './keys';
import { commandRegistry, isActive } from './registry';
import type { Command } from './types';

/** How long the second key of a sequence such as `g p` may wait for the first. */
const SEQUENCE_TIMEOUT_MS = 1000;

/**
 * One window keydown listener that runs registered commands by their shortcut. Plain keys are left
 * alone while the rep types in a field; chords (mod+k) work everywhere. While a modal dialog is
 * open it owns the keyboard, so nothing behind it runs.
 */
export function useShortcutDispatcher(screen: string): void {
  const screenRef = useRef(screen);
  useEffect(() => {
    screenRef.current = screen;
  }, [screen]);

  useEffect(() => {
    let pending: string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reset = () => {
      pending = [];
      clearTimeout(timer);
    };

    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const step = eventStep(event);
      if (step === null) return;
      if (document.querySelector('[aria-modal="true"]')) return reset();
      const chord = /^(mod|ctrl|meta|alt)\+/u.test(step);
      if (!chord && isTyping(event)) return reset();
      if ((step === 'enter' || step === ' ') && isOnControl(event)) return reset();

      const commands = commandRegistry
        .getSnapshot()
        .filter((command) => command.shortcut && isActive(command, screenRef.current));
      const tryKeys = (keys: string[]): Command | 'prefix' | null => {
        let prefix = false;
        for (const command of commands) {
          const steps = parseShortcut(command.shortcut!);
          if (steps.length < keys.length || !keys.every((key, i) => steps[i] === key)) continue;
          if (steps.length === keys.length) return command;
          prefix = true;
        }
        return prefix ? 'prefix' : null;
      };

      // A key that does not continue the pending sequence may start a new one.
      let found = tryKeys([...pending, step]);
      if (found === null && pending.length > 0) {
        reset();
        found = tryKeys([step]);
      }
      if (found === null) return reset();
      event.preventDefault();
      if (found === 'prefix') {
        pending = [...pending, step];
        clearTimeout(timer);
        timer = setTimeout(reset, SEQUENCE_TIMEOUT_MS);
        return;
      }
      reset();
      found.run();
    };

    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      clearTimeout(timer);
    };
  }, []);
}
