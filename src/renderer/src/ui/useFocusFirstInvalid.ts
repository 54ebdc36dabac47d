import { useEffect, type RefObject } from 'react';

/**
 * After a save the backend refused (`failure` changes to its error), focus moves to the first
 * field it marked invalid, so the rep lands on what to fix instead of on the page: the save
 * button, disabled while saving, had let focus fall out of the form.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, failure: unknown): void {
  useEffect(() => {
    if (failure) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, failure]);
}
