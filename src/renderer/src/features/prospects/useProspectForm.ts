import { useState, type FormEvent } from 'react';
import type { Prospect } from '../../../../shared/domain/prospect';
import { fieldErrors } from '../../ui/Field';
import { ApiCallError } from '../../lib/api-error';
import { useArchiveProspect, useSaveProspect } from './queries';

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

/**
 * The prospect form: what is typed, the backend's errors placed at their fields, saving (the
 * dialog closes once the row is stored) and archiving or restoring.
 */
export function useProspectForm(prospect: Prospect | undefined, onClose: () => void) {
  const [form, setForm] = useState<FormState>(prospect ? fromProspect(prospect) : EMPTY);
  const save = useSaveProspect();
  const archive = useArchiveProspect();

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

  return {
    form,
    set,
    errors,
    /** A save error no field shows, said once under the form. */
    formError: unplaced ? (save.error?.message ?? null) : null,
    submit,
    saving: save.isPending,
    archiveError: archive.error?.message ?? null,
    archiving: archive.isPending,
    toggleArchived: () => {
      if (prospect)
        archive.mutate({ id: prospect.id, archived: !prospect.archivedAt }, { onSuccess: onClose });
    },
  };
}
