import type { UseMutationResult } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { fieldErrors } from '../ui/Field';
import { useFocusFirstInvalid } from '../ui/useFocusFirstInvalid';
import { ApiCallError } from './api-error';

/** "a, b, , c" → ["a", "b", "c"]: a comma-separated form field as the list the API stores. */
export const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);

/** The form's keys that hold typed text (a checkbox or radio choice is set its own way). */
type TextKey<State> = { [K in keyof State]: State[K] extends string ? K : never }[keyof State];

/**
 * A library record's form (a prospect, an insight): what is typed, the backend's errors placed at
 * their fields, saving (the dialog closes once the row is stored) and archiving or restoring.
 */
export function useRecordForm<State extends object, Fields, Row extends StoredRecord>({
  record,
  empty,
  fromRecord,
  toFields,
  save,
  archive,
  onClose,
}: {
  /** The record being edited; absent when adding one. */
  record: Row | undefined;
  empty: State;
  fromRecord: (row: Row) => State;
  toFields: (form: State) => Fields;
  save: UseMutationResult<Row, Error, { id?: number; fields: Fields }>;
  archive: UseMutationResult<Row, Error, { id: number; archived: boolean }>;
  onClose: () => void;
}) {
  const [initial] = useState<State>(() => (record ? fromRecord(record) : empty));
  const [form, setForm] = useState<State>(initial);
  // Closing with typed changes unsaved asks first (Escape, Cancel, a click outside).
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  // A refused save lands the rep on its first invalid field.
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, save.error);

  const allErrors = save.error instanceof ApiCallError ? fieldErrors(save.error.fields) : {};
  // A field typed into since the save failed no longer shows that save's message for it ("Name
  // is required." under a name just typed); the next save says again what is still wrong.
  const [edited, setEdited] = useState<{ error: unknown; keys: ReadonlySet<string> }>({
    error: null,
    keys: new Set(),
  });
  const editedKeys = edited.error === save.error ? edited.keys : NONE;
  const errors = Object.fromEntries(
    Object.entries(allErrors).filter(([key]) => !editedKeys.has(key)),
  );
  // An error no field on this form can show still has to be seen.
  const unplaced = save.isError && !Object.keys(allErrors).some((key) => key in empty);

  return {
    form,
    setForm,
    set: (key: TextKey<State>) => (event: { target: { value: string } }) => {
      setForm((current) => ({ ...current, [key]: event.target.value }));
      if (save.error && allErrors[key as string])
        setEdited((current) => ({
          error: save.error,
          keys: new Set([...(current.error === save.error ? current.keys : []), key as string]),
        }));
    },
    errors,
    /** Close, unless something typed would be lost: then ask (see `confirmingDiscard`). */
    requestClose: () => (dirty ? setConfirmingDiscard(true) : onClose()),
    /** Asking whether to throw away what was typed; `discard` or `keepEditing` answers. */
    confirmingDiscard,
    discard: onClose,
    keepEditing: () => setConfirmingDiscard(false),
    /** Give it to the `<form>`: a refused save focuses the form's first invalid field. */
    formRef,
    /** A save error no field shows, said once under the form. */
    formError: unplaced ? (save.error?.message ?? null) : null,
    submit: (event: FormEvent) => {
      event.preventDefault();
      save.mutate(
        { ...(record ? { id: record.id } : {}), fields: toFields(form) },
        { onSuccess: onClose },
      );
    },
    saving: save.isPending,
    archiveError: archive.error?.message ?? null,
    archiving: archive.isPending,
    toggleArchived: () => {
      if (record)
        archive.mutate({ id: record.id, archived: !record.archivedAt }, { onSuccess: onClose });
    },
  };
}

const NONE: ReadonlySet<string> = new Set();

interface StoredRecord {
  id: number;
  archivedAt: string | null;
}
