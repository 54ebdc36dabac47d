import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Focus handling for a modal: focus moves in when it opens (to `initial`, else its first control),
 * Tab and Shift+Tab cycle inside it, focus that was lost because its control went away (a form
 * swapped for a message once data loaded) comes back inside, and focus returns to where it was
 * when it closes.
 */
export function useModalFocus(
  container: RefObject<HTMLElement | null>,
  initial?: RefObject<HTMLElement | null>,
): void {
  // Layout effects, so that focus is back in place before whatever runs after the modal closes.
  // Read during the first render, before a field inside the modal can take focus (autoFocus).
  const [previous] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useLayoutEffect(() => {
    // A field that asked for focus itself keeps it; otherwise `initial`, else the first control.
    if (!container.current?.contains(document.activeElement)) {
      const target = initial?.current ?? container.current?.querySelector<HTMLElement>(FOCUSABLE);
      target?.focus();
    }
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, [container, initial, previous]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // A focused control removed from the modal leaves focus on the page behind it, where Tab
    // walked the screen under the modal and Escape (handled on the modal) did nothing.
    const observer = new MutationObserver(() => {
      const active = document.activeElement;
      if (active === null || active === document.body || !active.isConnected)
        (element.querySelector<HTMLElement>(FOCUSABLE) ?? element).focus();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [container]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const focusable = [...element.querySelectorAll<HTMLElement>(FOCUSABLE)];
      if (focusable.length === 0) return event.preventDefault();
      const index = focusable.indexOf(document.activeElement as HTMLElement);
      const next = event.shiftKey
        ? index <= 0
          ? focusable.length - 1
          : index - 1
        : index === focusable.length - 1
          ? 0
          : index + 1;
      event.preventDefault();
      focusable[next]!.focus();
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, [container]);
}
