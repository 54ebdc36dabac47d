import { useLocation } from 'wouter';
import { OUTCOME_LABELS, formatOffset, type CallDetail } from '../../../../shared/domain/call';
import { MeetingList } from '../meetings/MeetingList';
import { CheckerPanel } from '../plans/CheckerPanel';
import { CallHeading } from './CallHeading';
import { NotesTimeline } from './NotesTimeline';
import { NextProspectButton } from '../today/NextProspectButton';
import { useCallFromOtherTabs, usePrepareBriefing } from './queries';
import { useLeftoverNotes } from './useLeftoverNotes';

/**
 * A finished call: how it ended, what comes next, the opener as dialed and the notes timeline.
 * `justEnded`: the rep ended it on this screen a moment ago (Next prospect takes focus).
 */
export function CallRecord({ call, justEnded = false }: { call: CallDetail; justEnded?: boolean }) {
  const leftover = useLeftoverNotes(call);
  useCallFromOtherTabs(call.id, { poll: false });
  const duration =
    call.endedAt && !call.loggedAfter
      ? formatOffset(Date.parse(call.endedAt) - Date.parse(call.startedAt))
      : null;
  return (
    <>
      <header className="page-header">
        <div>
          <CallHeading call={call}>
            {call.loggedAfter ? 'Logged from another phone · ' : 'Dialed '}
            {new Date(call.startedAt).toLocaleString()}
            {duration ? ` · ${duration}` : null}
          </CallHeading>
        </div>
        <NextProspectButton currentProspectId={call.prospectId} takeFocus={justEnded} />
      </header>
      <section className="card call-outcome" aria-label="Outcome">
        <dl>
          <div>
            <dt>Outcome</dt>
            <dd>
              <span className={`pill outcome-pill outcome-${call.outcome ?? 'none'}`}>
                {call.outcome ? OUTCOME_LABELS[call.outcome] : 'No outcome'}
              </span>
            </dd>
          </div>
          <div>
            <dt>Next step</dt>
            <dd>{call.nextStep || <span className="muted">None written</span>}</dd>
          </div>
          <div>
            <dt>Follow up on</dt>
            <dd>
              {call.followUpOn ? (
                new Date(`${call.followUpOn}T12:00:00`).toLocaleDateString()
              ) : (
                <span className="muted">No date</span>
              )}
            </dd>
          </div>
          {call.briefingId ? (
            <div>
              <dt>Meeting for</dt>
              <dd>
                <a href={`#/briefings/${call.briefingId}`}>
                  {call.plan?.briefingId === call.briefingId && call.plan.briefingTitle
                    ? call.plan.briefingTitle
                    : 'the briefing'}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        {call.meeting ? (
          <div className="call-meeting">
            <h2 className="panel-title">Meeting booked</h2>
            <MeetingList meetings={[call.meeting]} />
          </div>
        ) : null}
        {call.outcome === 'meeting_booked' && call.briefingId === null ? (
          <PrepareBriefing callId={call.id} />
        ) : null}
      </section>
      <div className="detail-grid">
        <div className="record-main">
          <section className="card detail-facts" aria-label="Opener as dialed">
            <h2 className="panel-title">Opener as dialed</h2>
            <p className="dialed-opener">
              {call.opener || <span className="muted">No opener.</span>}
            </p>
            {call.overrideReason ? (
              <p className="override" role="note">
                <strong>Dialed despite blocking findings:</strong> {call.overrideReason}
              </p>
            ) : null}
          </section>
          <section className="card record-notes" aria-labelledby="record-notes-title">
            <h2 id="record-notes-title" className="panel-title">
              Notes
            </h2>
            <NotesTimeline
              notes={call.notes}
              unsaved={leftover}
              editable
              showOffsets={!call.loggedAfter}
            />
            {call.draft?.body.trim() ? (
              <div className="leftover-draft">
                <h3>Typed but never added as a note</h3>
                <p>{call.draft.body}</p>
              </div>
            ) : null}
          </section>
        </div>
        {call.checkResult ? (
          <CheckerPanel
            result={call.checkResult}
            text={call.opener}
            finished={{ outcome: call.outcome ? OUTCOME_LABELS[call.outcome] : 'no outcome' }}
          />
        ) : null}
      </div>
    </>
  );
}

/**
 * A booked meeting with no briefing yet: one click starts it from this call (its prospect, the
 * insights it used, the meeting's length) and opens it.
 */
function PrepareBriefing({ callId }: { callId: number }) {
  const prepare = usePrepareBriefing();
  const [, navigate] = useLocation();
  return (
    <div className="prepare-briefing">
      <button
        type="button"
        className="button"
        disabled={prepare.isPending}
        onClick={() =>
          prepare.mutate(callId, {
            onSuccess: ({ briefingId }) => navigate(`/briefings/${briefingId}`),
          })
        }
      >
        {prepare.isPending ? 'Preparing the briefing…' : 'Prepare the briefing'}
      </button>
      <span className="muted"> Starts it with this call’s insights and the meeting’s length.</span>
      {prepare.isError ? (
        <p role="alert" className="banner error">
          {prepare.error.message}
        </p>
      ) : null}
    </div>
  );
}
