import { useState } from 'react';
import type { PlanDetail } from '../../../../shared/domain/plan';
import {
  SLOT_LABELS,
  assemble,
  defaultSlots,
  resolvePlaceholders,
  type SlotName,
  type Slots,
} from './opener-template';

/** Five slots, pre-filled, with placeholders shown resolved; "Use this opener" writes the editor. */
export function OpenerBuilder({
  detail,
  onUse,
}: {
  detail: PlanDetail;
  onUse: (text: string) => void;
}) {
  // Only what the rep typed is kept; every other part follows the plan as it changes, so the
  // insight picked on the left after the builder opened fills "The insight" (its prompt said to).
  const [typed, setTyped] = useState<Partial<Slots>>({});
  const slots: Slots = { ...defaultSlots(detail), ...typed };
  return (
    <section className="builder" aria-label="Opener builder">
      {(Object.keys(SLOT_LABELS) as SlotName[]).map((name) => {
        const resolved = resolvePlaceholders(slots[name], detail);
        return (
          <div key={name} className="builder-slot">
            <label htmlFor={`slot-${name}`}>{SLOT_LABELS[name]}</label>
            {/* A sentence per part: a box that grows to show all of it, not one cut-off line. */}
            <textarea
              id={`slot-${name}`}
              rows={1}
              value={slots[name]}
              onChange={(e) => setTyped({ ...typed, [name]: e.target.value })}
            />
            {resolved !== slots[name] ? <span className="builder-preview">{resolved}</span> : null}
          </div>
        );
      })}
      <button type="button" className="button" onClick={() => onUse(assemble(slots, detail))}>
        Use this opener
      </button>
    </section>
  );
}
