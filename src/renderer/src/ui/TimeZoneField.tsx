import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { matchZones, resolveZone } from '../../../shared/domain/time-zones';
import { errorIdOf, FieldError } from './Field';
import './time-zone-field.css';

interface Props {
  label: string;
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
}

/**
 * A searchable IANA time-zone picker (the ARIA combobox pattern with a listbox popup): type part
 * of a city or region, pick with ↑/↓ and Enter or a click. A city typed and left ("Chicago")
 * becomes its zone, so the form never sends a name that is not a zone by accident; anything else
 * is left as typed and the field says why it is refused.
 */
export function TimeZoneField({ label, value, onChange, error }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(() => (open ? matchZones(value) : []), [open, value]);
  const expanded = open && options.length > 0;

  const choose = (zone: string) => {
    onChange(zone);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.max(0, Math.min(options.length - 1, current + step)));
    } else if (event.key === 'Enter' && expanded) {
      // Enter picks the highlighted zone instead of submitting the form.
      event.preventDefault();
      choose(options[active] ?? options[0]!);
    } else if (event.key === 'Escape' && expanded) {
      // Closes the list only, not the dialog around the field.
      event.stopPropagation();
      setOpen(false);
    }
  };
  const describedBy = error ? errorIdOf(id) : `${id}-hint`;

  return (
    <div className="field time-zone-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${id}-option-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder="A city or region, e.g. Chicago or Eastern"
        onChange={(e) => {
          onChange(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          const resolved = resolveZone(value);
          if (resolved && resolved !== value) onChange(resolved);
        }}
      />
      <ul id={listId} role="listbox" aria-label={`${label} suggestions`} hidden={!expanded}>
        {options.map((zone, index) => (
          <li
            key={zone}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: it runs before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(zone);
            }}
          >
            {zone.replaceAll('_', ' ')}
          </li>
        ))}
      </ul>
      {error ? (
        <FieldError id={id} error={error} />
      ) : (
        <span id={`${id}-hint`} className="field-hint">
          Their local time decides when Today suggests calling them.
        </span>
      )}
    </div>
  );
}
