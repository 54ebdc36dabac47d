/**
 * Focuses `element` when nothing else has focus (the page's body): a screen or a card that
 * appears gives a keyboard rep a place to start, but never takes focus from where the rep is.
 */
export function focusIfIdle(element: HTMLElement | null | undefined, options?: FocusOptions): void {
  const active = document.activeElement;
  if (active === null || active === document.body) element?.focus(options);
}
