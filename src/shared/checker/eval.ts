import { z } from 'zod';
import { checkOpener } from './index';
import type { Category, CheckContext, CheckMode, ComponentName, Verdict } from './types';
import { CATEGORIES, CHECK_MODES, COMPONENT_NAMES } from './types';
import {
  confusionMatrix,
  constantVerdictRates,
  labelRates,
  rate,
  type ConfusionMatrix,
  type LabelRates,
  type Rate,
} from './label-agreement';

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

// ---------------------------------------------------------------------------------------------
// The honest evaluation (`npm run eval:checker`): the label rule's three rates and their mean
// beside the always-block and always-ready baselines, the confusion matrix, precision and recall
// per bad-habit category and per opener part, each beside its target. Works on any set labelled
// by shared/OPENER-LABELS.md: the dev corpus (which carries checker categories) and the blind set
// (which carries the rule's problem tags). Scoring is pure; only `runChecker` calls the checker.
// ---------------------------------------------------------------------------------------------

/** The problem tags of OPENER-LABELS.md. */
export const PROBLEM_TAGS = [
  'asks_permission_or_time',
  'deception_or_obfuscation',
  'about_our_company',
  'weak_value',
  'no_identity',
  'no_reason',
  'no_benefit',
  'no_meeting_ask',
  'hedging_or_apology',
  'too_long',
  'jargon',
] as const;
export type ProblemTag = (typeof PROBLEM_TAGS)[number];

/**
 * The one table from the rule's tags to the checker's categories and opener parts. A tag that
 * names a missing part maps to that part: the part counts as present exactly when the tag is
 * absent (`no_identity` absent ⇒ identity present).
 */
export const TAG_MAP: Record<
  ProblemTag,
  { categories: readonly Category[]; component?: ComponentName }
> = {
  asks_permission_or_time: { categories: ['permission'] },
  deception_or_obfuscation: { categories: ['deception'] },
  about_our_company: { categories: ['self_focus'] },
  weak_value: { categories: ['weak_value'] },
  hedging_or_apology: { categories: ['hedging'] },
  jargon: { categories: ['jargon'] },
  too_long: { categories: ['length'] },
  no_identity: { categories: ['missing_identity'], component: 'identity' },
  no_reason: { categories: ['missing_reason'], component: 'reason' },
  no_benefit: { categories: ['missing_benefit'], component: 'benefit' },
  // The rule counts a vague ask ("sometime", "whenever works") as no ask; the checker splits it.
  no_meeting_ask: { categories: ['missing_ask', 'vague_ask'], component: 'ask' },
};

/** Checker categories that no tag of the rule corresponds to, and why. */
export const UNTAGGED_CATEGORIES: Partial<Record<Category, string>> = {
  missing_insight:
    'the rule folds the insight into no_benefit ("no outcome or insight"), so a set tagged by the rule does not say whether the insight part is present',
  email: 'the rule has no tag for email form (subject line, length of an email)',
  placeholder:
    'the rule reads a template slot as filled; the checker holds it at needs work and Dial refuses it, because a rep would read it out as it stands',
  style:
    'writing advice (such as more I/we than you) that the rule does not tag: its about_our_company tag asks what a sentence describes, not how pronouns are counted',
};

/** The bad-habit categories with a precision/recall target; `length` is reported without one. */
export const HABIT_CATEGORIES = [
  'permission',
  'deception',
  'self_focus',
  'weak_value',
  'hedging',
  'jargon',
] as const satisfies readonly Category[];
const REPORTED_HABITS: readonly Category[] = [...HABIT_CATEGORIES, 'length'];

/** Targets on the blind set with no context (the issue's figures). */
export const EVAL_TARGETS = {
  oneUpNotBlocked: 0.95,
  oneDownBlocked: 0.9,
  mixedNotReady: 0.85,
  habitRecall: 0.8,
  habitPrecision: 0.9,
  componentPrecision: 0.9,
  componentRecall: 0.9,
} as const;

const contextSchema = z.object({
  repName: z.string().optional(),
  repCompany: z.string().optional(),
  prospectName: z.string().optional(),
  prospectCompany: z.string().optional(),
  prospectTitle: z.string().optional(),
  insights: z.array(z.object({ headline: z.string(), detail: z.string().optional() })).optional(),
  priorContact: z.boolean().optional(),
  referralOnRecord: z.boolean().optional(),
  transactional: z.boolean().optional(),
  wpm: z.number().positive().optional(),
});

const evalRowSchema = z
  .object({
    id: z.string().min(1),
    text: z.string(),
    mode: z.enum(CHECK_MODES).optional(),
    subject: z.string().optional(),
    context: contextSchema.optional(),
    label: z.enum(['one_up', 'mixed', 'one_down']),
    tags: z.array(z.enum(PROBLEM_TAGS)).optional(),
    categories: z.array(z.enum(CATEGORIES)).optional(),
  })
  .refine((row) => row.tags !== undefined || row.categories !== undefined, {
    message: 'needs "tags" (the rule\'s problem tags) or "categories" (checker categories)',
  });

/** One labelled opener of either set. */
export type EvalRow = z.infer<typeof evalRowSchema>;

/** Reads a JSON-lines set; the error names the first bad line and what is wrong with it. */
export function parseEvalSet(jsonl: string): EvalRow[] {
  const rows: EvalRow[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`line ${index + 1} is not JSON`);
    }
    const parsed = evalRowSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `line ${index + 1} is not a labelled opener: ${issue?.path.join('.') || 'row'} ${issue?.message ?? ''}`.trim(),
      );
    }
    rows.push(parsed.data);
  });
  return rows;
}

/** What the set says should be found: bad-habit categories and which parts are present. */
export interface Expectation {
  habits: ReadonlySet<Category>;
  /** Parts the set speaks for; a part it cannot speak for is absent from the record. */
  parts: Partial<Record<ComponentName, boolean>>;
}

/**
 * From tags (the rule): each tag through TAG_MAP; a part is present when its `no_…` tag is absent;
 * the insight part is unknown. From checker categories (the dev corpus): the categories as they
 * are; a part is present when its `missing_…` category is absent, the ask also when there is no
 * `vague_ask` (the rule's reading), and the insight is unknown where the context says the sale is
 * transactional (the corpus then expects no `missing_insight` whatever the text says).
 */
export function expectationOf(row: EvalRow): Expectation {
  if (row.tags !== undefined) {
    const tags = new Set(row.tags);
    const parts: Partial<Record<ComponentName, boolean>> = {};
    for (const tag of PROBLEM_TAGS) {
      const part = TAG_MAP[tag].component;
      if (part) parts[part] = !tags.has(tag);
    }
    return { habits: new Set(row.tags.flatMap((tag) => TAG_MAP[tag].categories)), parts };
  }
  const categories = new Set(row.categories);
  const parts: Partial<Record<ComponentName, boolean>> = {
    identity: !categories.has('missing_identity'),
    reason: !categories.has('missing_reason'),
    benefit: !categories.has('missing_benefit'),
    ask: !categories.has('missing_ask') && !categories.has('vague_ask'),
  };
  if (!row.context?.transactional) parts.insight = !categories.has('missing_insight');
  return { habits: categories, parts };
}

/** What the checker said about one row. */
export interface CheckerOutcome {
  id: string;
  label: OpenerLabel;
  verdict: Verdict;
  /** Categories of every finding, at any severity. */
  found: Category[];
  parts: Record<ComponentName, boolean>;
}

/** Runs the checker over a set, with the set's context or with text, subject and mode only. */
export function runChecker(rows: readonly EvalRow[], withContext: boolean): CheckerOutcome[] {
  return rows.map((row) => {
    const result = checkOpener({
      text: row.text,
      ...(row.mode ? { mode: row.mode } : {}),
      ...(row.subject !== undefined ? { subject: row.subject } : {}),
      ...(withContext && row.context ? { context: row.context } : {}),
    });
    return {
      id: row.id,
      label: row.label,
      verdict: result.verdict,
      found: [...new Set(result.findings.map((f) => f.category))],
      parts: Object.fromEntries(
        COMPONENT_NAMES.map((name) => [name, result.components[name].present]),
      ) as Record<ComponentName, boolean>,
    };
  });
}

/** Precision and recall of one yes/no detection; null where nothing was predicted or expected. */
export interface Detection {
  name: string;
  /** Rows the set speaks for. */
  rows: number;
  /** Rows where the set says yes. */
  support: number;
  /** Rows where the checker says yes. */
  predicted: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
}

export function detection(
  name: string,
  pairs: readonly { expected: boolean; predicted: boolean }[],
): Detection {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { expected, predicted } of pairs) {
    if (expected && predicted) tp++;
    else if (predicted) fp++;
    else if (expected) fn++;
  }
  return {
    name,
    rows: pairs.length,
    support: tp + fn,
    predicted: tp + fp,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
  };
}

export interface SetScore {
  rows: number;
  matrix: ConfusionMatrix;
  rates: LabelRates;
  alwaysBlock: LabelRates;
  alwaysReady: LabelRates;
  /**
   * One-Up not blocked, split by whether the checker found an unfilled template slot. The label
   * rule counts a slot as given (`-- {{Your Name}}` is an identity, "(legitimate business reason)"
   * a reason); the checker holds such an opener at "needs work" and Dial refuses it, so a block on
   * a slot row comes from another finding. The split shows how much of a set's gap is templates.
   */
  oneUpNotBlockedBySlot: { withSlot: Rate; withoutSlot: Rate };
  habits: Detection[];
  parts: Detection[];
}

function oneUpBySlot(outcomes: readonly CheckerOutcome[]): SetScore['oneUpNotBlockedBySlot'] {
  const oneUp = outcomes.filter((outcome) => outcome.label === 'one_up');
  const notBlocked = (rows: readonly CheckerOutcome[]): Rate =>
    rate(rows.filter((row) => row.verdict !== 'blocked').length, rows.length);
  return {
    withSlot: notBlocked(oneUp.filter((row) => row.found.includes('placeholder'))),
    withoutSlot: notBlocked(oneUp.filter((row) => !row.found.includes('placeholder'))),
  };
}

/** Scores the checker's outcomes against the set's expectations, row by row in the same order. */
export function scoreSet(
  expectations: readonly Expectation[],
  outcomes: readonly CheckerOutcome[],
): SetScore {
  if (expectations.length !== outcomes.length)
    throw new Error(`${expectations.length} expectations for ${outcomes.length} outcomes`);
  const matrix = confusionMatrix(outcomes);
  const habits = REPORTED_HABITS.map((category) =>
    detection(
      category,
      outcomes.map((outcome, i) => ({
        expected: expectations[i]!.habits.has(category),
        predicted: outcome.found.includes(category),
      })),
    ),
  );
  const parts = COMPONENT_NAMES.map((part) =>
    detection(
      part,
      outcomes.flatMap((outcome, i) => {
        const expected = expectations[i]!.parts[part];
        return expected === undefined ? [] : [{ expected, predicted: outcome.parts[part] }];
      }),
    ),
  );
  return {
    rows: outcomes.length,
    matrix,
    rates: labelRates(matrix),
    alwaysBlock: constantVerdictRates(outcomes, 'blocked'),
    alwaysReady: constantVerdictRates(outcomes, 'ready'),
    oneUpNotBlockedBySlot: oneUpBySlot(outcomes),
    habits,
    parts,
  };
}

export type TargetResult = 'PASS' | 'FAIL' | 'n/a';

/** PASS when the figure reaches its floor; n/a when the set gives nothing to measure it on. */
export function judge(value: number | null, floor: number): TargetResult {
  if (value === null) return 'n/a';
  return value >= floor ? 'PASS' : 'FAIL';
}

export interface TargetCheck {
  figure: string;
  value: number | null;
  floor: number;
  result: TargetResult;
}

/** Every figure that has a target, judged against it. */
export function targetChecks(score: SetScore): TargetCheck[] {
  const check = (figure: string, value: number | null, floor: number): TargetCheck => ({
    figure,
    value,
    floor,
    result: judge(value, floor),
  });
  const checks = [
    check('One-Up not blocked', score.rates.oneUpNotBlocked.value, EVAL_TARGETS.oneUpNotBlocked),
    check('One-Down blocked', score.rates.oneDownBlocked.value, EVAL_TARGETS.oneDownBlocked),
    check('mixed not ready', score.rates.mixedNotReady.value, EVAL_TARGETS.mixedNotReady),
  ];
  for (const habit of score.habits) {
    if (!(HABIT_CATEGORIES as readonly string[]).includes(habit.name)) continue;
    checks.push(check(`${habit.name} precision`, habit.precision, EVAL_TARGETS.habitPrecision));
    checks.push(check(`${habit.name} recall`, habit.recall, EVAL_TARGETS.habitRecall));
  }
  for (const part of score.parts) {
    checks.push(check(`${part.name} precision`, part.precision, EVAL_TARGETS.componentPrecision));
    checks.push(check(`${part.name} recall`, part.recall, EVAL_TARGETS.componentRecall));
  }
  return checks;
}

export interface NamedSet {
  name: string;
  path: string;
  /** sha-256 of the file, so a report says exactly which version of a set it measured. */
  sha256: string;
  rows: readonly EvalRow[];
}

export interface HonestEvaluation {
  sets: { name: string; path: string; sha256: string; rows: number }[];
  runs: {
    context: 'none' | 'set';
    scores: { set: string; score: SetScore; targets: TargetCheck[] }[];
  }[];
}

/** Both sets, without and with the set's context. */
export function evaluateSets(sets: readonly NamedSet[]): HonestEvaluation {
  const expectations = sets.map((set) => set.rows.map(expectationOf));
  return {
    sets: sets.map(({ name, path, sha256, rows }) => ({ name, path, sha256, rows: rows.length })),
    runs: (['none', 'set'] as const).map((context) => ({
      context,
      scores: sets.map((set, i) => {
        const score = scoreSet(expectations[i]!, runChecker(set.rows, context === 'set'));
        return { set: set.name, score, targets: targetChecks(score) };
      }),
    })),
  };
}

const pct = (value: number | null): string =>
  value === null ? '—' : `${(value * 100).toFixed(1)}%`;
const rateCell = (r: Rate): string => `${pct(r.value)} (${r.part}/${r.whole})`;

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** The report `npm run eval:checker` prints: every figure beside its target, sets side by side. */
export function formatHonestEvaluation(evaluation: HonestEvaluation): string {
  const out: string[] = [];
  for (const set of evaluation.sets)
    out.push(`${set.name}: ${set.path} — ${set.rows} openers, sha-256 ${set.sha256.slice(0, 16)}…`);
  out.push(
    'Targets are for the blind set with no context; every set is judged against them for comparison.',
    'PASS/FAIL = the figure against its target; n/a = the set gives nothing to measure it on.',
  );
  for (const run of evaluation.runs) {
    const names = run.scores.map((s) => s.set);
    out.push(
      '',
      run.context === 'none'
        ? '=== no context: text, subject and mode only ==='
        : "=== with context: the set's `context` field as plan context ===",
      '',
    );
    const judged = (value: number | null, floor: number, cell: string): string =>
      `${cell} ${judge(value, floor)}`;
    const rateRows: [string, keyof Omit<LabelRates, 'balancedAccuracy'>, number][] = [
      ['One-Up not blocked', 'oneUpNotBlocked', EVAL_TARGETS.oneUpNotBlocked],
      ['One-Down blocked', 'oneDownBlocked', EVAL_TARGETS.oneDownBlocked],
      ['mixed not ready', 'mixedNotReady', EVAL_TARGETS.mixedNotReady],
    ];
    out.push(
      textTable(
        [
          'verdicts by label rule',
          'target',
          ...names,
          ...names.map((n) => `always-block ${n}`),
          ...names.map((n) => `always-ready ${n}`),
        ],
        [
          ...rateRows.map(([title, key, floor]) => [
            title,
            `≥ ${pct(floor)}`,
            ...run.scores.map(({ score }) =>
              judged(score.rates[key].value, floor, rateCell(score.rates[key])),
            ),
            ...run.scores.map(({ score }) => pct(score.alwaysBlock[key].value)),
            ...run.scores.map(({ score }) => pct(score.alwaysReady[key].value)),
          ]),
          [
            '  One-Up with no unfilled slot',
            '—',
            ...run.scores.map(({ score }) => rateCell(score.oneUpNotBlockedBySlot.withoutSlot)),
            ...names.flatMap(() => ['', '']),
          ],
          [
            '  One-Up with an unfilled slot',
            '—',
            ...run.scores.map(({ score }) => rateCell(score.oneUpNotBlockedBySlot.withSlot)),
            ...names.flatMap(() => ['', '']),
          ],
          [
            'balanced accuracy (mean)',
            '—',
            ...run.scores.map(({ score }) => pct(score.rates.balancedAccuracy)),
            ...run.scores.map(({ score }) => pct(score.alwaysBlock.balancedAccuracy)),
            ...run.scores.map(({ score }) => pct(score.alwaysReady.balancedAccuracy)),
          ],
        ],
      ),
      '',
      'confusion matrix (rows: label; columns: verdict blocked / needs work / ready)',
      textTable(
        ['label', ...names.flatMap((n) => [`${n} blocked`, 'needs work', 'ready'])],
        (['one_up', 'mixed', 'one_down'] as const).map((label) => [
          label,
          ...run.scores.flatMap(({ score }) => [
            String(score.matrix[label].blocked),
            String(score.matrix[label].needs_work),
            String(score.matrix[label].ready),
          ]),
        ]),
      ),
      '',
      `bad-habit categories: precision (target ≥ ${pct(EVAL_TARGETS.habitPrecision)}) and recall (target ≥ ${pct(EVAL_TARGETS.habitRecall)}); findings at any severity; tag → category in TAG_MAP`,
      detectionTable(run.scores, 'category', (name) =>
        (HABIT_CATEGORIES as readonly string[]).includes(name)
          ? [EVAL_TARGETS.habitPrecision, EVAL_TARGETS.habitRecall]
          : null,
      ),
      '',
      `opener parts found (components.present): precision and recall of "present" (targets ≥ ${pct(EVAL_TARGETS.componentPrecision)}); n = rows the set speaks for`,
      detectionTable(run.scores, 'part', () => [
        EVAL_TARGETS.componentPrecision,
        EVAL_TARGETS.componentRecall,
      ]),
    );
  }
  out.push(
    '',
    'Expected parts: a tagged set (the rule) has the part when its no_… tag is absent, a categorised',
    'set when its missing_… category is absent (the ask also needs no vague_ask); the rule has no',
    'insight tag, so insight is n/a on a tagged set. Baselines: a checker that always blocks / is',
    'always ready, on the same rows.',
    '',
    'Tag → category (TAG_MAP): ' +
      PROBLEM_TAGS.map((tag) => `${tag} → ${TAG_MAP[tag].categories.join(' + ')}`).join('; ') +
      '.',
    'Categories with no tag: ' +
      Object.entries(UNTAGGED_CATEGORIES)
        .map(([category, why]) => `${category} (${why})`)
        .join('; ') +
      '.',
  );
  return out.join('\n');
}

function detectionTable(
  scores: readonly { set: string; score: SetScore }[],
  title: string,
  targets: (name: string) => readonly [number, number] | null,
): string {
  const names = scores[0]?.score[title === 'part' ? 'parts' : 'habits'].map((d) => d.name) ?? [];
  const pick = (score: SetScore, name: string): Detection | undefined =>
    score[title === 'part' ? 'parts' : 'habits'].find((d) => d.name === name);
  return textTable(
    [title, ...scores.flatMap(({ set }) => [`${set} precision`, 'recall', 'n (yes)'])],
    names.map((name) => {
      const floors = targets(name);
      return [
        floors ? name : `${name} (no target)`,
        ...scores.flatMap(({ score }) => {
          const d = pick(score, name);
          if (!d) return ['—', '—', '—'];
          const cell = (value: number | null, floor: number | undefined): string =>
            floor === undefined ? pct(value) : `${pct(value)} ${judge(value, floor)}`;
          return [
            cell(d.precision, floors?.[0]),
            cell(d.recall, floors?.[1]),
            `${d.rows} (${d.support})`,
          ];
        }),
      ];
    }),
  );
}
