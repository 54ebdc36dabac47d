import { useId, type ComponentProps, type ReactNode } from 'react';

interface FieldProps {
  /** Text, or text with a shortcut hint such as `<kbd>/</kbd>`: it names the control. */
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  /**
   * The control's id, for a field other code points at (a screen's search box, the file input a
   * shortcut clicks). Without one, a generated id ties the label and messages to the control.
   */
  id?: string | undefined;
}

/**
 * The wrapper every field shares: label, control, then its error (announced) or its hint, both
 * tied to the control with aria-describedby.
 */
function FieldFrame({
  id,
  label,
  error,
  hint,
  className,
  children,
}: Omit<FieldProps, 'id'> & { id: string; children: ReactNode }) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** What the control says about itself: invalid or not, and which message describes it. */
function describedBy(id: string, error: string | undefined, hint: ReactNode) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  } as const;
}

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function TextField({
  label,
  error,
  hint,
  className,
  id: givenId,
  ...input
}: FieldProps & Omit<ComponentProps<'input'>, 'id'>) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      <input id={id} {...describedBy(id, error, hint)} {...input} />
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  className,
  id: givenId,
  ...input
}: FieldProps & Omit<ComponentProps<'textarea'>, 'id'>) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      <textarea id={id} {...describedBy(id, error, hint)} {...input} />
    </FieldFrame>
  );
}

/** A labelled select; `options` are `[value, label]` pairs shown in order. */
export function SelectField({
  label,
  error,
  hint,
  className,
  id: givenId,
  options,
  ...select
}: FieldProps &
  Omit<ComponentProps<'select'>, 'id' | 'children'> & {
    options: readonly (readonly [value: string, label: string])[];
  }) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      <select id={id} {...describedBy(id, error, hint)} {...select}>
        {options.map(([value, optionLabel]) => (
          <option key={value} value={value}>
            {optionLabel}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Maps the API's field errors (`tags.2`, `patch.email`) to the top-level form field names. */
export function fieldErrors(
  fields: { path: string; message: string }[] | undefined,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields ?? []) {
    const name = field.path.replace(/^patch\./u, '').split('.')[0] ?? field.path;
    errors[name] ??= field.message;
  }
  return errors;
}
