/** The One-Up opener checker: `checkOpener`, its types and the rule catalog. Pure; runs anywhere. */
export { checkOpener, createChecker } from './check';
export type { Checker } from './check';
export {
  languageModelFrom,
  languageModelReady,
  loadLanguageModel,
  LanguageModelNotLoaded,
  setLanguageModelLoader,
} from './language/model';
export type { LanguageModel } from './language/model';
export { applyReplacement } from './apply';
export { RULES, RULES_BY_ID, PHRASE_RULES, STRUCTURAL_RULES } from './catalog';
export { SCORE_FORMULA, SCORE_WEIGHTS, SCORE_CAPS } from './score';
export { severityIn } from './rule-types';
export type { Rule, PhraseRule, StructuralRule, RelaxingFact } from './rule-types';
export { CATEGORIES, CHECK_MODES, COMPONENT_NAMES } from './types';
export type {
  Category,
  CheckContext,
  CheckInput,
  CheckMode,
  CheckResult,
  CheckStats,
  ComponentName,
  Components,
  ComponentStatus,
  Evidence,
  Finding,
  Severity,
  Span,
  SpanField,
  Verdict,
} from './types';
