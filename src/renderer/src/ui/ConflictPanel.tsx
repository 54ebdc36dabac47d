import { useEffect, useId, useRef, useState } from 'react';
import './conflict.css';

/** One text that differs between the rep's unsaved version and the stored one. */
export interface ConflictField {
  key: string;
  label: string;
  mine: string;
  theirs: string;
}

interface Props {
  /** "This plan was changed elsewhere". */
  heading: string;
  fields: ConflictField[];
  /** What else keeping mine or merging carries along (changed lists, choices…). */
  note?: string;
  /** True while the chosen version is being saved. */
  saving?: boolean;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
  /** The merged texts by field key, as the rep edited them. */
  onSaveMerged: (merged: Record<string, string>) => void;
}

/**
 * Shown when a save was refused because another window or tab saved first: both versions side by
 * side, and three ways out — keep mine, keep theirs, or edit a merge (it starts as mine). Nothing
 * is lost either way: the caller saves the choice on the newest stored revision.
 */
export function ConflictPanel(props: Props) {
  const { heading, fields, note, saving = false } = props;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The field the rep was typing in goes inert behind the panel, so focus would fall to the page
  // and the panel could sit scrolled out of sight: bring it into view and put focus on it.
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  const [merged, setMerged] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field.key, field.mine])),
  );
  return (
    <section className="conflict card" role="region" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p>
        Someone saved this in another window or tab while you were typing here. Your words are still
        here and nothing has been overwritten: choose what to keep.
      </p>
      {fields.map((field) => (
        <div key={field.key} className="conflict-field">
          <h3>{field.label}</h3>
          <div className="conflict-versions">
            <figure aria-label={`Your ${field.label.toLowerCase()}`}>
              <figcaption>Yours (not saved)</figcaption>
              <pre>{field.mine || '(empty)'}</pre>
            </figure>
            <figure aria-label={`Saved ${field.label.toLowerCase()}`}>
              <figcaption>Saved elsewhere</figcaption>
              <pre>{field.theirs || '(empty)'}</pre>
            </figure>
          </div>
          <label className="field">
            <span>Merged {field.label.toLowerCase()}</span>
            <textarea
              rows={4}
              value={merged[field.key] ?? ''}
              onChange={(event) =>
                setMerged((current) => ({ ...current, [field.key]: event.target.value }))
              }
            />
          </label>
        </div>
      ))}
      {note ? <p className="muted small">{note}</p> : null}
      <div className="conflict-actions">
        <button type="button" className="button" disabled={saving} onClick={props.onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button" disabled={saving} onClick={props.onKeepTheirs}>
          Keep theirs
        </button>
        <button
          type="button"
          className="button primary"
          disabled={saving}
          onClick={() => props.onSaveMerged(merged)}
        >
          Save merged version
        </button>
      </div>
    </section>
  );
}
