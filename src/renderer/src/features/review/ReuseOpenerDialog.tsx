import { useState, type FormEvent } from 'react';
import type { BriefingProspect } from '../../../../shared/domain/briefing';
import type { ReviewItem } from '../../../../shared/domain/review';
import { retargetOpener } from '../../../../shared/domain/retarget';
import { FormFooter } from '../../ui/FormFooter';
import { Modal } from '../../ui/Modal';
import { ProspectPicker } from '../briefings/ProspectPicker';

interface Props {
  item: ReviewItem;
  pending: boolean;
  error: string | null;
  onStart: (prospectId: number) => void;
  onClose: () => void;
}

/**
 * Reuse an opener that worked: for the same prospect, or for another one, whose name and company
 * the new plan's opener then says instead (shown here as the backend will store it).
 */
export function ReuseOpenerDialog({ item, pending, error, onStart, onClose }: Props) {
  const [prospect, setProspect] = useState<BriefingProspect>({ ...item.prospect, title: '' });
  const other = prospect.id !== item.prospect.id;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart(prospect.id);
  };
  return (
    <Modal title="Reuse this opener" onClose={onClose}>
      <form onSubmit={submit} className="dialog-form">
        <ProspectPicker
          value={prospect}
          onChange={(next) => {
            if (next) setProspect(next);
          }}
          allowTemplate={false}
        />
        <p className="muted small" role="note">
          {other
            ? `A new plan for ${prospect.name} with this opener and its insights; where it says ${item.prospect.name}${item.prospect.company ? ` or ${item.prospect.company}` : ''}, it will say ${prospect.name}${prospect.company ? ` and ${prospect.company}` : ''}.`
            : `A new plan for ${item.prospect.name} with this opener and its insights, to call them again.`}
        </p>
        <blockquote className="reuse-opener" aria-label="The new plan's opener">
          {other ? retargetOpener(item.opener, item.prospect, prospect) : item.opener}
        </blockquote>
        <FormFooter
          errors={[error]}
          submitDisabled={pending}
          submitLabel={pending ? 'Starting the plan…' : 'Start the plan'}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
