import type { TimelineEntry } from './queries';

const OUTCOME_LABEL: Record<string, string> = {
  meeting_booked: 'Meeting booked',
  callback: 'Callback',
  not_interested: 'Not interested',
  voicemail: 'Voicemail',
  gatekeeper: 'Gatekeeper',
  no_answer: 'No answer',
  wrong_person: 'Wrong person',
};

/** The prospect's plans and calls, newest first, each a link to its screen. */
export function ProspectTimeline({ timeline }: { timeline: TimelineEntry[] }) {
  return (
    <section className="card detail-timeline" aria-label="Timeline">
      <h2>Timeline</h2>
      {timeline.length === 0 ? (
        <p className="muted">No plans or calls yet. Start with “New call plan”.</p>
      ) : null}
      <ol>
        {timeline.map((item) =>
          item.kind === 'plan' ? (
            <li key={`plan-${item.plan.id}`}>
              <span className="when">{new Date(item.at).toLocaleDateString()}</span>
              <a href={`#/plans/${item.plan.id}`}>
                Call plan{item.plan.objective ? `: ${item.plan.objective}` : ''}
              </a>
              {item.plan.checkResult ? (
                <span className={`pill pill-${item.plan.checkResult.verdict}`}>
                  {item.plan.checkResult.verdict.replace('_', ' ')}
                </span>
              ) : null}
            </li>
          ) : (
            <li key={`call-${item.call.id}`}>
              <span className="when">{new Date(item.at).toLocaleDateString()}</span>
              <a href={`#/calls/${item.call.id}`}>Call</a>
              <span className="muted">
                {item.call.outcome ? OUTCOME_LABEL[item.call.outcome] : 'no outcome yet'}
              </span>
              {item.call.verdict ? (
                <span className={`pill pill-${item.call.verdict}`}>
                  dialed {item.call.verdict.replace('_', ' ')}
                </span>
              ) : null}
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
