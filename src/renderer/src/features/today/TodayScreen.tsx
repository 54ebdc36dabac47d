import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TodayItem, TodayReason } from '../../../../shared/domain/today';
import { useAppInfo } from '../../app/queries';
import { FirstRunCard } from '../settings/FirstRunCard';
import { useSettings } from '../settings/queries';
import { SampleDataOffer } from './SampleDataOffer';
import { TodayItemRow } from './TodayItemRow';
import { UpcomingMeetings } from '../meetings/UpcomingMeetings';
import { useFollowUpDone, useToday } from './queries';
import './today.css';

const GROUPS: { reason: TodayReason; title: string; empty?: string }[] = [
  { reason: 'overdue', title: 'Overdue follow-ups' },
  { reason: 'due', title: 'Follow-ups due today' },
  { reason: 'ready', title: 'Plans ready to dial' },
  { reason: 'retry', title: 'Try again' },
  { reason: 'in_hours', title: 'In calling hours now' },
];

const dateFormat = new Intl.DateTimeFormat([], {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/**
 * Who to call now, in order: follow-ups overdue and due, plans ready to dial, prospects whose
 * local time is inside calling hours. The first one has focus, so Enter opens its plan; ↑/↓ (or
 * j/k) move between them.
 */
export default function TodayScreen() {
  const today = useToday();
  const done = useFollowUpDone();
  // The follow-up last marked done, with Undo beside it until another is done or undone.
  const [lastDone, setLastDone] = useState<{ callId: number; name: string } | null>(null);
  const markDone = (callId: number) => {
    const name = items.find((item) => item.followUp?.callId === callId)?.prospect.name ?? '';
    done.mutate({ callId }, { onSuccess: () => setLastDone({ callId, name }) });
  };
  const undoDone = () => {
    if (!lastDone) return;
    done.mutate({ callId: lastDone.callId, undo: true }, { onSuccess: () => setLastDone(null) });
  };
  const listRef = useRef<HTMLDivElement>(null);
  const items = today.data?.items ?? [];
  const hasItems = items.length > 0;
  // With records already in, "add prospects" and the demo week are not what the rep needs.
  const libraryEmpty = useAppInfo().data?.isEmpty ?? true;
  const firstRunOpen = useSettings().data?.firstRunDone === false;

  useEffect(() => {
    // One keystroke from the top item's plan: it takes focus when the list appears, or once the
    // first-run questions (which are typed into first) are answered.
    if (hasItems && !firstRunOpen) {
      listRef.current?.querySelector<HTMLElement>('[data-today-item]')?.focus();
    }
  }, [hasItems, firstRunOpen]);

  const moveFocus = (event: KeyboardEvent) => {
    // Ctrl+K is the palette, not "up".
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const step =
      event.key === 'ArrowDown' || event.key === 'j'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'k'
          ? -1
          : 0;
    if (step === 0) return;
    const links = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-today-item]') ?? [])];
    const index = links.indexOf(document.activeElement as HTMLElement);
    const next = links[Math.max(0, Math.min(links.length - 1, index + step))];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <div className="today-screen">
      <header className="page-header">
        <div>
          <h1>Today</h1>
          <p>
            {dateFormat.format(new Date())}
            {today.data ? ` · calling hours ${today.data.callingHours}` : ''} ·{' '}
            <a href="#/settings">change</a>
          </p>
        </div>
      </header>
      <FirstRunCard />
      {today.isError ? (
        <div className="banner error" role="alert">
          {today.error.message}
        </div>
      ) : null}
      {today.data && !hasItems ? (
        <section className="card empty" aria-labelledby="today-empty-title">
          <h2 id="today-empty-title">Nobody to call right now</h2>
          <p>
            No follow-ups are due, no plan is waiting to be dialed, and nobody you have not called
            today is inside calling hours.{' '}
            {libraryEmpty ? (
              <>
                <a href="#/prospects">Add prospects</a>, or try the demo week below.
              </>
            ) : (
              <>
                Open one of your <a href="#/prospects">prospects</a> and write a plan for them.
              </>
            )}
          </p>
          {libraryEmpty ? <SampleDataOffer /> : null}
        </section>
      ) : null}
      {lastDone ? (
        <p className="today-done-notice" role="status">
          Follow-up{lastDone.name ? ` with ${lastDone.name}` : ''} marked done; it left Today.{' '}
          <button type="button" className="button small" onClick={undoDone}>
            Undo
          </button>
        </p>
      ) : null}
      {hasItems ? (
        <div ref={listRef} className="today-groups" onKeyDown={moveFocus}>
          <p className="muted today-hint">
            <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open the plan
          </p>
          {GROUPS.map(({ reason, title }) => (
            <TodayGroup
              key={reason}
              reason={reason}
              title={title}
              items={items.filter((item) => item.reason === reason)}
              onDone={markDone}
              donePending={done.isPending}
            />
          ))}
        </div>
      ) : null}
      {/* Below the queue: who to call comes first; the meetings booked are what the calls earned. */}
      {today.data ? <UpcomingMeetings /> : null}
    </div>
  );
}

function TodayGroup({
  reason,
  title,
  items,
  onDone,
  donePending,
}: {
  reason: TodayReason;
  title: string;
  items: TodayItem[];
  onDone: (callId: number) => void;
  donePending: boolean;
}) {
  if (items.length === 0) return null;
  const id = `today-${reason}`;
  return (
    <section className={`card today-group today-${reason}`} aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="today-count">{items.length}</span>
      </h2>
      <ul className="today-list">
        {items.map((item) => (
          <TodayItemRow
            key={`${item.reason}-${item.prospect.id}`}
            item={item}
            onDone={onDone}
            donePending={donePending}
          />
        ))}
      </ul>
    </section>
  );
}
