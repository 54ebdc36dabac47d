import { useRef } from 'react';
import { useModalFocus } from '../ui/useModalFocus';
import { sectionRank } from './commands/declarations';
import { Keys } from './commands/Keys';
import type { Command } from './commands/types';
import './command-palette.css';

interface Props {
  commands: readonly Command[];
  onClose: () => void;
}

/**
 * `?`: every shortcut the app answers to right now, read from the command registry so the list is
 * always the truth, including the shortcuts of the screen on view.
 */
export function ShortcutsOverlay({ commands, onClose }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useModalFocus(dialog);

  const sections = new Map<string, Command[]>();
  for (const command of [...commands].sort(
    (a, b) => sectionRank(a.section) - sectionRank(b.section),
  )) {
    if (!command.shortcut) continue;
    sections.set(command.section, [...(sections.get(command.section) ?? []), command]);
  }

  return (
    <div
      className="palette-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
    >
      <div
        ref={dialog}
        className="card shortcuts"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onKeyDown={(event) => {
          if (event.key === 'Escape' || event.key === '?') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <header className="shortcuts-header">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button type="button" className="button" onClick={onClose}>
            Close <kbd>Esc</kbd>
          </button>
        </header>
        <div className="shortcuts-sections">
          {[...sections].map(([section, list]) => (
            <section key={section} aria-labelledby={`shortcuts-${slug(section)}`}>
              <h3 id={`shortcuts-${slug(section)}`}>{section}</h3>
              <dl className="shortcuts-list">
                {list.map((command) => (
                  <div key={command.id} className="shortcuts-row">
                    <dt>{command.title}</dt>
                    <dd>
                      <Keys shortcut={command.shortcut!} />
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/gu, '-');
}
