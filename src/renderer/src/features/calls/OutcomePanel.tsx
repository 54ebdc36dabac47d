import { CALL_OUTCOMES, OUTCOME_LABELS, type CallOutcome } from '../../../../shared/domain/call';
import { Keys } from '../../app/commands/Keys';
import { OUTCOME_SHORTCUTS } from './shortcuts';

/** "How did it end?": one button per outcome, and a plain End call that asks for one. */
export function OutcomePanel({ onEnd }: { onEnd: (outcome: CallOutcome | null) => void }) {
  return (
    <section className="card outcomes" aria-labelledby="outcome-title">
      <h2 id="outcome-title" className="panel-title">
        How did it end?
      </h2>
      <div className="outcome-buttons">
        {CALL_OUTCOMES.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className={`button outcome outcome-${outcome}`}
            onClick={() => onEnd(outcome)}
          >
            <span>{OUTCOME_LABELS[outcome]}</span> <Keys shortcut={OUTCOME_SHORTCUTS[outcome]} />
          </button>
        ))}
      </div>
      <button type="button" className="button end-call" onClick={() => onEnd(null)}>
        End call…
      </button>
    </section>
  );
}
