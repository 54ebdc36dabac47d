import type { Insight } from '../../../../shared/domain/insight';
import { splitList, useRecordForm } from '../../lib/useRecordForm';
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

/** The insight form: the shared record form, plus the choice between own experience and research. */
export function useInsightForm(insight: Insight | undefined, onClose: () => void) {
  const recordForm = useRecordForm({
    record: insight,
    empty: EMPTY,
    fromRecord: fromInsight,
    toFields: (form) => ({
      ...form,
      industries: splitList(form.industries),
      roles: splitList(form.roles),
      tags: splitList(form.tags),
    }),
    save: useSaveInsight(),
    archive: useArchiveInsight(),
    onClose,
  });
  const { setForm } = recordForm;
  return {
    ...recordForm,
    setPublic: (isPublic: boolean) => setForm((current) => ({ ...current, isPublic })),
  };
}
