/**
 * The opener checker's contract. Other code (the call-plan screen, the dialer, the review screen,
 * the CLI) relies on these names, so categories and field meanings are fixed.
 */

/**
 * How the opener reaches the prospect: a live `call`, an `email`, or a `voicemail`, where nobody can
 * answer, so the ask is a way back (a number, a time you will call again, an email you will send)
 * rather than a meeting request.
 */
export const CHECK_MODES = ['call', 'email', 'voicemail'] as const;
export type CheckMode = (typeof CHECK_MODES)[number];

export interface CheckContext {
  repName?: string;
  repCompany?: string;
  prospectName?: string;
  prospectCompany?: string;
  prospectTitle?: string;
  /** The insights linked to the call plan; their words make insight detection reliable. */
  insights?: { headline: string; detail?: string }[];
  /** A past conversation with this prospect is on record, so familiarity is honest. */
  priorContact?: boolean;
  /** Someone really referred the rep, so "X suggested I call" is honest. */
  referralOnRecord?: boolean;
  /** Frequent, low-risk purchase: the method does not ask for an insight-led opener. */
  transactional?: boolean;
  /** The rep's speaking pace in words per minute; 150 when absent. */
  wpm?: number;
}

export interface CheckInput {
  /**
   * The opener. In email mode it is the body, unless its first line is `Subject: …`, in which case
   * that line is the subject and the rest is the body.
   */
  text: string;
  /** `call` when absent, except that a text opening with a `Subject:` line is read as an email. */
  mode?: CheckMode;
  /** The email subject when it is kept apart from the text. */
  subject?: string;
  context?: CheckContext;
}

export type Severity = 'block' | 'warn' | 'info';

export const CATEGORIES = [
  'permission',
  'deception',
  'self_focus',
  'missing_identity',
  'missing_reason',
  'missing_insight',
  'missing_benefit',
  'missing_ask',
  'vague_ask',
  'hedging',
  'weak_value',
  'jargon',
  'length',
  'email',
  'placeholder',
  'style',
] as const;

export type Category = (typeof CATEGORIES)[number];

/**
 * Which input string a span indexes. `text` means `CheckInput.text` (including an embedded
 * `Subject:` line); `subject` means `CheckInput.subject` when the subject was passed apart.
 */
export type SpanField = 'text' | 'subject';

export interface Span {
  field: SpanField;
  /** UTF-16 offset of the first character, as `String.prototype.slice` counts. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

export interface Evidence {
  fact: string;
  source: string;
}

export interface Finding extends Span {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  why: string;
  evidence?: Evidence;
  suggestion: string;
  /** Text that can replace the span as it stands ('' removes it); only where a fix is mechanical. */
  replacement?: string;
  /**
   * Why a rule that usually warns blocks this opener (e.g. "the opener asks for nothing at all"),
   * so the rep sees the reason for the verdict, not only the rule.
   */
  blockedBecause?: string;
}

export const COMPONENT_NAMES = ['identity', 'reason', 'insight', 'benefit', 'ask'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

export interface ComponentStatus {
  present: boolean;
  /** Where the component was found; absent when it is missing. */
  span?: Span;
}

export type Components = Record<ComponentName, ComponentStatus>;

export interface CheckStats {
  words: number;
  /** Estimated speaking time of the body at the rep's pace, one decimal. */
  seconds: number;
  wpm: number;
  /** I, me, my, we, us, our and their contractions. */
  iWeOur: number;
  /** You, your, yours and their contractions. */
  youYour: number;
  /** Sentences that end with a question mark. */
  questions: number;
  sentences: number;
  /** Flesch–Kincaid grade level, one decimal, never below 0. */
  readingGrade: number;
}

export type Verdict = 'blocked' | 'needs_work' | 'ready';

export interface CheckResult {
  mode: CheckMode;
  verdict: Verdict;
  /** 0–100; see `scoreOf` in score.ts and docs/checker-rules.md for the formula. */
  score: number;
  findings: Finding[];
  components: Components;
  stats: CheckStats;
  /** Where the subject and body were read from, so a UI can highlight spans in the right box. */
  subject?: Span;
  body: Span;
}
