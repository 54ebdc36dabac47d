import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { GlobalSearchResult } from '../../../shared/domain/search';
import { useModalFocus } from '../ui/useModalFocus';
import { sectionRank } from './commands/declarations';
import { fuzzyScore } from './commands/fuzzy';
import { Keys } from './commands/Keys';
import { isMac } from './commands/keys';
import { isActive } from './commands/registry';
import type { Command } from './commands/types';
import { useGlobalSearch } from './queries';
import './command-palette.css';

interface Option {
  key: string;
  group: string;
  /** May carry \u0002 … \u0003 match marks. */
  title: string;
  subtitle?: string;
  excerpt?: string;
  shortcut?: string | undefined;
  run: () => void;
}

interface Props {
  commands: readonly Command[];
  screen: string;
  navigate: (to: string) => void;
  /** Closes the palette, then runs what was chosen (with focus already back in the page). */
  onChoose: (run: () => void) => void;
  onClose: () => void;
}

/**
 * Ctrl/Cmd+K: one box to go anywhere, run any command, or find a prospect, insight or call note.
 * The ARIA combobox pattern: focus stays in the input, arrow keys move the active option
 * (aria-activedescendant), Enter chooses it, Escape closes.
 */
export function CommandPalette({ commands, screen, navigate, onChoose, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const search = useGlobalSearch(deferredQuery);
  const dialog = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const id = useId();
  useModalFocus(dialog, input);

  const options = useMemo(
    () =>
      buildOptions(
        commands.filter((command) => command.palette !== false && isActive(command, screen)),
        query,
        query.trim() === '' ? undefined : search.data,
        navigate,
      ),
    [commands, screen, query, search.data, navigate],
  );
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));
  const activeOption = options[activeIndex];
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    listRef.current
      ?.querySelector(`[id="${CSS.escape(optionId(activeIndex))}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      if (options.length > 0) setActive((to + options.length) % options.length);
    };
    if (event.key === 'ArrowDown') move(activeIndex + 1);
    else if (event.key === 'ArrowUp') move(activeIndex - 1);
    else if (event.key === 'PageDown') move(Math.min(activeIndex + 5, options.length - 1));
    else if (event.key === 'PageUp') move(Math.max(activeIndex - 5, 0));
    else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeOption) onChoose(activeOption.run);
    } else if (
      event.key === 'Escape' ||
      (event.key.toLowerCase() === 'k' && (isMac ? event.metaKey : event.ctrlKey))
    ) {
      event.preventDefault();
      onClose();
    }
  };

  const groups: { name: string; options: { option: Option; index: number }[] }[] = [];
  options.forEach((option, index) => {
    const last = groups.at(-1);
    if (last?.name === option.group) last.options.push({ option, index });
    else groups.push({ name: option.group, options: [{ option, index }] });
  });

  const searching = query.trim() !== '' && (search.isFetching || deferredQuery !== query);
  const status =
    options.length === 0
      ? searching
        ? 'Searching…'
        : `Nothing matches “${query.trim()}”.`
      : `${options.length} ${options.length === 1 ? 'result' : 'results'}`;

  return (
    <div
      className="palette-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        ref={dialog}
        className="palette card"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
      >
        <input
          ref={input}
          className="palette-input"
          role="combobox"
          aria-label="Search commands, prospects, insights and notes"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Type a command, or search prospects, insights and notes…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <div
          ref={listRef}
          id={`${id}-list`}
          className="palette-list"
          role="listbox"
          aria-label="Results"
        >
          {groups.map((group) => (
            <div key={group.name} role="group" aria-label={group.name} className="palette-group">
              <div className="palette-group-name" aria-hidden="true">
                {group.name}
              </div>
              {group.options.map(({ option, index }) => (
                <div
                  key={option.key}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  className="palette-option"
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => index !== activeIndex && setActive(index)}
                  onClick={() => onChoose(option.run)}
                >
                  <span className="palette-option-text">
                    <span className="palette-option-title">
                      <Marked text={option.title} />
                    </span>
                    {option.subtitle ? (
                      <span className="palette-option-subtitle">{option.subtitle}</span>
                    ) : null}
                    {option.excerpt ? (
                      <span className="palette-option-excerpt">
                        <Marked text={option.excerpt} />
                      </span>
                    ) : null}
                  </span>
                  {option.shortcut ? <Keys shortcut={option.shortcut} /> : null}
                </div>
              ))}
            </div>
          ))}
        </div>
        <div className="palette-footer">
          <span role="status" aria-live="polite">
            {status}
          </span>
          <span aria-hidden="true">
            <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
          </span>
        </div>
        {search.isError ? (
          <div className="banner error palette-error" role="alert">
            Search failed: {search.error.message}
          </div>
        ) : null}
      </div>
    </div>
  );
}

function buildOptions(
  commands: readonly Command[],
  query: string,
  found: GlobalSearchResult | undefined,
  navigate: (to: string) => void,
): Option[] {
  const typed = query.trim();
  const commandOption = (command: Command, group: string): Option => ({
    key: `command:${command.id}`,
    group,
    title: command.title,
    shortcut: command.shortcut,
    run: command.run,
  });
  const options: Option[] = [];
  if (typed === '') {
    const sorted = [...commands].sort((a, b) => sectionRank(a.section) - sectionRank(b.section));
    for (const command of sorted) options.push(commandOption(command, command.section));
  } else {
    commands
      .map((command) => ({
        command,
        score: Math.max(
          fuzzyScore(typed, command.title) ?? -Infinity,
          ...(command.keywords ?? []).map((word) => (fuzzyScore(typed, word) ?? -Infinity) - 5),
        ),
      }))
      .filter(({ score }) => score > -Infinity)
      .sort((a, b) => b.score - a.score)
      .forEach(({ command }) => options.push(commandOption(command, 'Commands')));
  }
  if (found) {
    for (const hit of found.prospects)
      options.push({
        key: `prospect:${hit.id}`,
        group: 'Prospects',
        title: hit.titleMarked,
        subtitle: hit.subtitle,
        excerpt: hit.excerptMarked,
        run: () => navigate(`/prospects/${hit.id}`),
      });
    for (const hit of found.insights)
      options.push({
        key: `insight:${hit.id}`,
        group: 'Insights',
        title: hit.titleMarked,
        subtitle: hit.subtitle,
        excerpt: hit.excerptMarked,
        run: () => navigate(`/insights/${hit.id}`),
      });
    for (const hit of found.notes)
      options.push({
        key: `note:${hit.id}`,
        group: 'Call notes',
        title: hit.titleMarked,
        subtitle: hit.subtitle,
        excerpt: hit.excerptMarked,
        run: () => navigate(`/calls/${hit.callId}`),
      });
  }
  return options;
}

/** Backend-marked text (\u0002 … \u0003) as text and <mark>; never parsed as HTML. */
function Marked({ text }: { text: string }) {
  const runs: { text: string; match: boolean }[] = [];
  let match = false;
  for (const part of text.split(/([\u0002\u0003])/u)) {
    if (part === '\u0002' || part === '\u0003') match = part === '\u0002';
    else if (part !== '') runs.push({ text: part, match });
  }
  return (
    <>
      {runs.map((run, index) =>
        run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
      )}
    </>
  );
}
