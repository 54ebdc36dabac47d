import { useId } from 'react';
import { CALL_OUTCOMES, OUTCOME_LABELS, type CallOutcome } from '../../../../shared/domain/call';
import { errorIdOf, FieldError } from '../../ui/Field';

interface Props {
  value: CallOutcome | null;
  onChange: (outcome: CallOutcome) => void;
  /** Shown under the choices when set; the outcome is required wherever this is used. */
  error?: string | undefined;
}

/** The seven outcomes as one required radio group, for ending a call and for logging one. */
export function OutcomeChoice({ value, onChange, error }: Props) {
  const id = useId();
  return (
    <fieldset className="outcome-choice" aria-describedby={error ? errorIdOf(id) : undefined}>
      <legend>Outcome (required)</legend>
      {CALL_OUTCOMES.map((outcome) => (
        <label key={outcome} className="radio">
          <input
            type="radio"
            name={`${id}-outcome`}
            value={outcome}
            checked={value === outcome}
            onChange={() => onChange(outcome)}
          />
          {OUTCOME_LABELS[outcome]}
        </label>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
