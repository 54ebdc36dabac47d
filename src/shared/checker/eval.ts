import { checkOpener } from './check';
import type { Category, CheckContext, CheckMode, Verdict } from './types';
import { CATEGORIES } from './types';

/**
 * Scores the checker against a labeled corpus (test/fixtures/openers.jsonl). Pure: the caller
 * reads the file. Used by `npm run eval:checker` and by the corpus-floor tests, so both report the
 * same numbers.
 */
export type OpenerLabel = 'one_down' | 'one_up' | 'mixed';

export interface LabeledOpener {
  id: string;
  text: string;
  mode?: CheckMode;
  subject?: string;
  context?: CheckContext;
  label: OpenerLabel;
  expectedVerdict: Verdict;
  /** Categories the opener should trigger, at any severity. */
  categories: Category[];
}

export interface CategoryScore {
  category: Category;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** 1 when the category was never predicted (nothing to be wrong about). */
  precision: number;
  /** 1 when the category was never expected. */
  recall: number;
  /** Corpus entries that expect the category. */
  support: number;
}

export interface OpenerOutcome {
  id: string;
  label: OpenerLabel;
  expectedVerdict: Verdict;
  verdict: Verdict;
  missed: Category[];
  unexpected: Category[];
  blockFindings: number;
}

export interface EvalReport {
  total: number;
  verdictAccuracy: number;
  categories: CategoryScore[];
  /** Block findings raised on openers labeled One-Up (the floor is zero). */
  oneUpBlocks: number;
  outcomes: OpenerOutcome[];
}

export function parseCorpus(jsonl: string): LabeledOpener[] {
  const entries: LabeledOpener[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const value: unknown = JSON.parse(line);
    if (!isLabeledOpener(value))
      throw new Error(`corpus line ${index + 1} is not a labeled opener`);
    entries.push(value);
  });
  return entries;
}

function isLabeledOpener(value: unknown): value is LabeledOpener {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.text === 'string' &&
    (v.label === 'one_down' || v.label === 'one_up' || v.label === 'mixed') &&
    (v.expectedVerdict === 'ready' ||
      v.expectedVerdict === 'needs_work' ||
      v.expectedVerdict === 'blocked') &&
    Array.isArray(v.categories) &&
    v.categories.every((c) => (CATEGORIES as readonly unknown[]).includes(c))
  );
}

export function evaluate(corpus: readonly LabeledOpener[]): EvalReport {
  const counts = new Map<Category, { tp: number; fp: number; fn: number; support: number }>();
  for (const category of CATEGORIES) counts.set(category, { tp: 0, fp: 0, fn: 0, support: 0 });
  let verdictHits = 0;
  let oneUpBlocks = 0;
  const outcomes: OpenerOutcome[] = [];

  for (const entry of corpus) {
    const input = {
      text: entry.text,
      ...(entry.mode ? { mode: entry.mode } : {}),
      ...(entry.subject !== undefined ? { subject: entry.subject } : {}),
      ...(entry.context ? { context: entry.context } : {}),
    };
    const result = checkOpener(input);
    const found = new Set(result.findings.map((f) => f.category));
    const expected = new Set(entry.categories);
    const blocks = result.findings.filter((f) => f.severity === 'block').length;
    if (result.verdict === entry.expectedVerdict) verdictHits++;
    if (entry.label === 'one_up') oneUpBlocks += blocks;
    for (const category of CATEGORIES) {
      const c = counts.get(category);
      if (!c) continue;
      if (expected.has(category)) c.support++;
      if (expected.has(category) && found.has(category)) c.tp++;
      else if (found.has(category)) c.fp++;
      else if (expected.has(category)) c.fn++;
    }
    outcomes.push({
      id: entry.id,
      label: entry.label,
      expectedVerdict: entry.expectedVerdict,
      verdict: result.verdict,
      missed: [...expected].filter((c) => !found.has(c)),
      unexpected: [...found].filter((c) => !expected.has(c)),
      blockFindings: blocks,
    });
  }

  return {
    total: corpus.length,
    verdictAccuracy: corpus.length === 0 ? 0 : verdictHits / corpus.length,
    oneUpBlocks,
    outcomes,
    categories: CATEGORIES.map((category) => {
      const c = counts.get(category) ?? { tp: 0, fp: 0, fn: 0, support: 0 };
      return {
        category,
        truePositives: c.tp,
        falsePositives: c.fp,
        falseNegatives: c.fn,
        precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
        recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
        support: c.support,
      };
    }),
  };
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** The report `npm run eval:checker` prints. */
export function formatEvalReport(report: EvalReport, verbose = false): string {
  const lines: string[] = [];
  lines.push(`openers: ${report.total}`);
  lines.push(`verdict accuracy: ${percent(report.verdictAccuracy)}`);
  lines.push(`block findings on One-Up openers: ${report.oneUpBlocks}`);
  lines.push('');
  lines.push(
    `${'category'.padEnd(18)}${'support'.padStart(8)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'FP'.padStart(5)}${'FN'.padStart(5)}`,
  );
  for (const c of report.categories) {
    lines.push(
      `${c.category.padEnd(18)}${String(c.support).padStart(8)}${percent(c.precision).padStart(11)}${percent(c.recall).padStart(9)}${String(c.falsePositives).padStart(5)}${String(c.falseNegatives).padStart(5)}`,
    );
  }
  const wrong = report.outcomes.filter(
    (o) => o.verdict !== o.expectedVerdict || o.missed.length > 0 || o.unexpected.length > 0,
  );
  if (verbose && wrong.length > 0) {
    lines.push('');
    lines.push('disagreements:');
    for (const o of wrong) {
      const parts = [`${o.id} (${o.label})`];
      if (o.verdict !== o.expectedVerdict)
        parts.push(`verdict ${o.verdict}, expected ${o.expectedVerdict}`);
      if (o.missed.length) parts.push(`missed ${o.missed.join(', ')}`);
      if (o.unexpected.length) parts.push(`unexpected ${o.unexpected.join(', ')}`);
      lines.push(`  ${parts.join('; ')}`);
    }
  }
  return lines.join('\n');
}
