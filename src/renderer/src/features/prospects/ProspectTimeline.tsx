import { OUTCOME_LABELS } from '../../../../shared/domain/call';
import { meetingLength, meetingWhen } from '../meetings/format';
import type { TimelineEntry } from './queries';

function entryKey(item: TimelineEntry): string {
  switch (item.kind) {
    case 'plan':
      return `plan-${item.plan.id}`;
    case 'call':
      return `call-${item.call.id}`;
    case 'briefing':
      return `briefing-${item.briefing.id}`;
    case 'meeting':
      return `meeting-${item.meeting.id}`;
  }
}

/** What one timeline line says after its date. */
function EntryBody({ item }: { item: TimelineEntry }) {
  switch (item.kind) {
    case 'plan':
      return (
        <>
          <a href={`#/plans/${item.plan.id}`}>
            Call plan{item.plan.objective ? `: ${item.plan.objective}` : ''}
          </a>
          {item.plan.checkResult ? (
            <span className={`pill verdict-${item.plan.checkResult.verdict}`}>
              {item.plan.checkResult.verdict.replace('_', ' ')}
            </span>
          ) : null}
        </>
      );
    case 'call':
      return (
        <>
          <a href={`#/calls/${item.call.id}`}>Call</a>
          <span className="muted">
            {item.call.outcome ? OUTCOME_LABELS[item.call.outcome] : 'no outcome yet'}
          </span>
          {item.call.verdict ? (
            <span className={`pill verdict-${item.call.verdict}`}>
              dialed {item.call.verdict.replace('_', ' ')}
            </span>
          ) : null}
        </>
      );
    case 'briefing':
      return <a href={`#/briefings/${item.briefing.id}`}>Briefing: {item.briefing.title}</a>;
    case 'meeting':
      return (
        <>
          <span>
            Meeting {meetingWhen(item.meeting)}
            <span className="muted"> · {meetingLength(item.meeting.durationMinutes)}</span>
          </span>
          {item.meeting.briefingId !== null ? (
            <a href={`#/briefings/${item.meeting.briefingId}`}>{item.meeting.briefingTitle}</a>
          ) : null}
        </>
      );
  }
}

/** The prospect's plans, calls, briefings and meetings, newest first, each a link to its screen. */
export function ProspectTimeline({ timeline }: { timeline: TimelineEntry[] }) {
  return (
    <section className="card detail-timeline" aria-label="Timeline">
      <h2>Timeline</h2>
      {timeline.length === 0 ? (
        <p className="muted">No plans, calls or briefings yet. Start with “New call plan”.</p>
      ) : null}
      <ol className="stack-list">
        {timeline.map((item) => (
          <li key={entryKey(item)}>
            <span className="when">{new Date(item.at).toLocaleDateString()}</span>
            <span className="timeline-body">
              <EntryBody item={item} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
