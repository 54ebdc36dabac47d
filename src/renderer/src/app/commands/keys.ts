/**
 * Shortcut strings and keyboard events in one normal form, so `mod+k` typed in a declaration and
 * Ctrl+K pressed on Linux compare equal. A step is `[mod+][alt+][shift+]key`.
 */
export const isMac: boolean =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/u.test(navigator.platform);

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

export function parseShortcut(shortcut: string): string[] {
  return shortcut
    .trim()
    .split(/\s+/u)
    .map((step) => {
      const { modifiers: names, key } = splitStep(step);
      const modifiers = new Set(names.map((name) => name.toLowerCase()));
      return normalStep(key, {
        mod: modifiers.has('mod'),
        ctrl: modifiers.has('ctrl'),
        meta: modifiers.has('meta') || modifiers.has('cmd'),
        alt: modifiers.has('alt'),
        shift: modifiers.has('shift'),
      });
    });
}

/** `mod+k` → modifiers ['mod'], key 'k'; the key itself may be "+". */
function splitStep(step: string): { modifiers: string[]; key: string } {
  if (step.endsWith('+'))
    return { modifiers: step.slice(0, -1).split('+').filter(Boolean), key: '+' };
  const parts = step.split('+');
  const key = parts.pop()!;
  return { modifiers: parts.filter(Boolean), key };
}

/** The step a keydown event stands for, or null for a bare modifier press. */
export function eventStep(event: KeyboardEvent): string | null {
  if (MODIFIER_KEYS.has(event.key)) return null;
  return normalStep(event.key, {
    mod: false,
    ctrl: event.ctrlKey,
    meta: event.metaKey,
    alt: event.altKey,
    shift: event.shiftKey,
  });
}

function normalStep(
  key: string,
  flags: { mod: boolean; ctrl: boolean; meta: boolean; alt: boolean; shift: boolean },
): string {
  // "mod" is the platform's command key; the other one keeps its own name.
  const mod = flags.mod || (isMac ? flags.meta : flags.ctrl);
  const other = isMac ? flags.ctrl && !flags.mod : flags.meta;
  const printable = [...key].length === 1;
  const parts: string[] = [];
  if (mod) parts.push('mod');
  if (other) parts.push(isMac ? 'ctrl' : 'meta');
  if (flags.alt) parts.push('alt');
  // Shift is already in a printable character ("?" is shift+/), so only named keys carry it.
  if (flags.shift && !printable) parts.push('shift');
  const chorded = mod || other || flags.alt;
  parts.push(printable ? (chorded ? key.toLowerCase() : key) : key.toLowerCase());
  return parts.join('+');
}

/**
 * Inputs that take no typed letters: a plain key there is free for a shortcut ("c" to compare
 * right after ticking a call's box did nothing). Space still toggles them (isOnControl).
 */
const KEYLESS_INPUTS = new Set(['checkbox', 'button', 'submit', 'reset', 'image', 'file', 'color']);

/** True when a plain key would type text or operate the focused control instead. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  if (target instanceof HTMLInputElement && KEYLESS_INPUTS.has(target.type)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Enter and Space belong to a focused button, link or checkbox. */
export function isOnControl(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target?.closest?.(
    'button, a[href], [role="button"], [role="link"], summary, input[type="checkbox"]',
  );
}

const KEY_LABELS: Record<string, string> = {
  mod: isMac ? '⌘' : 'Ctrl',
  ctrl: 'Ctrl',
  meta: isMac ? '⌘' : 'Meta',
  alt: isMac ? '⌥' : 'Alt',
  shift: 'Shift',
  enter: 'Enter',
  escape: 'Esc',
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
};

/** The keys to show for a shortcut: one array of key labels per step. */
export function shortcutLabels(shortcut: string): string[][] {
  return parseShortcut(shortcut).map((step) => {
    const { modifiers, key } = splitStep(step);
    // Chords show the key in capitals as keyboards print it (Ctrl K); a lone "g" stays "g"
    // because "G" would read as Shift+G.
    const keyLabel = KEY_LABELS[key] ?? (modifiers.length > 0 ? key.toUpperCase() : key);
    return [...modifiers.map((modifier) => KEY_LABELS[modifier] ?? modifier), keyLabel];
  });
}

/** Spoken form for an accessible name: "Control K", "g then p". */
export function shortcutText(shortcut: string): string {
  return shortcutLabels(shortcut)
    .map((keys) => keys.join('+'))
    .join(' then ');
}
