import type { ReviewItem } from '../../../../shared/domain/review';
import { OUTCOME_LABELS, VERDICT_LABELS, dateTime } from './labels';

interface Props {
  items: ReviewItem[];
  selectedIndex: number;
  comparing: number[];
  onToggleCompare: (id: number) => void;
  onReuse: (id: number) => void;
  reusing: number | null;
}

/** Past calls, newest first: what was said, how it was judged, how it ended. */
export function ReviewList({
  items,
  selectedIndex,
  comparing,
  onToggleCompare,
  onReuse,
  reusing,
}: Props) {
  return (
    <ol className="review-list" aria-label="Past calls">
      {items.map((item, index) => {
        const when = dateTime.format(new Date(item.startedAt));
        const who = item.prospect.company
          ? `${item.prospect.name}, ${item.prospect.company}`
          : item.prospect.name;
        return (
          <li
            key={item.id}
            className="review-row card"
            aria-current={index === selectedIndex ? 'true' : undefined}
          >
            <input
              type="checkbox"
              className="review-check"
              checked={comparing.includes(item.id)}
              onChange={() => onToggleCompare(item.id)}
              aria-label={`Compare the call with ${item.prospect.name} on ${when}`}
            />
            <div className="review-row-body">
              <div className="review-row-head">
                <a className="review-row-title" href={`#/calls/${item.id}`}>
                  {who}
                </a>
                <time dateTime={item.startedAt} className="muted">
                  {when}
                  {item.loggedAfter ? ' · logged' : ''}
                </time>
                <span className="review-pills">
                  {item.verdict ? (
                    <span className={`pill verdict-${item.verdict}`}>
                      {VERDICT_LABELS[item.verdict]} · {item.score}
                    </span>
                  ) : (
                    <span className="pill pill-none">Not checked</span>
                  )}
                  <span
                    className={`pill ${item.outcome === 'meeting_booked' ? 'pill-meeting' : 'pill-outcome'}`}
                  >
                    {item.outcome ? OUTCOME_LABELS[item.outcome] : 'No outcome yet'}
                  </span>
                </span>
              </div>
              <p className="review-opener">
                {item.opener || <span className="muted">No opener.</span>}
              </p>
              {item.overrideReason ? (
                <p className="review-override">
                  <strong>Dialed despite blocking findings:</strong> {item.overrideReason}
                </p>
              ) : null}
              <div className="review-row-foot">
                {item.insights.length > 0 ? (
                  <ul className="review-insights" aria-label="Insights used">
                    {item.insights.map((insight) => (
                      <li key={insight.id} className="tag">
                        {insight.headline}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">No insight used</span>
                )}
                <span className="muted">
                  {item.noteCount} {item.noteCount === 1 ? 'note' : 'notes'}
                </span>
                <button
                  type="button"
                  className="button review-reuse"
                  onClick={() => onReuse(item.id)}
                  disabled={reusing !== null}
                  aria-label={`Reuse this opener (call with ${item.prospect.name} on ${when})`}
                >
                  {reusing === item.id ? 'Starting a plan…' : 'Reuse this opener'}
                </button>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
