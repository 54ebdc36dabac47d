import { localTime } from '../../lib/time';
import { EmailLink } from '../../ui/EmailLink';
import { LogCallDialog } from '../calls/LogCallDialog';
import { DialLink } from '../dialing/DialLink';
import { useReturnAfterHandOff } from '../dialing/useReturnAfterHandOff';
import { ProspectMeetings } from '../meetings/ProspectMeetings';
import { ProspectDialog } from './ProspectDialog';
import { ProspectTimeline } from './ProspectTimeline';
import { useProspectDetail } from './useProspectDetail';
import './prospect-detail.css';

/** One prospect: who they are, their local time, and every plan and call with them. */
export default function ProspectDetailScreen() {
  const detail = useProspectDetail();
  const handOff = useReturnAfterHandOff();

  if (detail.error) {
    return (
      <div className="banner error" role="alert">
        {detail.error}
      </div>
    );
  }
  const p = detail.prospect;
  if (!p) return <p className="muted">Loading…</p>;

  return (
    <>
      <header className="page-header">
        <div>
          <p className="crumbs">
            <a href="#/prospects">Prospects</a> /
          </p>
          <h1>{p.name}</h1>
          <p>{[p.title, p.company, p.industry].filter(Boolean).join(' · ')}</p>
        </div>
        <div className="header-actions">
          <button type="button" className="button" onClick={() => detail.setEditing(true)}>
            Edit <kbd>e</kbd>
          </button>
          <button type="button" className="button" onClick={() => detail.setLogging(true)}>
            Log a call <kbd>l</kbd>
          </button>
          <button
            type="button"
            className="button primary"
            onClick={detail.newPlan}
            disabled={detail.creatingPlan || p.archivedAt !== null}
            aria-describedby={p.archivedAt ? 'prospect-archived' : undefined}
          >
            New call plan <kbd>c</kbd>
          </button>
        </div>
      </header>
      {p.archivedAt ? (
        <div id="prospect-archived" className="banner archived" role="note">
          Archived: {p.name} is off your lists and Today. Restore them from Edit to plan calls
          again.
        </div>
      ) : null}
      {handOff.returned ? (
        <div className="banner handoff-return" role="status">
          <span>Back from calling {p.name}? Log how it went, so the review counts it.</span>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              handOff.dismiss();
              detail.setLogging(true);
            }}
          >
            Log the call
          </button>
          <button type="button" className="button" onClick={handOff.dismiss}>
            No call made
          </button>
        </div>
      ) : null}
      <div className="detail-grid">
        <section className="card detail-facts" aria-label="Facts">
          <dl>
            <dt>Phone</dt>
            <dd>
              {p.phone ? (
                <DialLink phone={p.phone} onHandOff={handOff.handedOff} />
              ) : (
                <span className="muted">—</span>
              )}
            </dd>
            <dt>Email</dt>
            <dd>{p.email ? <EmailLink email={p.email} /> : <span className="muted">—</span>}</dd>
            <dt>Their time</dt>
            <dd>{localTime(p.timezone) ?? <span className="muted">Add a time zone</span>}</dd>
            <dt>Last contact</dt>
            <dd>
              {p.lastContactAt ? (
                new Date(p.lastContactAt).toLocaleString()
              ) : (
                <span className="muted">Never</span>
              )}
            </dd>
            {p.lastActivityOn ? (
              <>
                {/* From the CRM the prospect was imported from (HubSpot's Last Activity Date). */}
                <dt>Last activity before OneUp</dt>
                <dd>
                  {new Date(`${p.lastActivityOn}T00:00`).toLocaleDateString([], {
                    day: 'numeric',
                    month: 'short',
                    year: 'numeric',
                  })}
                </dd>
              </>
            ) : null}
            <dt>Calls</dt>
            <dd>
              {p.callCount} · meetings {p.meetingCount}
            </dd>
            <dt>Tags</dt>
            <dd>
              {p.tags.length ? (
                p.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))
              ) : (
                <span className="muted">—</span>
              )}
            </dd>
          </dl>
          {p.notes ? <p className="detail-notes">{p.notes}</p> : null}
        </section>
        <div className="detail-side">
          <ProspectMeetings prospectId={p.id} />
          <ProspectTimeline timeline={detail.timeline} />
        </div>
      </div>
      {detail.editing ? (
        <ProspectDialog prospect={p} onClose={() => detail.setEditing(false)} />
      ) : null}
      {detail.logging ? (
        <LogCallDialog
          prospectId={p.id}
          prospectName={p.name}
          prospectEmail={p.email}
          prospectTimezone={p.timezone}
          onClose={() => detail.setLogging(false)}
        />
      ) : null}
    </>
  );
}
