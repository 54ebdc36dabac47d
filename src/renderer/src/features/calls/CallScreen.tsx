import { useParams } from 'wouter';
import { CheckerPanel } from '../plans/CheckerPanel';
import { useCall } from '../plans/queries';
import '../plans/plans.css';
import '../prospects/prospect-detail.css';

/** The record of one dial: the opener exactly as dialed and what the checker said at that moment. */
export default function CallScreen() {
  const id = Number(useParams<{ id: string }>().id);
  const call = useCall(id);
  if (call.isError) {
    return (
      <div className="banner error" role="alert">
        {call.error.message}
      </div>
    );
  }
  const c = call.data;
  if (!c) return <p className="muted">Loading…</p>;
  return (
    <>
      <header className="page-header">
        <div>
          <p className="crumbs">
            <a href={`#/prospects/${c.prospectId}`}>{c.prospectName}</a> /
          </p>
          <h1>Call with {c.prospectName}</h1>
          <p>
            Dialed {new Date(c.startedAt).toLocaleString()}
            {c.planId ? (
              <>
                {' '}
                from <a href={`#/plans/${c.planId}`}>the call plan</a>
              </>
            ) : null}
          </p>
        </div>
      </header>
      <div className="detail-grid">
        <section className="card detail-facts" aria-label="Opener as dialed">
          <h2 className="panel-title">Opener as dialed</h2>
          <p className="dialed-opener">{c.opener || <span className="muted">No opener.</span>}</p>
          {c.overrideReason ? (
            <p className="override" role="note">
              <strong>Dialed despite blocking findings:</strong> {c.overrideReason}
            </p>
          ) : null}
        </section>
        {c.checkResult ? <CheckerPanel result={c.checkResult} text={c.opener} /> : null}
      </div>
    </>
  );
}
