import { useState } from 'react';
import { useLocation } from 'wouter';
import type { CallOutcome } from '../../../../shared/domain/call';
import { ApiCallError } from '../../lib/api-error';
import { TextAreaField, TextField, fieldErrors } from '../../ui/Field';
import { OutcomeChoice } from './OutcomeChoice';
import { FormFooter } from '../../ui/FormFooter';
import { Modal } from '../../ui/Modal';
import { MeetingFields, useBookedMeeting } from '../meetings/MeetingFields';
import { usePlansForProspect } from '../plans/queries';
import { useLogCall } from './queries';
import './calls.css';

/** `datetime-local` wants local wall time without a zone: 2026-11-26T14:30. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

interface Props {
  prospectId: number;
  prospectName: string;
  /** The first attendee of a meeting booked on the call. */
  prospectEmail?: string;
  /** The prospect's IANA zone: the meeting's time says what it is on their clock. */
  prospectTimezone?: string;
  onClose: () => void;
}

/**
 * For a call made on a handset or another dialer: which plan (if any), the opener actually said
 * (the plan's by default, so it can be checked like a dial), the outcome, when, and the notes.
 */
export function LogCallDialog({
  prospectId,
  prospectName,
  prospectEmail = '',
  prospectTimezone = '',
  onClose,
}: Props) {
  const plans = usePlansForProspect(prospectId);
  const activePlans = (plans.data ?? []).filter((plan) => plan.archivedAt === null);
  const [planId, setPlanId] = useState<number | null | undefined>(undefined);
  const chosenPlanId = planId === undefined ? (activePlans[0]?.id ?? null) : planId;
  const chosenPlan = activePlans.find((plan) => plan.id === chosenPlanId) ?? null;
  const [opener, setOpener] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<CallOutcome | ''>('');
  const [startedAt, setStartedAt] = useState(() => localInputValue(new Date()));
  const [minutes, setMinutes] = useState('');
  const [notes, setNotes] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  const [missingOutcome, setMissingOutcome] = useState(false);
  const meeting = useBookedMeeting(prospectEmail, {
    name: prospectName,
    timezone: prospectTimezone,
  });
  const log = useLogCall();
  const [, navigate] = useLocation();
  const apiFields = log.error instanceof ApiCallError ? log.error.fields : undefined;
  const errors = fieldErrors(apiFields);
  const shownOpener = opener ?? chosenPlan?.opener ?? '';

  const submit = () => {
    if (!outcome) {
      setMissingOutcome(true);
      return;
    }
    const booked = outcome === 'meeting_booked' ? meeting.take() : null;
    if (booked === false) return;
    const start = new Date(startedAt);
    const length = Number(minutes);
    log.mutate(
      {
        prospectId,
        planId: chosenPlanId,
        // Left as the plan's, the backend uses the plan's opener itself.
        ...(opener === null ? {} : { opener }),
        outcome,
        startedAt: Number.isNaN(start.getTime()) ? startedAt : start.toISOString(),
        endedAt:
          minutes && Number.isFinite(length) && !Number.isNaN(start.getTime())
            ? new Date(start.getTime() + length * 60_000).toISOString()
            : null,
        nextStep,
        followUpOn: followUpOn || null,
        notes: notes
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        ...(booked ? { meeting: booked } : {}),
      },
      { onSuccess: (call) => navigate(`/calls/${call.id}`) },
    );
  };

  return (
    <Modal
      title={`Log a call with ${prospectName}`}
      onClose={onClose}
      className="log-call-dialog"
      closeOnBackdrop={false}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="field">
          <label htmlFor="log-plan">Call plan</label>
          <select
            id="log-plan"
            value={chosenPlanId ?? ''}
            onChange={(event) => {
              setPlanId(event.target.value ? Number(event.target.value) : null);
              setOpener(null);
            }}
          >
            <option value="">No plan</option>
            {activePlans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.objective || `Plan of ${new Date(plan.createdAt).toLocaleDateString()}`}
              </option>
            ))}
          </select>
        </div>
        <TextAreaField
          label="Opener you used"
          rows={4}
          value={shownOpener}
          onChange={(event) => setOpener(event.target.value)}
          error={errors.opener}
          hint="Checked like a dial from the plan, so the review compares like with like."
        />
        <OutcomeChoice
          value={outcome === '' ? null : outcome}
          onChange={(value) => {
            setOutcome(value);
            setMissingOutcome(false);
          }}
          error={errors.outcome ?? (missingOutcome ? 'Pick how the call ended.' : undefined)}
        />
        {outcome === 'meeting_booked' ? <MeetingFields {...meeting.fieldProps(apiFields)} /> : null}
        <div className="log-when">
          <TextField
            label="When"
            type="datetime-local"
            value={startedAt}
            onChange={(event) => setStartedAt(event.target.value)}
            error={errors.startedAt}
          />
          <TextField
            label="Minutes"
            type="number"
            min={0}
            max={600}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            error={errors.endedAt}
          />
        </div>
        <TextAreaField
          label="Notes"
          rows={4}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          error={errors.notes}
          hint="One note per line."
        />
        <div className="log-when">
          <TextField
            label="Next step"
            value={nextStep}
            onChange={(event) => setNextStep(event.target.value)}
            error={errors.nextStep}
          />
          <TextField
            label="Follow up on"
            type="date"
            value={followUpOn}
            onChange={(event) => setFollowUpOn(event.target.value)}
            error={errors.followUpOn}
          />
        </div>
        <FormFooter
          errors={[log.error && Object.keys(errors).length === 0 ? log.error.message : null]}
          submitDisabled={log.isPending}
          submitLabel="Log call"
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
