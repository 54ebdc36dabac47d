import { OUTCOME_LABELS } from '../../../../shared/domain/call';
import type { TodayItem } from '../../../../shared/domain/today';
import { CallingWindowBadge } from '../../ui/CallingWindowBadge';

const dueFormat = new Intl.DateTimeFormat([], { weekday: 'short', day: 'numeric', month: 'short' });
/** "2026-03-06" → "Fri 6 Mar", read as a calendar date (no time zone shift). */
const dueLabel = (date: string) => dueFormat.format(new Date(`${date}T12:00:00`));

const attemptFormat = new Intl.DateTimeFormat([], {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

/** "Voicemail Mon 7 Dec, 9:05 AM · 2 unanswered in a row". */
function attemptLabel(attempt: NonNullable<TodayItem['lastAttempt']>): string {
  const when = attemptFormat.format(new Date(attempt.startedAt));
  const streak = attempt.attempts > 1 ? ` · ${attempt.attempts} unanswered in a row` : '';
  return `${OUTCOME_LABELS[attempt.outcome]} ${when}${streak}`;
}

export const hrefOf = (item: TodayItem) =>
  item.planId === null ? `#/prospects/${item.prospect.id}` : `#/plans/${item.planId}`;

interface Props {
  item: TodayItem;
  onDone: (callId: number) => void;
  donePending: boolean;
}

/** One person to call: the link opens their plan (or their page when there is no plan yet). */
export function TodayItemRow({ item, onDone, donePending }: Props) {
  const { prospect, followUp } = item;
  const who = [prospect.title, prospect.company].filter(Boolean).join(', ');
  return (
    <li className="today-item">
      <a className="today-open" href={hrefOf(item)} data-today-item="">
        <span className="today-name">{prospect.name}</span>
        {who ? <span className="today-who">{who}</span> : null}
        {followUp ? (
          <span className="today-why">
            {followUp.outcome ? `${OUTCOME_LABELS[followUp.outcome]} · ` : ''}
            due {dueLabel(followUp.dueOn)}
            {followUp.nextStep ? ` — ${followUp.nextStep}` : ''}
          </span>
        ) : null}
        {item.lastAttempt ? (
          <span className="today-why">{attemptLabel(item.lastAttempt)}</span>
        ) : null}
        {item.planCheck ? (
          <span className={`pill verdict-${item.planCheck.verdict}`}>
            {item.planCheck.verdict === 'ready' ? 'Ready' : 'Needs work'} {item.planCheck.score}
          </span>
        ) : null}
        <span className="visually-hidden">
          {item.planId === null ? ', open their page' : ', open the call plan'}
        </span>
      </a>
      <CallingWindowBadge window={item.window} />
      {followUp ? (
        <button
          type="button"
          className="button"
          onClick={() => onDone(followUp.callId)}
          disabled={donePending}
          aria-label={`Mark the follow-up with ${prospect.name} done`}
        >
          Done
        </button>
      ) : null}
    </li>
  );
}
