import { useId, useRef, useState, type FormEvent } from 'react';
import { Modal } from '../../ui/Modal';
import type { Insight } from '../../../../shared/domain/insight';
import { TextAreaField, TextField, fieldErrors } from '../../ui/Field';
import { ApiCallError, useArchiveInsight, useSaveInsight } from './queries';
import { trackRecordText } from './TrackRecord';

interface Props {
  insight?: Insight;
  onClose: () => void;
}

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

/** Create or edit an insight. Errors come from the backend's validation, shown at each field. */
export function InsightDialog({ insight, onClose }: Props) {
  const [form, setForm] = useState<FormState>(insight ? fromInsight(insight) : EMPTY);
  const save = useSaveInsight();
  const archive = useArchiveInsight();
  const firstField = useRef<HTMLTextAreaElement>(null);
  const originId = useId();

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

  // A nudge, not a rule: evidence without a number is usually an opinion.
  const evidenceHint =
    form.evidence.trim() !== '' && !/\d/u.test(form.evidence)
      ? 'Evidence lands harder with a number in it: how many clients, what share, how much.'
      : 'A number and where it comes from, e.g. “60 distributors, 2025 invoices”.';

  const title = insight ? 'Edit insight' : 'New insight';
  return (
    <Modal title={title} onClose={onClose} initialFocus={firstField} className="insight-dialog">
      {insight ? (
        <p className="insight-dialog-record muted">
          Track record: {trackRecordText(insight)}
          {insight.archivedAt ? ' · archived' : ''}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
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
                onChange={() => setForm((current) => ({ ...current, isPublic: false }))}
              />
              My own experience across clients
            </label>
            <label>
              <input
                type="radio"
                name="origin"
                checked={form.isPublic}
                onChange={() => setForm((current) => ({ ...current, isPublic: true }))}
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
        {unplaced ? (
          <div className="banner error" role="alert">
            {save.error.message}
          </div>
        ) : null}
        {archive.isError ? (
          <div className="banner error" role="alert">
            {archive.error.message}
          </div>
        ) : null}
        <div className="form-actions">
          {insight ? (
            <button
              type="button"
              className="button insight-archive"
              disabled={archive.isPending}
              onClick={() =>
                archive.mutate(
                  { id: insight.id, archived: !insight.archivedAt },
                  { onSuccess: onClose },
                )
              }
            >
              {insight.archivedAt ? 'Restore' : 'Archive'}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={save.isPending}>
            {insight ? 'Save changes' : 'Add insight'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
