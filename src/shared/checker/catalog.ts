import type { PhraseRule, Rule, StructuralRule } from './rule-types';
import { COMPONENT_RULES } from './rules/components';
import { DECEPTION_RULES } from './rules/deception';
import { DECEPTION_SCHEME_RULES } from './rules/deception-schemes';
import { EMAIL_PHRASE_RULES } from './rules/email-phrases';
import { EMAIL_STRUCTURE_RULES } from './rules/email-structure';
import { HEDGING_RULES } from './rules/hedging';
import { JARGON_RULES, JARGON_STRUCTURAL_RULES } from './rules/jargon';
import { PERMISSION_RULES } from './rules/permission';
import { PLACEHOLDER_RULES } from './rules/placeholder';
import { PRETENSE_RULES } from './rules/pretense';
import { ROLE_RULES } from './rules/roles';
import { SELF_FOCUS_RULES } from './rules/self-focus';
import { STRUCTURE_RULES } from './rules/structure';
import { VAGUE_ASK_RULES } from './rules/vague-ask';
import { VOICEMAIL_RULES } from './rules/voicemail';
import { WEAK_VALUE_RULES, WEAK_VALUE_STRUCTURAL_RULES } from './rules/weak-value';

/**
 * Every rule the checker applies, in the order findings are reported. Phrase rules come first in
 * the combined scan too, so at any position a rule wins over a component cue; within them, the
 * block-severity families come first so the most serious reading of a phrase is the one kept.
 */
export const PHRASE_RULES: readonly PhraseRule[] = [
  ...PERMISSION_RULES,
  ...DECEPTION_RULES,
  ...DECEPTION_SCHEME_RULES,
  ...SELF_FOCUS_RULES,
  ...VAGUE_ASK_RULES,
  ...HEDGING_RULES,
  ...WEAK_VALUE_RULES,
  ...JARGON_RULES,
  ...EMAIL_PHRASE_RULES,
];

export const STRUCTURAL_RULES: readonly StructuralRule[] = [
  ...PLACEHOLDER_RULES,
  ...COMPONENT_RULES,
  ...ROLE_RULES,
  ...PRETENSE_RULES,
  ...VOICEMAIL_RULES,
  ...STRUCTURE_RULES,
  ...EMAIL_STRUCTURE_RULES,
  ...JARGON_STRUCTURAL_RULES,
  ...WEAK_VALUE_STRUCTURAL_RULES,
];

export const RULES: readonly Rule[] = [...PHRASE_RULES, ...STRUCTURAL_RULES];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
