import { shortcutLabels, shortcutText } from './keys';

/**
 * A shortcut as the keys to press: `g p` shows as two keys, `mod+k` as Ctrl K (⌘ K on a Mac).
 * Nested <kbd> is HTML's own way to write a key combination.
 */
export function Keys({ shortcut }: { shortcut: string }) {
  const steps = shortcutLabels(shortcut);
  return (
    <kbd className="keys" title={shortcutText(shortcut)}>
      {steps.map((keys, stepIndex) => (
        <span key={stepIndex} className="keys-step">
          {stepIndex > 0 ? ' ' : null}
          {keys.map((key, keyIndex) => (
            <span key={keyIndex}>
              {keyIndex > 0 ? <span className="keys-plus">+</span> : null}
              <kbd>{key}</kbd>
            </span>
          ))}
        </span>
      ))}
    </kbd>
  );
}
