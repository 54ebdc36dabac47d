import type { ComponentName } from './types';

/**
 * What a template slot stands in for, read from its name. The label rule reads a slot as filled
 * ("I'm calling because (legitimate business reason)" has its reason), so a template whose
 * result, insight or trigger is a slot (`[specific result]`, `{{one_sentence_value}}`,
 * `%TRIGGER%`) has that part; the placeholder rule still holds it back from "ready" until the rep
 * fills it in. A slot that says its content is empty or made up (`[vague benefit]`,
 * `[unbelievable claim]`) stands in for nothing.
 *
 * Data, RuleTester style: each part's words, and the names that must and must not read as it.
 */
export interface SlotPart {
  part: Extract<ComponentName, 'reason' | 'insight' | 'benefit'>;
  words: RegExp;
  valid: readonly string[];
  invalid: readonly string[];
}

export const SLOT_PARTS: readonly SlotPart[] = [
  {
    part: 'reason',
    words:
      /\b(?:reasons?|why|trigger(?: event)?|purpose|observation|personali[sz](?:ed|ation)|(?:recent|specific|company) [\p{L} ]{0,20}?\b(?:news|event|achievement|announcement|milestone|change|post|funding|hire|activity))\b/u,
    valid: [
      'legitimate business reason',
      'trigger_or_reason',
      'TRIGGER',
      'personalized first line',
      'observation about their company',
      'recent achievement',
    ],
    invalid: ['first name', 'company', 'pain point', 'your number', 'day'],
  },
  {
    part: 'insight',
    words:
      /\b(?:insights?|stat|stats|statistic|statistics|data ?point|findings?|trends?|benchmarks?|research|industry (?:fact|pattern)|pattern)\b/u,
    valid: ['Insight about their industry', 'STAT', 'relevant statistic', 'key finding'],
    invalid: ['first name', 'similar company', 'pain point', 'your name'],
  },
  {
    part: 'benefit',
    words:
      /\b(?:benefits?|value|outcomes?|results?|roi|savings?|impact|improvements?|proof|case study)\b/u,
    valid: [
      'specific result',
      'one_sentence_value',
      'value_prop_with_proof',
      'specific outcome',
      'achieve result',
      'ROI',
    ],
    invalid: ['first name', 'pain point', 'their_pain', 'specific problem', 'day'],
  },
];

/** Names that say the slot holds nothing real. */
const EMPTY_SLOT = /\b(?:vague|generic|unbelievable|made[ -]?up|fake|bold|boilerplate|buzzword)\b/u;

/** A slot's name as words: "{{oneSentenceValue}}" → "one sentence value". */
export function slotName(slot: string): string {
  return slot
    .replace(/^[{[<%(]+|[}\]>%)]+$/gu, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[_.-]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The parts a slot with this text (brackets and all) stands in for. The opener builder's own
 * prompts ("(pick an insight on the left)") are instructions to the rep, not a part written into
 * a template: nothing has been chosen yet.
 */
export function slotParts(slot: string): SlotPart['part'][] {
  if (slot.startsWith('(')) return [];
  const name = slotName(slot);
  if (EMPTY_SLOT.test(name)) return [];
  return SLOT_PARTS.filter((entry) => entry.words.test(name)).map((entry) => entry.part);
}
