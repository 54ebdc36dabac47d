import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A modal dialog: labelled by its heading, closed with Escape or a click outside, and giving
 * focus back to whatever opened it.
 */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  // Read before the dialog renders: a field inside it may take focus as soon as it mounts.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  useEffect(() => {
    // A field that asked for focus (autoFocus) keeps it; otherwise the first control gets it.
    if (!box.current?.contains(document.activeElement)) {
      box.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
    return () => opener?.focus();
  }, [opener]);

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}
    >
      <div
        ref={box}
        className="dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
