import { useRef } from 'react';
import type { Prospect } from '../../../../shared/domain/prospect';
import { TextAreaField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { DiscardChanges } from '../../ui/DiscardChanges';
import { Modal } from '../../ui/Modal';
import { useProspectForm } from './useProspectForm';
import { TimeZoneField } from '../../ui/TimeZoneField';

interface Props {
  prospect?: Prospect;
  onClose: () => void;
}

/** Create or edit a prospect. Errors come from the backend's validation, shown at each field. */
export function ProspectDialog({ prospect, onClose }: Props) {
  const {
    form,
    set,
    errors,
    formError,
    submit,
    saving,
    archiveError,
    archiving,
    toggleArchived,
    requestClose,
    confirmingDiscard,
    discard,
    keepEditing,
    formRef,
  } = useProspectForm(prospect, onClose);
  const firstField = useRef<HTMLInputElement>(null);

  const title = prospect ? `Edit ${prospect.name}` : 'New prospect';
  return (
    <Modal title={title} onClose={requestClose} initialFocus={firstField}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <div className="form-grid">
          <TextField
            ref={firstField}
            label="Name"
            required
            value={form.name}
            onChange={set('name')}
            error={errors.name}
            autoComplete="off"
          />
          <TextField
            label="Title"
            value={form.title}
            onChange={set('title')}
            error={errors.title}
            placeholder="VP Operations"
          />
          <TextField
            label="Company"
            value={form.company}
            onChange={set('company')}
            error={errors.company}
          />
          <TextField
            label="Industry"
            value={form.industry}
            onChange={set('industry')}
            error={errors.industry}
          />
          <TextField
            label="Phone"
            type="tel"
            value={form.phone}
            onChange={set('phone')}
            error={errors.phone}
            placeholder="+1 415 555 0134"
          />
          <TextField
            label="Email"
            type="email"
            value={form.email}
            onChange={set('email')}
            error={errors.email}
          />
          <TimeZoneField
            label="Time zone"
            value={form.timezone}
            onChange={(zone) => set('timezone')({ target: { value: zone } })}
            error={errors.timezone}
          />
          <TextField
            label="Tags"
            value={form.tags}
            onChange={set('tags')}
            error={errors.tags}
            hint="Separate with commas"
          />
          <TextAreaField
            className="wide"
            label="Notes"
            value={form.notes}
            onChange={set('notes')}
            error={errors.notes}
          />
        </div>
        {confirmingDiscard ? (
          <DiscardChanges onKeepEditing={keepEditing} onDiscard={discard} />
        ) : null}
        <FormFooter
          errors={[formError, archiveError]}
          archive={
            prospect
              ? {
                  archived: Boolean(prospect.archivedAt),
                  pending: archiving,
                  onToggle: toggleArchived,
                }
              : undefined
          }
          submitDisabled={saving}
          submitLabel={prospect ? 'Save changes' : 'Add prospect'}
          onCancel={requestClose}
        />
      </form>
    </Modal>
  );
}
