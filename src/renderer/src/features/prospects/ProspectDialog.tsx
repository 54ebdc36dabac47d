import { useRef, useState, type FormEvent } from 'react';
import { Modal } from '../../ui/Modal';
import type { Prospect } from '../../../../shared/domain/prospect';
import { TextAreaField, TextField, fieldErrors } from '../../ui/Field';
import { ApiCallError, useArchiveProspect, useSaveProspect } from './queries';

interface Props {
  prospect?: Prospect;
  onClose: () => void;
}

const EMPTY = {
  name: '',
  title: '',
  company: '',
  industry: '',
  phone: '',
  email: '',
  timezone: '',
  tags: '',
  notes: '',
};
type FormState = typeof EMPTY;

const fromProspect = (p: Prospect): FormState => ({
  name: p.name,
  title: p.title,
  company: p.company,
  industry: p.industry,
  phone: p.phone,
  email: p.email,
  timezone: p.timezone,
  tags: p.tags.join(', '),
  notes: p.notes,
});

/** Create or edit a prospect. Errors come from the backend's validation, shown at each field. */
export function ProspectDialog({ prospect, onClose }: Props) {
  const [form, setForm] = useState<FormState>(prospect ? fromProspect(prospect) : EMPTY);
  const save = useSaveProspect();
  const archive = useArchiveProspect();
  const firstField = useRef<HTMLInputElement>(null);

  const errors = save.error instanceof ApiCallError ? fieldErrors(save.error.fields) : {};
  // An error no field on this form can show still has to be seen.
  const unplaced = save.isError && !Object.keys(errors).some((key) => key in EMPTY);
  const set = (key: keyof FormState) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tags = form.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    save.mutate(
      { ...(prospect ? { id: prospect.id } : {}), fields: { ...form, tags } },
      { onSuccess: onClose },
    );
  };

  const title = prospect ? `Edit ${prospect.name}` : 'New prospect';
  return (
    <Modal title={title} onClose={onClose} initialFocus={firstField}>
      <form onSubmit={submit} noValidate>
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
          <TextField
            label="Time zone"
            value={form.timezone}
            onChange={set('timezone')}
            error={errors.timezone}
            placeholder="America/Chicago"
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
        {unplaced ? (
          <div className="banner error" role="alert">
            {save.error.message}
          </div>
        ) : null}
        <div className="form-actions">
          {prospect ? (
            <button
              type="button"
              className="button"
              style={{ marginRight: 'auto' }}
              onClick={() =>
                archive.mutate(
                  { id: prospect.id, archived: !prospect.archivedAt },
                  { onSuccess: onClose },
                )
              }
            >
              {prospect.archivedAt ? 'Restore' : 'Archive'}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={save.isPending}>
            {prospect ? 'Save changes' : 'Add prospect'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
