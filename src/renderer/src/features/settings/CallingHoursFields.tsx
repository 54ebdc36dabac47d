import './settings.css';
import { TextField } from '../../ui/Field';

const DAYS = [
  { day: 1, label: 'Mon' },
  { day: 2, label: 'Tue' },
  { day: 3, label: 'Wed' },
  { day: 4, label: 'Thu' },
  { day: 5, label: 'Fri' },
  { day: 6, label: 'Sat' },
  { day: 0, label: 'Sun' },
];

interface Props {
  start: string;
  end: string;
  /** Omitted on the first-run card, which asks for hours only. */
  days?: number[];
  errors: Partial<Record<'callingHoursStart' | 'callingHoursEnd', string>>;
  onChange: (fields: {
    callingHoursStart?: string;
    callingHoursEnd?: string;
    callingDays?: number[];
  }) => void;
  onBlur: () => void;
}

/** Calling hours in the prospect's local time, and the days they apply to. */
export function CallingHoursFields({ start, end, days, errors, onChange, onBlur }: Props) {
  return (
    <fieldset className="calling-hours">
      <legend>Calling hours (the prospect’s local time)</legend>
      <div className="calling-hours-times">
        <TextField
          label="From"
          type="time"
          value={start}
          onChange={(e) => onChange({ callingHoursStart: e.target.value })}
          onBlur={onBlur}
          error={errors.callingHoursStart}
        />
        <TextField
          label="Until"
          type="time"
          value={end}
          onChange={(e) => onChange({ callingHoursEnd: e.target.value })}
          onBlur={onBlur}
          error={errors.callingHoursEnd}
        />
      </div>
      {days ? (
        <div className="calling-days" role="group" aria-label="Calling days">
          {DAYS.map(({ day, label }) => (
            <label key={day} className="calling-day">
              <input
                type="checkbox"
                checked={days.includes(day)}
                onChange={(e) =>
                  onChange({
                    callingDays: e.target.checked
                      ? [...days, day].sort((a, b) => a - b)
                      : days.filter((d) => d !== day),
                  })
                }
              />
              {label}
            </label>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
