import type { CallPlan } from '../../../../shared/domain/plan';
import type { Prospect } from '../../../../shared/domain/prospect';
import type { PlanPatch } from './usePlanEditor';

/**
 * The call's objective, whether it is transactional, and who referred the rep; under them, what
 * the rep already wrote down about the prospect ("said 'call me after the board meeting'"), read
 * where the opener is written.
 */
export function PlanBasics({
  fields,
  onEdit,
  prospect,
}: {
  fields: Pick<CallPlan, 'objective' | 'transactional' | 'referral'>;
  onEdit: (patch: PlanPatch) => void;
  prospect?: Pick<Prospect, 'id' | 'name' | 'notes'>;
}) {
  return (
    <section className="panel" aria-labelledby="plan-basics">
      <h3 id="plan-basics" className="panel-title">
        The call
      </h3>
      <div className="field">
        <label htmlFor="plan-objective">Objective</label>
        {/* One line of text, shown whole: the left column is narrow, and a one-line input cut
            the placeholder and the sample objectives off mid-word. Enter adds no line. */}
        <textarea
          id="plan-objective"
          className="plan-objective"
          rows={1}
          value={fields.objective}
          placeholder="Book an executive briefing"
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
          onChange={(e) => onEdit({ objective: e.target.value.replace(/\s*\n\s*/gu, ' ') })}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={fields.transactional}
          onChange={(e) => onEdit({ transactional: e.target.checked })}
        />
        Transactional purchase (no insight needed)
      </label>
      <div className="field">
        <label htmlFor="plan-referral">Referred by</label>
        <input
          id="plan-referral"
          value={fields.referral}
          placeholder="Nobody"
          onChange={(e) => onEdit({ referral: e.target.value })}
        />
      </div>
      {prospect?.notes.trim() ? (
        <div className="plan-prospect-notes">
          <h4>Your notes on {prospect.name}</h4>
          <p>{prospect.notes}</p>
          <a href={`#/prospects/${prospect.id}`}>Edit on their page</a>
        </div>
      ) : null}
    </section>
  );
}
