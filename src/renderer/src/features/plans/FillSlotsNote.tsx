import type { PlanDetail } from '../../../../shared/domain/plan';
import { REP_SLOTS, fillableSlots, resolvePlaceholders, unsetRepSlots } from './opener-template';

/**
 * Under a text that still has template slots Settings or the prospect can now fill (an opener
 * built before the rep gave their name keeps `{myName}`): what each slot would become, and one
 * button that fills exactly those slots. The text is never rewritten without that click. The
 * rep's own slots that Settings has no value for yet (`{myName}` before the rep gave a name) are
 * named with a link to Settings, so a new rep learns where the builder takes them from.
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
  const unset = unsetRepSlots(text, detail);
  if (slots.length === 0 && unset.length === 0) return null;
  return (
    <>
      {unset.length > 0 ? (
        <div className="fill-slots" role="note">
          <span>
            {unset.map((slot, index) => (
              <span key={slot}>
                {index > 0 ? ' and ' : ''}
                <code>{slot}</code>
              </span>
            ))}{' '}
            {unset.length > 1 ? 'are' : 'is'} your{' '}
            {unset.map((slot) => REP_SLOTS[slot]).join(' and ')}, not set yet. Set{' '}
            {unset.length > 1 ? 'them' : 'it'} once in <a href="#/settings">Settings</a> and the
            builder writes {unset.length > 1 ? 'them' : 'it'} from then on.
          </span>
        </div>
      ) : null}
      {slots.length > 0 ? (
        <FillableNote slots={slots} text={text} detail={detail} onFill={onFill} />
      ) : null}
    </>
  );
}

function FillableNote({
  slots,
  text,
  detail,
  onFill,
}: {
  slots: { slot: string; value: string }[];
  text: string;
  detail: PlanDetail;
  onFill: (filled: string) => void;
}) {
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
