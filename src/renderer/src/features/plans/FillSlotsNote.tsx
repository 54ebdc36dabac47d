import type { PlanDetail } from '../../../../shared/domain/plan';
import { fillableSlots, resolvePlaceholders } from './opener-template';

/**
 * Under a text that still has template slots Settings or the prospect can now fill (an opener
 * built before the rep gave their name keeps `{myName}`): what each slot would become, and one
 * button that fills exactly those slots. The text is never rewritten without that click.
 */
export function FillSlotsNote({
  text,
  detail,
  onFill,
}: {
  text: string;
  detail: PlanDetail;
  onFill: (filled: string) => void;
}) {
  const slots = fillableSlots(text, detail);
  if (slots.length === 0) return null;
  return (
    <div className="fill-slots" role="note">
      <span>
        Still a template here:{' '}
        {slots.map(({ slot, value }, index) => (
          <span key={slot}>
            {index > 0 ? ', ' : ''}
            <code>{slot}</code> → {value}
          </span>
        ))}
      </span>
      <button
        type="button"
        className="button small"
        onClick={() => onFill(resolvePlaceholders(text, detail))}
      >
        Fill in
      </button>
    </div>
  );
}
