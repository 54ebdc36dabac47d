import type { Analysis } from './analysis';
import { analyze, bodySpan } from './analysis';
import { STRUCTURAL_RULES } from './catalog';
import { detectComponents } from './components';
import { languageModel } from './language/model';
import { readRoles } from './language/roles';
import type { Rule } from './rule-types';
import { severityIn } from './rule-types';
import { scan } from './scanner';
import { scoreOf, verdictOf } from './score';
import type { CheckInput, CheckResult, CheckStats, Finding, Severity, Span } from './types';

/**
 * Checks an opener against the One-Up method. Pure and deterministic: the same input always gives
 * the same result, so the result stored at dial time is exactly what the rep saw.
 */
export function checkOpener(input: CheckInput): CheckResult {
  // Fails fast, before any work, when the language model is not loaded: a check without it would
  // be a different checker, and the verdict must be the same wherever the opener is checked.
  const model = languageModel();
  const analysis = analyze(input);
  const findings: Finding[] = [];

  for (const hit of scan(analysis)) {
    const { rule } = hit;
    if (rule.accept && !rule.accept(hit, analysis)) continue;
    if (rule.marks) analysis.cues[rule.marks].push({ start: hit.start, end: hit.end });
    const severity = severityFor(rule, analysis);
    if (!severity) continue;
    const finding = findingOf(rule, severity, { field: 'text', start: hit.start, end: hit.end });
    if (rule.replace) finding.replacement = rule.replace(input.text.slice(hit.start, hit.end));
    findings.push(finding);
  }
  // Rules that mark vague requests run in text order, so the list is nearly always sorted already;
  // sorting (a builtin call with a comparator closure) is only needed when it is not.
  const vague = analysis.cues.vagueRequest;
  if (vague.length > 1 && !startsAscending(vague)) vague.sort((x, y) => x.start - y.start);

  const language = readRoles(model.parse(analysis.scan), analysis.bodyStart, analysis.bodyEnd);
  detectComponents(analysis, findings, language);
  const phraseFindings = findings.slice();
  for (const rule of STRUCTURAL_RULES) {
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

  const kept = sortedByPosition(withoutRedundant(findings));
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
 * One problem, one finding: a rule matching overlapping words twice is reported once, and a lesser
 * phrase finding inside a blocking phrase ("a few minutes" inside "do you have a few minutes?")
 * goes away with it. Whole-body findings (missing components) never swallow anything.
 */
function withoutRedundant(findings: Finding[]): Finding[] {
  // Plain loops: this runs on every keystroke, and the closures of some() cost more than the
  // comparisons in them.
  const blocking: Finding[] = [];
  for (const f of findings)
    if (f.severity === 'block' && !f.category.startsWith('missing_')) blocking.push(f);
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (overlapsSameRule(kept, finding)) continue;
    if (finding.severity !== 'block' && insideAny(blocking, finding)) continue;
    kept.push(finding);
  }
  return kept;
}

function overlapsSameRule(kept: readonly Finding[], finding: Finding): boolean {
  for (const k of kept) {
    if (
      k.ruleId === finding.ruleId &&
      k.field === finding.field &&
      k.start < finding.end &&
      finding.start < k.end
    )
      return true;
  }
  return false;
}

function insideAny(blocking: readonly Finding[], finding: Finding): boolean {
  for (const b of blocking) {
    if (b.field === finding.field && b.start <= finding.start && finding.end <= b.end) return true;
  }
  return false;
}

function startsAscending(spans: readonly { start: number }[]): boolean {
  for (let i = 1; i < spans.length; i++)
    if ((spans[i - 1]?.start ?? 0) > (spans[i]?.start ?? 0)) return false;
  return true;
}

/**
 * Array.prototype.sort is stable, and so is this insertion sort, so both give the same order. The
 * phrase findings arrive in text order with a handful of whole-body findings after them, so on
 * an opener this takes a few comparisons, where the builtin's setup costs more than the sorting.
 * Long lists still go to the builtin, which stays O(n log n) whatever the order.
 */
const INSERTION_SORT_MAX = 64;
function sortedByPosition(findings: Finding[]): Finding[] {
  if (findings.length > INSERTION_SORT_MAX) return findings.sort(byPosition);
  for (let i = 1; i < findings.length; i++) {
    const current = findings[i];
    if (!current) continue;
    let j = i - 1;
    for (; j >= 0; j--) {
      const before = findings[j];
      if (!before || byPosition(before, current) <= 0) break;
      findings[j + 1] = before;
    }
    findings[j + 1] = current;
  }
  return findings;
}

function byPosition(x: Finding, y: Finding): number {
  if (x.field !== y.field) return x.field === 'subject' ? -1 : 1;
  return x.start - y.start || y.end - x.end;
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
