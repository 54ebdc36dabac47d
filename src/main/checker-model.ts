import { createRequire } from 'node:module';
import type { Model as WinkModel, WinkMethods } from 'wink-nlp';
import { languageModelFrom, setLanguageModelLoader } from '../shared/checker/language/model';

/**
 * Node's way to the checker's language model: registered on import, loaded synchronously on the
 * first check, once per process. The backend, the CLI, the evaluation script and the tests import
 * this, so they check with the very model the plan screen loads.
 */
export function registerNodeLanguageModel(): void {
  setLanguageModelLoader(() => {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: WinkModel, pipe?: string[]) => WinkMethods;
    const model = require('wink-eng-lite-web-model') as WinkModel;
    return languageModelFrom(winkNLP, model);
  });
}

registerNodeLanguageModel();
