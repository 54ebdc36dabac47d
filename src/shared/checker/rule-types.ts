import type { Analysis } from './analysis';
import type { CueKind } from './cues';
import type { Category, CheckMode, Evidence, Finding, Severity, Span } from './types';

/** A context flag that turns a rule's finding into a mere note, because it makes the phrase honest. */
export type RelaxingFact = 'priorContact' | 'referralOnRecord';

interface RuleBase {
  /** Stable id, `<category>.<name>`; stored with every call, so never renamed. */
  id: string;
  category: Category;
  /** Severity in call mode and, unless `emailSeverity` says otherwise, in email mode. */
  severity: Severity;
  /** Severity in email mode; `off` means the rule does not apply to emails. */
  emailSeverity?: Severity | 'off';
  /** Modes where the rule runs at all; both when absent. */
  modes?: readonly CheckMode[];
  /** When this context flag is set the finding is reported as `info` instead. */
  relaxedBy?: RelaxingFact;
  message: string;
  /** Why it matters, in the method's terms. */
  why: string;
  evidence?: Evidence;
  suggestion: string;
  /** Texts the rule must flag; the tests run each one, the docs show the first. */
  examples: readonly string[];
  /** Texts the rule must not flag (near misses: literal uses, negations, future meetings). */
  valid?: readonly string[];
}

export interface PhraseMatch {
  start: number;
  end: number;
}

/**
 * A rule found by its words. `pattern` is regex source in a small dialect (see patterns.ts): a space
 * means any run of whitespace, an apostrophe means either apostrophe, and groups must not capture.
 * All phrase rules are compiled into one alternation and the text is scanned once.
 */
export interface PhraseRule extends RuleBase {
  kind: 'phrase';
  pattern: string;
  /** Extra judgement on a match that the pattern alone cannot make (context, nearby words). */
  accept?: (match: PhraseMatch, analysis: Analysis) => boolean;
  /**
   * The match also counts as this component cue. Needed because the single scan reports one
   * alternative per position, so a rule and a cue cannot both claim the same words.
   */
  marks?: CueKind;
  /**
   * A mechanical rewrite of the matched words, offered as a one-click fix. A deletion ('') is
   * offered only where the words are a whole sentence, so what is left stays grammatical.
   */
  replace?: (matched: string) => string;
  /**
   * A suggestion built from the rep's own words and context (rules/suggest.ts); `suggestion` is
   * used when it returns null.
   */
  suggestFor?: (match: PhraseMatch, analysis: Analysis) => string | null;
  /**
   * Whether the finding still stands once the opener's parts are read (`analysis.components`);
   * the scan runs before them, so `accept` cannot see them. Absent: it always stands.
   */
  standsWithParts?: (match: PhraseMatch, analysis: Analysis) => boolean;
}

/** A rule judged on the whole opener: missing components, length, subject line, pronoun balance. */
export interface StructuralRule extends RuleBase {
  kind: 'structural';
  /** Returns the spans to flag; an empty list means the rule passes. */
  detect: (analysis: Analysis) => Span[];
  /**
   * The rule warns, and blocks only when this returns true: the evidence that the part is
   * missing is certain enough to stop a dial (see the verdict policy in docs/checker-rules.md).
   */
  /**
   * A suggestion built from this opener and its context (the rep's name and company, the plan's
   * insights, the prospect); `suggestion` is used when it returns null.
   */
  suggestFor?: (analysis: Analysis) => string | null;
  blockWhen?: {
    test: (analysis: Analysis, findings: readonly Finding[]) => boolean;
    /** Said to the rep when it blocks, and printed in the docs. */
    because: string;
  };
  /**
   * A habit read by role: not reported where a phrase rule of the same category already flags
   * overlapping words, so the rep sees one finding for one problem.
   */
  yieldsToPhrases?: boolean;
}

export type Rule = PhraseRule | StructuralRule;

/** The severity a rule reports in a mode, or null when it does not apply there. */
export function severityIn(rule: Rule, mode: CheckMode): Severity | null {
  if (rule.modes && !rule.modes.includes(mode)) return null;
  if (mode === 'email' && rule.emailSeverity !== undefined) {
    return rule.emailSeverity === 'off' ? null : rule.emailSeverity;
  }
  return rule.severity;
}
