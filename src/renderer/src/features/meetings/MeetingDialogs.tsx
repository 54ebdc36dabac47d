import { useState } from 'react';
import type { Meeting } from '../../../../shared/domain/meeting';
import { ApiCallError } from '../../lib/api-error';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { meetingWhen } from './format';
import {
  MeetingFields,
  meetingErrors,
  meetingInput,
  type MeetingDraft,
  type MeetingInput,
} from './MeetingFields';

/** The meeting as the form holds it: its date and time on the rep's own wall clock. */
export function draftOf(meeting: Pick<Meeting, 'startsAt' | 'durationMinutes' | 'attendees'>) {
  const start = new Date(meeting.startsAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`,
    time: `${pad(start.getHours())}:${pad(start.getMinutes())}`,
    minutes: String(meeting.durationMinutes),
    attendees: meeting.attendees.join(', '),
  } satisfies MeetingDraft;
}

const who = (meeting: Meeting) =>
  meeting.title === `Meeting with ${meeting.prospectName}`
    ? meeting.title
    : `${meeting.title} with ${meeting.prospectName}`;

interface ChangeProps {
  meeting: Meeting;
  pending: boolean;
  error: Error | null;
  onSave: (meeting: MeetingInput) => void;
  onClose: () => void;
}

/**
 * Moves a meeting or changes its length or attendees. The backend's refusals land on their
 * fields (the same paths as when the meeting was booked on the call).
 */
export function ChangeMeetingDialog({ meeting, pending, error, onSave, onClose }: ChangeProps) {
  const [draft, setDraft] = useState(() => draftOf(meeting));
  const [noDate, setNoDate] = useState(false);
  const apiFields = error instanceof ApiCallError ? error.fields : undefined;
  const errors = meetingErrors(apiFields);
  if (noDate) errors['meeting.startsAt'] = 'Pick the date of the meeting.';
  const fieldError = Object.keys(errors).some((path) => errors[path]);
  return (
    <Modal
      title="Change the meeting"
      className="meeting-dialog"
      closeOnBackdrop={false}
      onClose={() => {
        if (!pending) onClose();
      }}
      description={
        <p className="muted">
          {who(meeting)}, now {meetingWhen(meeting)}.
        </p>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const input = meetingInput(draft);
          setNoDate(input === null);
          if (input) onSave(input);
        }}
      >
        <MeetingFields value={draft} onChange={setDraft} errors={errors} />
        <p className="field-hint">
          Download the invite again after saving and send it on: calendars that have the meeting
          replace it with the new time.
        </p>
        {error && !fieldError ? (
          <div className="banner error" role="alert">
            {error.message}
          </div>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} disabled={pending}>
            Close without saving
          </button>
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? 'Saving…' : 'Save changes'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

interface CancelProps {
  meeting: Meeting;
  pending: boolean;
  error: Error | null;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before a meeting is cancelled. "Keep the meeting" has the focus, so Enter never cancels by
 * accident; confirming also downloads the cancellation for the calendars that have the invite.
 */
export function CancelMeetingDialog({ meeting, pending, error, onConfirm, onClose }: CancelProps) {
  return (
    <ConfirmDialog
      title="Cancel this meeting?"
      className="meeting-dialog"
      tone="danger"
      cancelLabel="Keep the meeting"
      confirmLabel="Cancel the meeting"
      pendingLabel="Cancelling…"
      pending={pending}
      error={error ? `The meeting was not cancelled: ${error.message}` : null}
      onConfirm={onConfirm}
      onCancel={onClose}
    >
      <p>
        <strong>{who(meeting)}</strong>, {meetingWhen(meeting)}.
      </p>
      <p>
        It leaves Today, the prospect and the briefing. OneUp downloads the cancellation (.ics):
        open it or send it on, and calendars that have the invite remove the meeting.
      </p>
    </ConfirmDialog>
  );
}
