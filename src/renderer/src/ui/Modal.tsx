import { useId, useRef, type ReactNode, type RefObject } from 'react';
import { useModalFocus } from './useModalFocus';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The control that takes focus when the modal opens; the first one when absent. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Extra class on the dialog box, e.g. a width. */
  className?: string;
  /** False for a decision the rep must make explicitly (no close on a click outside). */
  closeOnBackdrop?: boolean;
  /** What the dialog is about, read out with its title (aria-describedby). */
  description?: ReactNode;
  /** Class of the description's box. */
  descriptionClassName?: string;
  /** `alertdialog` for a question that interrupts (a confirmation). */
  role?: 'dialog' | 'alertdialog';
}

/**
 * The one modal shell: labelled by its heading, focus kept inside and given back on close,
 * closed with Escape (and a click outside unless told otherwise).
 */
export function Modal({
  title,
  onClose,
  children,
  initialFocus,
  className,
  closeOnBackdrop = true,
  description,
  descriptionClassName,
  role = 'dialog',
}: ModalProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(box, initialFocus);
  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => closeOnBackdrop && event.target === event.currentTarget && onClose()}
    >
      <div
        ref={box}
        className={`card dialog ${className ?? ''}`}
        // Focusable itself, for a moment with no control in it (see useModalFocus).
        tabIndex={-1}
        role={role}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description === undefined ? undefined : `${id}-about`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {description === undefined ? null : (
          <div id={`${id}-about`} className={descriptionClassName}>
            {description}
          </div>
        )}
        {children}
      </div>
    </div>
  );
}
