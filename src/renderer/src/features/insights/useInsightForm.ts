import { useState, type FormEvent } from 'react';
import type { Insight } from '../../../../shared/domain/insight';
import { fieldErrors } from '../../ui/Field';
import { ApiCallError } from '../../lib/api-error';
import { useArchiveInsight, useSaveInsight } from './queries';

const EMPTY = {
  headline: '',
  detail: '',
  evidence: '',
  source: '',
  sourceUrl: '',
  isPublic: false,
  industries: '',
  roles: '',
  tags: '',
};
type FormState = typeof EMPTY;

const fromInsight = (insight: Insight): FormState => ({
  headline: insight.headline,
  detail: insight.detail,
  evidence: insight.evidence,
  source: insight.source,
  sourceUrl: insight.sourceUrl,
  isPublic: insight.isPublic,
  industries: insight.industries.join(', '),
  roles: insight.roles.join(', '),
  tags: insight.tags.join(', '),
});

const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);

/**
 * The insight form: what is typed, the backend's errors placed at their fields, saving (the
 * dialog closes once the row is stored) and archiving or restoring.
 */
export function useInsightForm(insight: Insight | undefined, onClose: () => void) {
  const [form, setForm] = useState<FormState>(insight ? fromInsight(insight) : EMPTY);
  const save = useSaveInsight();
  const archive = useArchiveInsight();

  const errors = save.error instanceof ApiCallError ? fieldErrors(save.error.fields) : {};
  // An error no field on this form can show still has to be seen.
  const unplaced = save.isError && !Object.keys(errors).some((key) => key in EMPTY);
  const set =
    (key: Exclude<keyof FormState, 'isPublic'>) => (event: { target: { value: string } }) =>
      setForm((current) => ({ ...current, [key]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        ...(insight ? { id: insight.id } : {}),
        fields: {
          ...form,
          industries: splitList(form.industries),
          roles: splitList(form.roles),
          tags: splitList(form.tags),
        },
      },
      { onSuccess: onClose },
    );
  };

  return {
    form,
    set,
    setPublic: (isPublic: boolean) => setForm((current) => ({ ...current, isPublic })),
    errors,
    /** A save error no field shows, said once under the form. */
    formError: unplaced ? (save.error?.message ?? null) : null,
    submit,
    saving: save.isPending,
    archiveError: archive.error?.message ?? null,
    archiving: archive.isPending,
    toggleArchived: () => {
      if (insight)
        archive.mutate({ id: insight.id, archived: !insight.archivedAt }, { onSuccess: onClose });
    },
  };
}
