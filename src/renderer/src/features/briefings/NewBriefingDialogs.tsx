import { useState, type FormEvent } from 'react';
import type { BriefingProspect } from '../../../../shared/domain/briefing';
import { ApiCallError } from '../../lib/api-error';
import { SelectField, TextField, fieldErrors } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { Modal } from '../../ui/Modal';
import { ProspectPicker } from './ProspectPicker';
import { useBriefingFromTemplate, useBriefingList, useCreateBriefing } from './queries';

/** A new, empty briefing: a title, and a prospect or none (a template). */
export function NewBriefingDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const [title, setTitle] = useState('');
  const [prospect, setProspect] = useState<BriefingProspect | null>(null);
  const create = useCreateBriefing();
  const errors = create.error instanceof ApiCallError ? fieldErrors(create.error.fields) : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { title, prospectId: prospect?.id ?? null },
      { onSuccess: (briefing) => onCreated(briefing.id) },
    );
  };

  return (
    <Modal title="New briefing" onClose={onClose}>
      <form onSubmit={submit} className="dialog-form">
        <TextField
          label="Title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title}
          placeholder="e.g. What top distributors do about freight costs"
        />
        <ProspectPicker
          value={prospect}
          onChange={setProspect}
          allowTemplate
          error={errors.prospectId}
        />
        <FormFooter
          errors={[
            create.isError && Object.keys(errors).length === 0 ? create.error.message : null,
          ]}
          submitDisabled={create.isPending}
          submitLabel={prospect ? 'Create briefing' : 'Create template'}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}

/** Copies a template's title, insights and questions into a new briefing for one prospect. */
export function FromTemplateDialog({
  templateId: initialTemplateId,
  onClose,
  onCreated,
  onNewTemplate,
}: {
  templateId?: number;
  onClose: () => void;
  onCreated: (id: number) => void;
  /** With no template yet: write one instead (the new-briefing dialog, with no prospect). */
  onNewTemplate?: () => void;
}) {
  const templates = useBriefingList({ kind: 'templates', limit: 500 });
  const [templateId, setTemplateId] = useState<number | null>(initialTemplateId ?? null);
  const [prospect, setProspect] = useState<BriefingProspect | null>(null);
  const [missingProspect, setMissingProspect] = useState(false);
  const copy = useBriefingFromTemplate();
  const errors = copy.error instanceof ApiCallError ? fieldErrors(copy.error.fields) : {};
  const options = templates.data?.items ?? [];
  const chosenTemplate = templateId ?? options[0]?.id ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!prospect) {
      setMissingProspect(true);
      return;
    }
    if (chosenTemplate === null) return;
    copy.mutate(
      { templateId: chosenTemplate, prospectId: prospect.id },
      { onSuccess: (briefing) => onCreated(briefing.id) },
    );
  };

  return (
    <Modal title="New briefing from a template" onClose={onClose}>
      {templates.isSuccess && options.length === 0 ? (
        <>
          <p className="muted">
            No templates yet. A template is a briefing without a prospect: write it once, then start
            each prospect’s briefing from it.
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
            {onNewTemplate ? (
              <button type="button" className="button primary" onClick={onNewTemplate}>
                Write a template
              </button>
            ) : null}
          </div>
        </>
      ) : (
        <form onSubmit={submit} className="dialog-form">
          <SelectField
            id="from-template-select"
            label="Template"
            value={String(chosenTemplate ?? '')}
            onChange={(event) => setTemplateId(Number(event.target.value))}
            error={errors.templateId}
            options={options.map((template) => [
              String(template.id),
              `${template.title} (${template.itemCount} ${template.itemCount === 1 ? 'insight' : 'insights'})`,
            ])}
          />
          <ProspectPicker
            value={prospect}
            onChange={(next) => {
              setProspect(next);
              setMissingProspect(false);
            }}
            allowTemplate={false}
            error={
              missingProspect ? 'Choose the prospect this briefing is for.' : errors.prospectId
            }
          />
          <FormFooter
            errors={[copy.isError && Object.keys(errors).length === 0 ? copy.error.message : null]}
            submitDisabled={copy.isPending || chosenTemplate === null}
            submitLabel="Create briefing"
            onCancel={onClose}
          />
        </form>
      )}
    </Modal>
  );
}
