import { useRef, type ReactNode } from 'react';
import { Modal } from './Modal';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** The button that backs out ("Cancel" unless it needs its own words). */
  cancelLabel?: string;
  pendingLabel?: string;
  /** `danger` for what cannot be taken back from here. */
  tone?: 'primary' | 'danger';
  className?: string;
}

/**
 * Asks before anything that replaces or moves the rep's data (a restore, a cancelled meeting),
 * saying exactly what will happen. Backing out has the focus, so Enter never confirms by accident.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onCancel,
  cancelLabel = 'Cancel',
  pendingLabel = 'Working…',
  tone = 'primary',
  className,
}: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      title={title}
      role="alertdialog"
      className={className}
      onClose={() => {
        if (!pending) onCancel();
      }}
      closeOnBackdrop={false}
      initialFocus={cancel}
      description={children}
      descriptionClassName="confirm-body"
    >
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="form-actions">
        <button ref={cancel} type="button" className="button" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </button>
        <button type="button" className={`button ${tone}`} onClick={onConfirm} disabled={pending}>
          {pending ? pendingLabel : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
