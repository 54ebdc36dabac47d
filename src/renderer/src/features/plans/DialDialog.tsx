import { useRef, useState } from 'react';
import { Modal } from '../../ui/Modal';
import type { Finding } from '../../../../shared/checker';

interface Props {
  findings: Finding[];
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Dialing a blocked opener is allowed, but only with a reason the review screen will show later. */
export function DialDialog({ findings, pending, error, onCancel, onConfirm }: Props) {
  const [reason, setReason] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
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
