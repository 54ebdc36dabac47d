import type { CallDetail } from '../../../../shared/domain/call';

/** The sentence around the checker's ask span: what the rep must not forget to say. */
export function askOf(call: Pick<CallDetail, 'opener' | 'checkResult'>): string | null {
  const span = call.checkResult?.components.ask.span;
  if (!span || span.field !== 'text') return null;
  const text = call.opener;
  // A sentence ends at . ? or ! followed by any space, a line break included: "…a year.\nCould
  // we…" starts the ask on its own line, and a search for ". " alone reached back a sentence.
  let start = 0;
  for (const end of text.slice(0, span.start).matchAll(/[.?!…]\s+/gu))
    start = end.index + end[0].length;
  const after = text.slice(span.end).search(/[.?!…](\s|$)/u);
  const end = after === -1 ? text.length : span.end + after + 1;
  return text.slice(start, end).trim() || null;
}

/** The opener large enough to read from while talking, with the ask and the briefing on offer. */
export function Teleprompter({ call }: { call: CallDetail }) {
  const ask = askOf(call);
  const askAt = ask ? call.opener.indexOf(ask) : -1;
  return (
    <section className="card teleprompter" aria-label="Opener as dialed">
      {call.opener ? (
        <p className="teleprompter-text">
          {askAt >= 0 && ask ? (
            <>
              {call.opener.slice(0, askAt)}
              <mark className="teleprompter-ask">{ask}</mark>
              {call.opener.slice(askAt + ask.length)}
            </>
          ) : (
            call.opener
          )}
        </p>
      ) : (
        <p className="muted">No opener was recorded for this call.</p>
      )}
      <dl className="teleprompter-facts">
        <div>
          <dt>The ask</dt>
          <dd>
            {/* The ask itself is marked in the opener above; here what to offer with it. */}
            {ask ? (
              call.plan?.meetingSlots.length ? (
                `Offer: ${call.plan.meetingSlots.join(', ')}`
              ) : (
                'Highlighted above'
              )
            ) : (
              <span className="muted">No clear ask in the opener</span>
            )}
          </dd>
        </div>
        {call.plan?.briefingTitle ? (
          <div>
            <dt>Briefing</dt>
            <dd>
              <a href={`#/briefings/${call.plan.briefingId}`}>{call.plan.briefingTitle}</a>
            </dd>
          </div>
        ) : null}
        {call.plan?.objective ? (
          <div>
            <dt>Objective</dt>
            <dd>{call.plan.objective}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
