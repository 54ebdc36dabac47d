import { useRef, useState } from 'react';
import type { CallDetail, CallOutcome } from '../../../../shared/domain/call';
import { ApiCallError } from '../../lib/api-error';
import { TextField, fieldErrors } from '../../ui/Field';
import { OutcomeChoice } from './OutcomeChoice';
import { FormFooter } from '../../ui/FormFooter';
import { Modal } from '../../ui/Modal';
import { MeetingFields, useBookedMeeting } from '../meetings/MeetingFields';
import { useEndCall } from './queries';

/** The newest note the rep tagged "Next step": what the outcome's next step starts from. */
export function taggedNextStep(call: Pick<CallDetail, 'notes'>): string {
  const tagged = call.notes.filter((note) => note.tags.includes('next_step'));
  const last = tagged[tagged.length - 1];
  // The field is one line; a note may have several.
  return last ? last.body.replace(/\s+/gu, ' ').trim().slice(0, 500) : '';
}

interface Props {
  call: CallDetail;
  initialOutcome: CallOutcome | null;
  /** Text still in the notes box: it becomes the last note before the call ends. */
  unsentNote: string;
  /** Notes added during the call whose save is not confirmed yet: they are sent again first. */
  unsavedNotes: number;
  beforeEnd: () => Promise<boolean>;
  onCancel: () => void;
}

/** Ending a call asks for its outcome (required), then the next step and when to follow up. */
export function EndCallDialog(props: Props) {
  const { call, initialOutcome, unsentNote, unsavedNotes, beforeEnd, onCancel } = props;
  const [outcome, setOutcome] = useState<CallOutcome | null>(initialOutcome);
  const [nextStep, setNextStep] = useState(() => call.nextStep || taggedNextStep(call));
  const meeting = useBookedMeeting(call.meeting?.attendees.join(', ') ?? call.contact.email, {
    name: call.prospectName,
    timezone: call.contact.timezone,
  });
  const [followUpOn, setFollowUpOn] = useState(call.followUpOn ?? '');
  const [linkBriefing, setLinkBriefing] = useState(true);
  const [missingOutcome, setMissingOutcome] = useState(false);
  const [noteError, setNoteError] = useState(false);
  const end = useEndCall();
  const firstField = useRef<HTMLInputElement>(null);
  const apiFields = end.error instanceof ApiCallError ? end.error.fields : undefined;
  const errors = fieldErrors(apiFields);
  const briefing = call.plan?.briefingTitle ? call.plan : null;

  const submit = async () => {
    if (!outcome) {
      setMissingOutcome(true);
      return;
    }
    const booked = outcome === 'meeting_booked' ? meeting.take() : null;
    if (booked === false) return;
    // What is still in the notes box is part of the call: save it as a note first.
    if ((unsentNote || unsavedNotes > 0) && !(await beforeEnd())) {
      setNoteError(true);
      return;
    }
    end.mutate({
      callId: call.id,
      outcome,
      nextStep,
      followUpOn: followUpOn || null,
      ...(booked ? { meeting: booked } : {}),
      ...(outcome === 'meeting_booked' && briefing && !linkBriefing ? { briefingId: null } : {}),
    });
  };

  return (
    <Modal
      title="End the call"
      onClose={onCancel}
      className="end-call-dialog"
      closeOnBackdrop={false}
      // Opened by an outcome's key: its first field. For "Meeting booked" that is the meeting's
      // date (it opened on Next step, four Shift+Tabs below it).
      initialFocus={
        initialOutcome === 'meeting_booked'
          ? meeting.dateRef
          : initialOutcome
            ? firstField
            : undefined
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <OutcomeChoice
          value={outcome}
          onChange={(value) => {
            setOutcome(value);
            setMissingOutcome(false);
          }}
          error={
            errors.outcome ??
            (missingOutcome ? 'Pick how the call ended before ending it.' : undefined)
          }
        />
        {outcome === 'meeting_booked' ? <MeetingFields {...meeting.fieldProps(apiFields)} /> : null}
        <TextField
          label="Next step"
          ref={firstField}
          value={nextStep}
          placeholder="e.g. Send the lane benchmark before Thursday"
          onChange={(event) => setNextStep(event.target.value)}
          error={errors.nextStep}
          hint={
            nextStep && nextStep === taggedNextStep(call) && !call.nextStep
              ? 'From the note you tagged “Next step”.'
              : undefined
          }
        />
        <TextField
          label="Follow up on"
          type="date"
          value={followUpOn}
          onChange={(event) => setFollowUpOn(event.target.value)}
          error={errors.followUpOn}
        />
        {outcome === 'meeting_booked' && briefing ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={linkBriefing}
              onChange={(event) => setLinkBriefing(event.target.checked)}
            />
            The meeting is for the briefing “{briefing.briefingTitle}”
          </label>
        ) : null}
        {unsentNote ? (
          <p className="field-hint">The text still in the notes box is added as a last note.</p>
        ) : null}
        {unsavedNotes > 0 ? (
          <p className="field-hint">
            {unsavedNotes === 1 ? 'A note is' : `${unsavedNotes} notes are`} not saved yet: ending
            the call saves {unsavedNotes === 1 ? 'it' : 'them'} first.
          </p>
        ) : null}
        <FormFooter
          errors={[
            noteError ? 'A note could not be saved, so the call was not ended. Try again.' : null,
            end.error &&
            !errors.outcome &&
            !errors.nextStep &&
            !errors.followUpOn &&
            !errors.meeting
              ? end.error.message
              : null,
          ]}
          submitDisabled={end.isPending}
          submitLabel="End call"
          cancelLabel="Back to the call"
          onCancel={onCancel}
        />
      </form>
    </Modal>
  );
}
