import type { RefObject } from 'react';
import { LIMITS } from '../../../shared/domain/fields';

/**
 * A list screen's search-as-you-type box with its (visually hidden) label. Escape clears it
 * (through `onClear` when clearing differs from typing) and leaves it; with `leaveOnEnter`, Enter and ArrowDown leave it for the results, without the mouse.
 */
export function SearchBox({
  id,
  label,
  placeholder,
  value,
  onChange,
  inputRef,
  onClear = () => onChange(''),
  leaveOnEnter = false,
}: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  onClear?: () => void;
  leaveOnEnter?: boolean;
}) {
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        className="search-input"
        type="search"
        maxLength={LIMITS.query}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.currentTarget.blur();
            onClear();
          } else if (leaveOnEnter && (event.key === 'Enter' || event.key === 'ArrowDown')) {
            event.preventDefault();
            event.currentTarget.blur();
          }
        }}
      />
    </>
  );
}

/** The "Show" menu of every list whose rows can be archived. */
export const STATUS_OPTIONS = [
  ['active', 'Active'],
  ['archived', 'Archived'],
] as const;

/** A toolbar menu with its (visually hidden) label; options are [value, label] pairs. */
export function ToolbarSelect<Value extends string>({
  id,
  label,
  className,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  className: string;
  value: Value;
  onChange: (value: Value) => void;
  options: readonly (readonly [Value, string])[];
}) {
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className={`search-input ${className}`}
        value={value}
        // The options are exactly the Values listed, so the chosen one is one of them.
        onChange={(event) => onChange(event.target.value as Value)}
      >
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </>
  );
}
