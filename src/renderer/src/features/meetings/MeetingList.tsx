import { useState } from 'react';
import type { Meeting } from '../../../../shared/domain/meeting';
import { meetingLength, meetingWhen } from './format';
import { CancelMeetingDialog, ChangeMeetingDialog } from './MeetingDialogs';
import { useCancelMeeting, useChangeMeeting, useDownloadInvite } from './queries';

interface Props {
  meetings: Meeting[];
  /** On Today the prospect is news; on the prospect's own page it is not. */
  showProspect?: boolean;
  /** On a briefing's page the briefing is the page itself. */
  showBriefing?: boolean;
}

/** Meetings, one per line: when, how long, with whom, for which briefing, and the invite. */
export function MeetingList({ meetings, showProspect = false, showBriefing = true }: Props) {
  const invite = useDownloadInvite();
  const change = useChangeMeeting();
  const cancel = useCancelMeeting();
  // The dialog keeps its own copy: a cancelled meeting leaves the list while it is still open.
  const [open, setOpen] = useState<{ action: 'change' | 'cancel'; meeting: Meeting } | null>(null);
  const show = (action: 'change' | 'cancel', meeting: Meeting) => {
    change.reset();
    cancel.reset();
    setOpen({ action, meeting });
  };
  return (
    <>
      <ul className="meeting-list stack-list">
        {meetings.map((meeting) => (
          <li key={meeting.id} className="meeting-item">
            <div className="meeting-main">
              <time dateTime={meeting.startsAt} className="meeting-when">
                {meetingWhen(meeting)}
              </time>
              <span className="meeting-title">
                {showProspect ? (
                  <a href={`#/prospects/${meeting.prospectId}`}>{meeting.prospectName}</a>
                ) : (
                  meeting.title
                )}
                <span className="muted"> · {meetingLength(meeting.durationMinutes)}</span>
                {meeting.attendees.length > 0 ? (
                  <span className="muted">
                    {' '}
                    · {meeting.attendees.length}{' '}
                    {meeting.attendees.length === 1 ? 'attendee' : 'attendees'}
                  </span>
                ) : null}
              </span>
              {showBriefing && meeting.briefingId !== null ? (
                <span className="meeting-briefing">
                  Briefing:{' '}
                  <a href={`#/briefings/${meeting.briefingId}`}>{meeting.briefingTitle}</a>
                </span>
              ) : null}
            </div>
            <div className="meeting-actions">
              <button
                type="button"
                className="button small"
                onClick={() => invite.mutate(meeting.id)}
                // Several meetings are listed at once: each button names its own.
                aria-label={`Download invite (.ics): ${meeting.prospectName}, ${meetingWhen(meeting)}`}
              >
                Download invite (.ics)
              </button>
              <button
                type="button"
                className="button small"
                onClick={() => show('change', meeting)}
                aria-label={`Change the meeting: ${meeting.prospectName}, ${meetingWhen(meeting)}`}
              >
                Change
              </button>
              <button
                type="button"
                className="button small"
                onClick={() => show('cancel', meeting)}
                aria-label={`Cancel meeting: ${meeting.prospectName}, ${meetingWhen(meeting)}`}
              >
                Cancel meeting
              </button>
            </div>
          </li>
        ))}
      </ul>
      {invite.error ? (
        <div className="banner error" role="alert">
          The invite could not be made: {invite.error.message}
        </div>
      ) : null}
      {open?.action === 'change' ? (
        <ChangeMeetingDialog
          meeting={open.meeting}
          pending={change.isPending}
          error={change.error}
          onSave={(meeting) =>
            change.mutate({ id: open.meeting.id, meeting }, { onSuccess: () => setOpen(null) })
          }
          onClose={() => setOpen(null)}
        />
      ) : open?.action === 'cancel' ? (
        <CancelMeetingDialog
          meeting={open.meeting}
          pending={cancel.isPending}
          error={cancel.error}
          onConfirm={() => cancel.mutate(open.meeting.id, { onSuccess: () => setOpen(null) })}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
