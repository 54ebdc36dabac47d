import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BriefingItem } from '../../../../shared/domain/briefing';

interface Props {
  items: BriefingItem[];
  onChange: (items: BriefingItem[]) => void;
  /** Field errors by item index, e.g. an insight that no longer exists. */
  errors: Record<number, string>;
}

type Control = 'up' | 'down' | 'points' | 'remove';

/**
 * The insights the briefing covers, in the order they will be presented. Each moves with its
 * buttons or, from anywhere inside it, with Alt+↑ / Alt+↓; focus stays on what the rep was using
 * so the keys can be pressed again, and the new position is announced.
 */
export function BriefingItems({ items, onChange, errors }: Props) {
  const list = useRef<HTMLOListElement>(null);
  // What to focus once the list has re-rendered in its new order (a moved node can lose focus).
  const refocusAfterRender = useRef<{ insightId: number; control: Control } | null>(null);
  const setRefocus = (target: { insightId: number; control: Control }) =>
    (refocusAfterRender.current = target);
  const [announcement, setAnnouncement] = useState('');

  useLayoutEffect(() => {
    const refocus = refocusAfterRender.current;
    if (!refocus || !list.current) return;
    const find = (control: Control) =>
      list.current?.querySelector<HTMLElement>(
        `[data-focus="${refocus.insightId}:${control}"]:not(:disabled)`,
      );
    // A move button that just became disabled (top or bottom reached) hands focus to its twin.
    const twin: Record<Control, Control> = {
      up: 'down',
      down: 'up',
      points: 'points',
      remove: 'up',
    };
    (find(refocus.control) ?? find(twin[refocus.control]))?.focus();
    refocusAfterRender.current = null;
  });

  const move = (index: number, by: -1 | 1, control: Control) => {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(target, 0, item!);
    onChange(next);
    setRefocus({ insightId: item!.insightId, control });
    setAnnouncement(
      `Moved “${item!.insight.headline}” to position ${target + 1} of ${items.length}.`,
    );
  };

  const remove = (index: number) => {
    const removed = items[index]!;
    const next = items.filter((_, i) => i !== index);
    onChange(next);
    setAnnouncement(`Removed “${removed.insight.headline}”.`);
    const neighbour = next[Math.min(index, next.length - 1)];
    if (neighbour) setRefocus({ insightId: neighbour.insightId, control: 'remove' });
  };

  const onItemKey = (event: KeyboardEvent, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const control = ((event.target as HTMLElement).dataset.focus?.split(':')[1] ??
      'points') as Control;
    move(index, event.key === 'ArrowUp' ? -1 : 1, control);
  };

  return (
    <>
      {items.length === 0 ? (
        <p className="muted small briefing-items-empty">
          No insights yet. A briefing trades one to three insights the prospect can’t read on a
          website for their time; add them below.
        </p>
      ) : null}
      <ol ref={list} className="briefing-items" aria-label="Insights in this briefing">
        {items.map((item, index) => {
          const headline = item.insight.headline;
          const pointsId = `briefing-points-${item.insightId}`;
          return (
            <li
              key={item.insightId}
              className="briefing-item card"
              aria-label={`${index + 1}. ${headline}`}
              onKeyDown={(event) => onItemKey(event, index)}
            >
              <div className="briefing-item-head">
                <span className="briefing-item-number" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="briefing-item-text">
                  <strong className="briefing-item-headline">{headline}</strong>
                  {item.insight.archived ? (
                    <span className="tag tag-warn">archived in the library</span>
                  ) : null}
                  {item.insight.evidence ? (
                    <span className="muted small">{item.insight.evidence}</span>
                  ) : null}
                </div>
                <div className="briefing-item-actions">
                  <button
                    type="button"
                    className="button small"
                    data-focus={`${item.insightId}:up`}
                    aria-label={`Move up: ${headline}`}
                    aria-keyshortcuts="Alt+ArrowUp"
                    title="Move up (Alt+↑)"
                    disabled={index === 0}
                    onClick={() => move(index, -1, 'up')}
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    className="button small"
                    data-focus={`${item.insightId}:down`}
                    aria-label={`Move down: ${headline}`}
                    aria-keyshortcuts="Alt+ArrowDown"
                    title="Move down (Alt+↓)"
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1, 'down')}
                  >
                    Move down
                  </button>
                  <button
                    type="button"
                    className="button small subtle"
                    data-focus={`${item.insightId}:remove`}
                    aria-label={`Remove: ${headline}`}
                    onClick={() => remove(index)}
                  >
                    Remove
                  </button>
                </div>
              </div>
              <div className="field">
                <label htmlFor={pointsId}>Talking points</label>
                <textarea
                  id={pointsId}
                  data-focus={`${item.insightId}:points`}
                  aria-label={`Talking points: ${headline}`}
                  placeholder="One point per line: what you saw, what it cost, what the best do."
                  value={item.talkingPoints}
                  onChange={(event) =>
                    onChange(
                      items.map((other, i) =>
                        i === index ? { ...other, talkingPoints: event.target.value } : other,
                      ),
                    )
                  }
                />
              </div>
              {errors[index] ? (
                <span className="field-error" role="alert">
                  {errors[index]}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      {items.length > 1 ? (
        <p className="field-hint">
          Reorder with the buttons or <kbd>Alt</kbd>+<kbd>↑</kbd> / <kbd>Alt</kbd>+<kbd>↓</kbd> from
          anywhere in an insight.
        </p>
      ) : null}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
