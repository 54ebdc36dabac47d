import type { Prospect } from '../../../../shared/domain/prospect';
import { splitList, useRecordForm } from '../../lib/useRecordForm';
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

/** The prospect form: the shared record form with the tags typed as one comma-separated line. */
export const useProspectForm = (prospect: Prospect | undefined, onClose: () => void) =>
  useRecordForm({
    record: prospect,
    empty: EMPTY,
    fromRecord: fromProspect,
    toFields: (form) => ({ ...form, tags: splitList(form.tags) }),
    save: useSaveProspect(),
    archive: useArchiveProspect(),
    onClose,
  });
