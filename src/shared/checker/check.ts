import type { Analysis } from './analysis';
import { analyze, bodySpan, sentenceAt } from './analysis';
import { RULES } from './catalog';
import { detectComponents } from './components';
import { languageModel } from './language/model';
import { readRoles } from './language/roles';
import type { PhraseRule, Rule, StructuralRule } from './rule-types';
import { severityIn } from './rule-types';
import type { CompiledScanner } from './scanner';
import { compileScanner, scan } from './scanner';
import { CORROBORATED_BLOCKS } from './rules/policy';
import { findCallback } from './rules/voicemail';
import { scoreOf, verdictOf } from './score';
import type {
  CheckInput,
  CheckMode,
  CheckResult,
  CheckStats,
  Finding,
  Severity,
  Span,
} from './types';

/** A checker: a pure function of the opener and its context, for one list of rules. */
export type Checker = (input: CheckInput) => CheckResult;

/**
 * Makes a checker for `rules`. The result never depends on the order of the list (a test runs the
 * catalog shuffled), and a checker keeps nothing between checks but its compiled scanners (and
 * their memo of which patterns a word can start), which no check can change the meaning of; so
 * checks can nest: a rule may itself run a check, and two checkers can run side by side.
 */
export function createChecker(rules: readonly Rule[]): Checker {
  const phraseRules = rules.filter((rule): rule is PhraseRule => rule.kind === 'phrase');
  const structuralRules = rules.filter(
    (rule): rule is StructuralRule => rule.kind === 'structural',
  );
  // Compiled the first time a mode is checked; the same for every check after that.
  const scanners = new Map<CheckMode, CompiledScanner>();
  const scannerFor = (mode: CheckMode): CompiledScanner => {
    let scanner = scanners.get(mode);
    if (!scanner) scanners.set(mode, (scanner = compileScanner(phraseRules, mode)));
    return scanner;
  };
  return (input) => check(input, scannerFor, structuralRules);
}

/**
 * Checks an opener against the One-Up method. Pure and deterministic: the same input always gives
 * the same result, so the result stored at dial time is exactly what the rep saw.
 */
export const checkOpener: Checker = createChecker(RULES);

function check(
  input: CheckInput,
  scannerFor: (mode: CheckMode) => CompiledScanner,
  structuralRules: readonly StructuralRule[],
): CheckResult {
  // Fails fast, before any work, when the language model is not loaded: a check without it would
  // be a different checker, and the verdict must be the same wherever the opener is checked.
  const model = languageModel();
  const analysis = analyze(input);
  const findings: Finding[] = [];
  // Phrase findings to judge again once the parts are read (PhraseRule.standsWithParts).
  const judgedWithParts = new Map<Finding, NonNullable<PhraseRule['standsWithParts']>>();

  for (const hit of scan(analysis, scannerFor(analysis.mode))) {
    const { rule } = hit;
    if (rule.accept && !rule.accept(hit, analysis)) continue;
    if (rule.marks) analysis.cues[rule.marks].push({ start: hit.start, end: hit.end });
    const severity = severityFor(rule, analysis);
    if (!severity) continue;
    const finding = findingOf(rule, severity, { field: 'text', start: hit.start, end: hit.end });
    if (rule.replace) {
      const replacement = rule.replace(input.text.slice(hit.start, hit.end));
      // Deleting words is grammatical only when they are a whole sentence ("I'll be quick.");
      // out of "I know you're busy, so this…" it would leave ", so this…".
      if (replacement !== '' || isWholeSentence(analysis, hit)) finding.replacement = replacement;
    }
    const suggestion = rule.suggestFor?.(hit, analysis);
    if (suggestion) finding.suggestion = suggestion;
    if (rule.standsWithParts) judgedWithParts.set(finding, rule.standsWithParts);
    findings.push(finding);
  }
  // Two rules can mark words at the same place; position alone orders the cues.
  analysis.cues.vagueRequest.sort((x, y) => x.start - y.start || x.end - y.end);

  const language = readRoles(
    model.parse(analysis.scan),
    analysis.bodyStart,
    analysis.bodyEnd,
    input.text,
  );
  detectComponents(analysis, findings, language);
  if (analysis.mode === 'voicemail' && !analysis.components.ask.present) {
    // A voicemail's ask is the way back it leaves, not a meeting request (rules/voicemail.ts).
    const callback = findCallback(analysis);
    if (callback) analysis.components.ask = { present: true, span: callback };
  }
  for (const [finding, stands] of judgedWithParts)
    if (!stands(finding, analysis)) findings.splice(findings.indexOf(finding), 1);
  // A habit that blocks only where a second, independent finding agrees (rules/policy.ts).
  corroborate(analysis, findings, 'phrases');
  const phraseFindings = findings.slice();
  for (const rule of structuralRules) {
    let severity = severityFor(rule, analysis);
    if (!severity) continue;
    const spans = rule
      .detect(analysis)
      .filter((span) => !rule.yieldsToPhrases || !flaggedAlready(phraseFindings, rule, span));
    if (spans.length === 0) continue;
    const blocks = severity === 'warn' && rule.blockWhen?.test(analysis, phraseFindings) === true;
    if (blocks) severity = 'block';
    const suggestion = rule.suggestFor?.(analysis) ?? null;
    for (const span of spans) {
      const finding = findingOf(rule, severity, span);
      if (suggestion) finding.suggestion = suggestion;
      if (blocks && rule.blockWhen) finding.blockedBecause = rule.blockWhen.because;
      findings.push(finding);
    }
  }

  corroborate(analysis, findings, 'all');

  const kept = withoutRedundant(findings.sort(byPosition), new Set(phraseFindings));
  const verdict = verdictOf(kept);
  const result: CheckResult = {
    mode: analysis.mode,
    verdict,
    score: scoreOf(kept, verdict),
    findings: kept,
    components: analysis.components,
    stats: statsOf(analysis),
    body: bodySpan(analysis),
  };
  if (analysis.subject) {
    result.subject = {
      field: analysis.subject.field,
      start: analysis.subject.start,
      end: analysis.subject.end,
    };
  }
  return result;
}

/** Blocks the findings whose category's policy (rules/policy.ts) reads `over` and holds. */
function corroborate(analysis: Analysis, findings: Finding[], over: 'phrases' | 'all'): void {
  const holds = new Map<string, boolean>();
  for (const finding of findings) {
    const policy = CORROBORATED_BLOCKS[finding.category];
    if (!policy || (policy.over ?? 'phrases') !== over || finding.severity !== 'warn') continue;
    let held = holds.get(finding.category);
    if (held === undefined) holds.set(finding.category, (held = policy.test(analysis, findings)));
    if (held) {
      finding.severity = 'block';
      finding.blockedBecause = policy.because;
    }
  }
}

/** A phrase finding of the rule's category already covers some of these words. */
function flaggedAlready(findings: readonly Finding[], rule: Rule, span: Span): boolean {
  for (const f of findings)
    if (
      f.category === rule.category &&
      f.field === span.field &&
      f.start < span.end &&
      span.start < f.end
    )
      return true;
  return false;
}

function isWholeSentence(a: Analysis, span: { start: number; end: number }): boolean {
  const sentence = a.sentences[sentenceAt(a, span.start)];
  return (
    sentence !== undefined &&
    a.scan.slice(sentence.start, span.start).trim() === '' &&
    /^[\s.!?,;:]*$/u.test(a.scan.slice(span.end, sentence.end))
  );
}

function severityFor(rule: Rule, analysis: Analysis): Severity | null {
  const severity = severityIn(rule, analysis.mode);
  if (severity && rule.relaxedBy && analysis.context[rule.relaxedBy]) return 'info';
  return severity;
}

function findingOf(rule: Rule, severity: Severity, span: Span): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity,
    field: span.field,
    start: span.start,
    end: span.end,
    message: rule.message,
    why: rule.why,
    suggestion: rule.suggestion,
  };
  if (rule.evidence) finding.evidence = { fact: rule.evidence.fact, source: rule.evidence.source };
  return finding;
}

/**
 * One problem, one finding: words that two phrase rules of one category match ("is this a bad
 * time to talk?") or that one rule matches twice are reported once, and a lesser phrase finding
 * inside a blocking phrase ("a few minutes" inside "do you have a few minutes?") goes away with
 * it, unless it is a habit of its own (HABITS_OF_THEIR_OWN). Whole-body findings (missing
 * components) never swallow anything.
 *
 * `sorted` is in position order, so one sweep decides: a finding overlaps an earlier one of the
 * same problem when it starts before the furthest end that problem has reached, and sits inside a
 * blocking phrase when it ends before the furthest end of the blocking phrases that start no
 * later. (Two nested loops did the same in time growing with the square of the findings, which a
 * long text full of One-Down phrases made seconds.)
 */
function withoutRedundant(
  sorted: readonly Finding[],
  phraseFindings: ReadonlySet<Finding>,
): Finding[] {
  const problemOf = (f: Finding): string =>
    phraseFindings.has(f) ? `phrase ${f.category}` : `rule ${f.ruleId}`;
  // A block that needs a second finding (blockedBecause) is about the whole opener, not its words:
  // it swallows nothing ("tell you about our solutions" keeps its self-focus finding).
  const blocking = sorted.filter(
    (f) =>
      f.severity === 'block' &&
      !f.category.startsWith('missing_') &&
      f.blockedBecause === undefined,
  );
  const reachedByProblem = new Map<string, number>();
  const kept: Finding[] = [];
  let field: Finding['field'] | null = null;
  let nextBlocking = 0;
  let blockingReach = -1;
  for (const finding of sorted) {
    if (finding.field !== field) {
      field = finding.field;
      reachedByProblem.clear();
      blockingReach = -1;
    }
    for (; nextBlocking < blocking.length; nextBlocking++) {
      const b = blocking[nextBlocking];
      if (!b || byField(b, finding) > 0 || (b.field === field && b.start > finding.start)) break;
      if (b.field === field) blockingReach = Math.max(blockingReach, b.end);
    }
    const problem = problemOf(finding);
    const reached = reachedByProblem.get(problem);
    if (reached !== undefined && finding.start < reached) continue;
    if (
      finding.severity !== 'block' &&
      finding.end <= blockingReach &&
      !HABITS_OF_THEIR_OWN.has(finding.category)
    )
      continue;
    kept.push(finding);
    reachedByProblem.set(problem, Math.max(reached ?? -1, finding.end));
  }
  return kept;
}

/**
 * Habits with a fix of their own that a blocking phrase around them does not fix: the "just" in
 * "do you have just a quick minute?", the "uh" in "This is Officer, uh, Dan Lewis…". They stay
 * beside the block.
 */
const HABITS_OF_THEIR_OWN: ReadonlySet<Finding['category']> = new Set([
  'hedging',
  'weak_value',
  'jargon',
]);

/** The subject's findings come before the body's. */
function byField(x: Finding, y: Finding): number {
  return x.field === y.field ? 0 : x.field === 'subject' ? -1 : 1;
}

/** Position order, the longer span first; the rule id settles ties, so the catalog order cannot. */
function byPosition(x: Finding, y: Finding): number {
  return (
    byField(x, y) ||
    x.start - y.start ||
    y.end - x.end ||
    (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0)
  );
}

function statsOf(a: Analysis): CheckStats {
  const words = a.wordCount;
  const sentences = a.sentences.length;
  let questions = 0;
  for (const sentence of a.sentences) if (sentence.question) questions++;
  const grade =
    words === 0
      ? 0
      : 0.39 * (words / Math.max(1, sentences)) + 11.8 * (a.syllables / words) - 15.59;
  return {
    words,
    seconds: Math.round((words / a.wpm) * 600) / 10,
    wpm: a.wpm,
    iWeOur: a.iWeOur,
    youYour: a.youYour,
    questions,
    sentences,
    readingGrade: Math.max(0, Math.round(grade * 10) / 10),
  };
}
