interface Props {
  /** Errors the fields cannot show (the save's, the archive's), each said once above the buttons. */
  errors: readonly (string | null)[];
  /** Set when editing a stored record: it can be archived or restored from here. */
  archive?:
    | {
        archived: boolean;
        pending: boolean;
        onToggle: () => void;
      }
    | undefined;
  /** While saving, or while the form cannot be sent yet. */
  submitDisabled: boolean;
  /** What the submit button says, e.g. "Save changes" or "Add prospect". */
  submitLabel: string;
  /** What the button that leaves without saving says; "Cancel" unless told. */
  cancelLabel?: string;
  onCancel: () => void;
}

/** The end of a form: its errors, then Archive (or Restore) apart, Cancel and submit. */
export function FormFooter({
  errors,
  archive,
  submitDisabled,
  submitLabel,
  cancelLabel = 'Cancel',
  onCancel,
}: Props) {
  return (
    <>
      {errors.map((error, index) =>
        error ? (
          // The list is fixed in length and order, so the position names each message.
          <div key={index} className="banner error" role="alert">
            {error}
          </div>
        ) : null,
      )}
      <div className="form-actions">
        {archive ? (
          <button
            type="button"
            className="button form-actions-apart"
            disabled={archive.pending}
            onClick={archive.onToggle}
          >
            {archive.archived ? 'Restore' : 'Archive'}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="button primary" disabled={submitDisabled}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
