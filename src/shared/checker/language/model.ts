import type { Model as WinkModel, WinkMethods } from 'wink-nlp';
import { parseWith, type Parsed } from './parse';

/**
 * The checker's language layer: wink-nlp with its English lite web model, for tokens, sentences,
 * part of speech, negation and entities (durations, dates, times, percents, money, counts).
 *
 * The model is about 3.8 MB of JavaScript, so nothing here imports it statically: the renderer
 * loads it with the plan screen (`loadLanguageModel`, a dynamic import that becomes its own
 * chunk) and shows "Checking…" until it is in; Node (the backend, the CLI, the tests) registers a
 * synchronous loader once (`setLanguageModelLoader`), so the model loads on the first check and
 * never again. One model, one checker: every entry point reads an opener with the same model, so
 * the same text and context get the same verdict everywhere.
 */
export interface LanguageModel {
  /** Reads a text into tokens, sentences and entities with character offsets into `text`. */
  parse(text: string): Parsed;
}

export class LanguageModelNotLoaded extends Error {
  constructor() {
    super(
      'The opener checker needs its language model: await loadLanguageModel() (browser) or call setLanguageModelLoader() (Node) before checking.',
    );
    this.name = 'LanguageModelNotLoaded';
  }
}

/**
 * The pipe the checker needs: sentence boundaries, negation, part of speech and entities.
 * Sentiment and custom entities are left out; they cost time and nothing reads them.
 */
const PIPE = ['sbd', 'negation', 'pos', 'ner'];

/** Wraps a wink instance and its model as the checker's LanguageModel. */
export function languageModelFrom(
  winkNLP: (model: WinkModel, pipe?: string[]) => WinkMethods,
  model: WinkModel,
): LanguageModel {
  const nlp = winkNLP(model, PIPE);
  return { parse: (text) => parseWith(nlp, text) };
}

// The one model of this JavaScript realm and how to get it. Module state on purpose: the model
// is loaded once per process or page and then only read; a check never writes here.
let loaded: LanguageModel | null = null;
let loading: Promise<LanguageModel> | null = null;
let syncLoader: (() => LanguageModel) | null = null;

/** Node: how to load the model synchronously on the first check (see src/main/checker-model.ts). */
export function setLanguageModelLoader(load: () => LanguageModel): void {
  syncLoader = load;
}

/** The loaded model, loading it now where a synchronous loader is registered. */
export function languageModel(): LanguageModel {
  if (!loaded && syncLoader) loaded = syncLoader();
  if (!loaded) throw new LanguageModelNotLoaded();
  return loaded;
}

/** Whether a check can run now without loading anything. */
export function languageModelReady(): boolean {
  return loaded !== null;
}

/**
 * Loads the model with a dynamic import (its own chunk in the renderer build). Safe to call
 * again: every caller gets the same promise, and a failed load can be retried.
 */
export function loadLanguageModel(): Promise<LanguageModel> {
  if (loaded) return Promise.resolve(loaded);
  if (syncLoader) return Promise.resolve(languageModel());
  loading ??= Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]).then(
    ([wink, model]) => {
      loaded ??= languageModelFrom(wink.default, model.default);
      return loaded;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
