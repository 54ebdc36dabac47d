import { useRef, useState } from 'react';
import { Modal } from '../../ui/Modal';
import type { Finding } from '../../../../shared/checker';
import { REP_SLOTS } from './opener-template';

interface Props {
  findings: Finding[];
  /** The opener the findings index, so each unfilled slot can be quoted. */
  text: string;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
  /** The slots Settings or the prospect can fill now, with their values. */
  fillable: { slot: string; value: string }[];
  /** Fills those slots in the opener (and closes the dialog). */
  onFill: () => void;
}

/**
 * Dialing a blocked opener is allowed, but only with a reason the review screen will show later.
 * An unfilled placeholder is the exception: the prospect would hear the template itself, so the
 * dialog lists the slots and offers no way past them.
 */
export function DialDialog(props: Props) {
  const { findings, text, pending, error, onCancel, onConfirm, fillable, onFill } = props;
  const [reason, setReason] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const slots = findings.filter((finding) => finding.category === 'placeholder');
  if (slots.length > 0) {
    return (
      <Modal
        title="Fill in the placeholders first"
        onClose={onCancel}
        initialFocus={back}
        closeOnBackdrop={false}
      >
        <p>This opener still has template slots the prospect would hear as they stand:</p>
        <ul className="dial-blockers">
          {slots.map((finding) => {
            const slot = text.slice(finding.start, finding.end);
            const yours = REP_SLOTS[slot];
            const value = fillable.find((known) => known.slot === slot)?.value;
            return (
              <li key={`${finding.ruleId}-${finding.start}`}>
                <code>{slot}</code>:{' '}
                {value ? (
                  <>fills in as “{value}”.</>
                ) : yours ? (
                  <>
                    your {yours}, not set yet. Type it in, or set it once in{' '}
                    <a href="#/settings">Settings</a> and the builder writes it from then on.
                  </>
                ) : (
                  'fill this in before you dial.'
                )}
              </li>
            );
          })}
        </ul>
        <div className="form-actions">
          <button type="button" className="button" ref={back} onClick={onCancel}>
            Back to the opener
          </button>
          {fillable.length > 0 ? (
            <button type="button" className="button primary" onClick={onFill}>
              Fill in and go back
            </button>
          ) : null}
        </div>
      </Modal>
    );
  }
  return (
    <Modal
      title="This opener is blocked"
      onClose={onCancel}
      initialFocus={input}
      closeOnBackdrop={false}
    >
      <ul className="dial-blockers">
        {findings.map((finding) => (
          <li key={`${finding.ruleId}-${finding.start}`}>{finding.message}</li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim()) onConfirm(reason.trim());
        }}
      >
        <div className="field">
          <label htmlFor="override-reason">Why dial anyway?</label>
          <textarea
            id="override-reason"
            ref={input}
            rows={3}
            value={reason}
            placeholder="e.g. She asked me to call back today"
            onChange={(e) => setReason(e.target.value)}
            aria-describedby="override-hint"
          />
          <span id="override-hint" className="field-hint">
            Saved with the call, so you can see later whether overrides pay off.
          </span>
        </div>
        {error ? (
          <div className="banner error" role="alert">
            {error}
          </div>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onCancel}>
            Back to the opener
          </button>
          <button type="submit" className="button danger" disabled={!reason.trim() || pending}>
            Dial anyway
          </button>
        </div>
      </form>
    </Modal>
  );
}
