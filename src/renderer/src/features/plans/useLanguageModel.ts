import { useEffect, useState } from 'react';
import { languageModelReady, loadLanguageModel } from '../../../../shared/checker';

export type LanguageModelStatus = 'loading' | 'ready' | 'failed';

/**
 * Loads the checker's language model with the plan screen (a dynamic import, so the ~3.8 MB model
 * is its own chunk and never part of the first screen). Until it is in, the screen says
 * "Checking…" rather than showing a verdict the checker did not reach.
 */
export function useLanguageModel(): LanguageModelStatus {
  const [status, setStatus] = useState<LanguageModelStatus>(() =>
    languageModelReady() ? 'ready' : 'loading',
  );
  useEffect(() => {
    if (status !== 'loading') return;
    let current = true;
    loadLanguageModel().then(
      () => current && setStatus('ready'),
      () => current && setStatus('failed'),
    );
    return () => {
      current = false;
    };
  }, [status]);
  return status;
}
