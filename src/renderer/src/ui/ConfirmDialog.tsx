import { useId, useRef, type ReactNode } from 'react';
import { useModalFocus } from './useModalFocus';

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
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useModalFocus(box, cancel);
  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        className={className ? `card dialog ${className}` : 'card dialog'}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !pending) {
            event.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`} className="confirm-body">
          {children}
        </div>
        {error ? (
          <div className="banner error" role="alert">
            {error}
          </div>
        ) : null}
        <div className="form-actions">
          <button
            ref={cancel}
            type="button"
            className="button"
            onClick={onCancel}
            disabled={pending}
          >
            {cancelLabel}
          </button>
          <button type="button" className={`button ${tone}`} onClick={onConfirm} disabled={pending}>
            {pending ? pendingLabel : confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
