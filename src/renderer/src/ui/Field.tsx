import { useId, type ComponentProps, type ReactNode } from 'react';

interface FieldProps {
  /** Text, or text with a shortcut hint such as `<kbd>/</kbd>`: it names the control. */
  label: ReactNode;
  /** For a control whose place already says what it is: the label is for assistive technology only. */
  hideLabel?: boolean;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  /**
   * The control's id, for a field other code points at (a screen's search box, the file input a
   * shortcut clicks). Without one, a generated id ties the label and messages to the control.
   */
  id?: string | undefined;
}

/** The id of a control's error message: what its `aria-describedby` names while it has one. */
export const errorIdOf = (id: string) => `${id}-error`;

/**
 * A control's error, announced, under the id its `aria-describedby` names; for a control that is
 * not a plain field (a group of radios, a picker) as much as for the fields below.
 */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <span id={errorIdOf(id)} className="field-error" role="alert">
      {error}
    </span>
  ) : null;
}

/** What a control says about itself: its id, invalid or not, and which message describes it. */
interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * The one implementation every field shares: label, control, then its error (announced) or its
 * hint, both tied to the control with aria-describedby. `children` draws the control from the
 * props it must carry.
 */
function Field({
  id: givenId,
  label,
  hideLabel,
  error,
  hint,
  className,
  children,
}: FieldProps & { children: (control: ControlProps) => ReactNode }) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorIdOf(id) : hint ? `${id}-hint` : undefined,
      })}
      {error ? (
        <FieldError id={id} error={error} />
      ) : hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** Splits a field component's props into the field's own and the ones for its control. */
function splitField<P extends FieldProps>({
  label,
  hideLabel,
  error,
  hint,
  className,
  id,
  ...control
}: P): [FieldProps, Omit<P, keyof FieldProps>] {
  return [{ label, hideLabel, error, hint, className, id }, control];
}

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function TextField(props: FieldProps & Omit<ComponentProps<'input'>, 'id'>) {
  const [field, input] = splitField(props);
  return <Field {...field}>{(control) => <input {...control} {...input} />}</Field>;
}

/** The same, for several lines of text. */
export function TextAreaField(props: FieldProps & Omit<ComponentProps<'textarea'>, 'id'>) {
  const [field, textarea] = splitField(props);
  return <Field {...field}>{(control) => <textarea {...control} {...textarea} />}</Field>;
}

/** A labelled select; `options` are `[value, label]` pairs shown in order. */
export function SelectField({
  options,
  ...props
}: FieldProps &
  Omit<ComponentProps<'select'>, 'id' | 'children'> & {
    options: readonly (readonly [value: string, label: string])[];
  }) {
  const [field, select] = splitField(props);
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} {...select}>
          {options.map(([value, optionLabel]) => (
            <option key={value} value={value}>
              {optionLabel}
            </option>
          ))}
        </select>
      )}
    </Field>
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
