import { useId, useRef } from 'react';
import type { Insight } from '../../../../shared/domain/insight';
import { TextAreaField, TextField } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { DiscardChanges } from '../../ui/DiscardChanges';
import { Modal } from '../../ui/Modal';
import { trackRecordText } from './TrackRecord';
import { useInsightForm } from './useInsightForm';

interface Props {
  insight?: Insight;
  onClose: () => void;
}

/** Create or edit an insight. Errors come from the backend's validation, shown at each field. */
export function InsightDialog({ insight, onClose }: Props) {
  const {
    form,
    set,
    setPublic,
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
  } = useInsightForm(insight, onClose);
  const firstField = useRef<HTMLTextAreaElement>(null);
  const originId = useId();

  // A nudge, not a rule: evidence without a number is usually an opinion.
  const evidenceHint =
    form.evidence.trim() !== '' && !/\d/u.test(form.evidence)
      ? 'Evidence lands harder with a number in it: how many clients, what share, how much.'
      : 'A number and where it comes from, e.g. “60 distributors, 2025 invoices”.';

  const title = insight ? 'Edit insight' : 'New insight';
  return (
    <Modal
      title={title}
      onClose={requestClose}
      initialFocus={firstField}
      className="insight-dialog"
    >
      {insight ? (
        <p className="insight-dialog-record muted">
          Track record: {trackRecordText(insight)}
          {insight.archivedAt ? ' · archived' : ''}
        </p>
      ) : null}
      <form ref={formRef} onSubmit={submit} noValidate>
        <div className="form-grid">
          <TextAreaField
            ref={firstField}
            className="wide insight-headline-field"
            label="Headline"
            required
            rows={2}
            value={form.headline}
            onChange={set('headline')}
            onKeyDown={(event) => {
              // One line of text that wraps so the whole headline shows; Enter saves.
              if (event.key === 'Enter') {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
            error={errors.headline}
            placeholder="Distributors who re-bid freight quarterly pay about 11% less"
            autoComplete="off"
          />
          <TextAreaField
            className="wide"
            label="Detail"
            value={form.detail}
            onChange={set('detail')}
            error={errors.detail}
            hint="What you have seen, in the words you would use on the phone."
          />
          <TextField
            className="wide"
            label="Evidence"
            value={form.evidence}
            onChange={set('evidence')}
            error={errors.evidence}
            hint={evidenceHint}
          />
          <TextField
            label="Source"
            value={form.source}
            onChange={set('source')}
            error={errors.source}
            placeholder="Our 2025 client benchmark"
          />
          <TextField
            label="Source link"
            type="url"
            inputMode="url"
            value={form.sourceUrl}
            onChange={set('sourceUrl')}
            error={errors.sourceUrl}
            placeholder="https://"
          />
          <fieldset className="wide insight-origin-field" aria-describedby={originId}>
            <legend>Where it comes from</legend>
            <label>
              <input
                type="radio"
                name="origin"
                checked={!form.isPublic}
                onChange={() => setPublic(false)}
              />
              My own experience across clients
            </label>
            <label>
              <input
                type="radio"
                name="origin"
                checked={form.isPublic}
                onChange={() => setPublic(true)}
              />
              Public research
            </label>
            <span id={originId} className="field-hint">
              Your own experience is what the prospect cannot find anywhere else.
            </span>
          </fieldset>
          <TextField
            label="Industries"
            value={form.industries}
            onChange={set('industries')}
            error={errors.industries}
            hint="Separate with commas"
            placeholder="Distribution, Logistics"
          />
          <TextField
            label="Roles"
            value={form.roles}
            onChange={set('roles')}
            error={errors.roles}
            hint="Separate with commas"
            placeholder="VP Operations"
          />
          <TextField
            className="wide"
            label="Tags"
            value={form.tags}
            onChange={set('tags')}
            error={errors.tags}
            hint="Separate with commas"
            placeholder="freight, cost"
          />
        </div>
        {confirmingDiscard ? (
          <DiscardChanges onKeepEditing={keepEditing} onDiscard={discard} />
        ) : null}
        <FormFooter
          errors={[formError, archiveError]}
          archive={
            insight
              ? {
                  archived: Boolean(insight.archivedAt),
                  pending: archiving,
                  onToggle: toggleArchived,
                }
              : undefined
          }
          submitDisabled={saving}
          submitLabel={insight ? 'Save changes' : 'Add insight'}
          onCancel={requestClose}
        />
      </form>
    </Modal>
  );
}
