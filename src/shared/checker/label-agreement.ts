import { checkOpener } from './check';
import type { CheckContext, CheckMode, Verdict } from './types';
import { CHECK_MODES } from './types';
import type { OpenerLabel } from './eval';

/**
 * How far the checker's verdicts follow the written labelling rule (shared/OPENER-LABELS.md):
 * a One-Down opener is blocked, a mixed one is not ready, a One-Up one is never blocked. Only the
 * label is needed, so the same measure applies to the dev corpus and to the blind test set, which
 * was labelled by someone who never saw the checker's rules and carries no categories.
 */
export interface LabelledText {
  id: string;
  text: string;
  mode?: CheckMode;
  context?: CheckContext;
  label: OpenerLabel;
}

export interface LabelAgreement {
  label: OpenerLabel;
  total: number;
  /** Verdicts that follow the rule for this label. */
  agreeing: number;
  byVerdict: Record<Verdict, number>;
  /** Openers whose verdict breaks the rule, for a verbose report. */
  disagreeing: { id: string; verdict: Verdict }[];
}

export interface AgreementReport {
  total: number;
  agreeing: number;
  labels: LabelAgreement[];
}

const LABELS: readonly OpenerLabel[] = ['one_up', 'mixed', 'one_down'];

/** The rule of OPENER-LABELS.md for what the checker may say about an opener with `label`. */
export function verdictFollowsLabel(label: OpenerLabel, verdict: Verdict): boolean {
  switch (label) {
    case 'one_up':
      return verdict !== 'blocked';
    case 'mixed':
      return verdict !== 'ready';
    case 'one_down':
      return verdict === 'blocked';
  }
}

/** Reads a JSON-lines file of labelled openers; names the first line that is not one. */
export function parseLabelledTexts(jsonl: string): LabelledText[] {
  const entries: LabelledText[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const value = JSON.parse(line) as Partial<LabelledText> | null;
    if (
      !value ||
      typeof value.id !== 'string' ||
      typeof value.text !== 'string' ||
      !LABELS.includes(value.label as OpenerLabel) ||
      (value.mode !== undefined && !CHECK_MODES.includes(value.mode))
    )
      throw new Error(`line ${index + 1} is not a labelled opener (id, text, label, mode?)`);
    entries.push(value as LabelledText);
  });
  return entries;
}

export function labelAgreement(openers: readonly LabelledText[]): AgreementReport {
  const labels = LABELS.map((label): LabelAgreement => ({
    label,
    total: 0,
    agreeing: 0,
    byVerdict: { ready: 0, needs_work: 0, blocked: 0 },
    disagreeing: [],
  }));
  for (const opener of openers) {
    const { verdict } = checkOpener({
      text: opener.text,
      ...(opener.mode ? { mode: opener.mode } : {}),
      ...(opener.context ? { context: opener.context } : {}),
    });
    const row = labels[LABELS.indexOf(opener.label)]!;
    row.total++;
    row.byVerdict[verdict]++;
    if (verdictFollowsLabel(opener.label, verdict)) row.agreeing++;
    else row.disagreeing.push({ id: opener.id, verdict });
  }
  return {
    total: openers.length,
    agreeing: labels.reduce((sum, row) => sum + row.agreeing, 0),
    labels,
  };
}

const share = (part: number, whole: number): string =>
  whole === 0 ? '—' : `${part}/${whole} (${((part / whole) * 100).toFixed(0)}%)`;

const RULE: Record<OpenerLabel, string> = {
  one_up: 'never blocked',
  mixed: 'not ready',
  one_down: 'blocked',
};

/** Two (or more) sets side by side, one row per label, with the verdicts each label got. */
export function formatAgreement(
  sets: { name: string; report: AgreementReport }[],
  verbose = false,
): string {
  const lines: string[] = [];
  const head = `${'label (rule)'.padEnd(26)}${sets.map((s) => s.name.padStart(30)).join('')}`;
  lines.push(head);
  for (const label of LABELS) {
    const cells = sets.map(({ report }) => {
      const row = report.labels.find((r) => r.label === label)!;
      const verdicts = `r${row.byVerdict.ready} n${row.byVerdict.needs_work} b${row.byVerdict.blocked}`;
      return `${share(row.agreeing, row.total)} ${verdicts}`.padStart(30);
    });
    lines.push(`${`${label} (${RULE[label]})`.padEnd(26)}${cells.join('')}`);
  }
  lines.push(
    `${'all'.padEnd(26)}${sets.map(({ report }) => share(report.agreeing, report.total).padStart(30)).join('')}`,
  );
  lines.push('(r/n/b: how many got ready / needs work / blocked)');
  if (verbose) {
    for (const { name, report } of sets) {
      const wrong = report.labels.flatMap((row) =>
        row.disagreeing.map((d) => `  ${d.id} (${row.label}): ${d.verdict}`),
      );
      if (wrong.length) lines.push('', `${name}, verdicts against the rule:`, ...wrong);
    }
  }
  return lines.join('\n');
}

/** Verdict counts per label: rows are what the set says, columns what the checker said. */
export type ConfusionMatrix = Record<OpenerLabel, Record<Verdict, number>>;

export function confusionMatrix(
  rows: readonly { label: OpenerLabel; verdict: Verdict }[],
): ConfusionMatrix {
  const matrix = Object.fromEntries(
    LABELS.map((label) => [label, { blocked: 0, needs_work: 0, ready: 0 }]),
  ) as ConfusionMatrix;
  for (const { label, verdict } of rows) matrix[label][verdict]++;
  return matrix;
}

/** A share with its counts; `value` is null when there is nothing to divide by. */
export interface Rate {
  value: number | null;
  part: number;
  whole: number;
}

export const rate = (part: number, whole: number): Rate => ({
  value: whole === 0 ? null : part / whole,
  part,
  whole,
});

/**
 * The three rates the rule asks for, one per label, and their mean. The mean is balanced accuracy:
 * every label weighs the same whatever its share of the set, so a checker that blocks everything
 * cannot look good on a set that is mostly One-Down. A label with no rows is left out of the mean.
 */
export interface LabelRates {
  oneUpNotBlocked: Rate;
  oneDownBlocked: Rate;
  mixedNotReady: Rate;
  balancedAccuracy: number | null;
}

export function labelRates(matrix: ConfusionMatrix): LabelRates {
  const total = (label: OpenerLabel): number =>
    matrix[label].blocked + matrix[label].needs_work + matrix[label].ready;
  const oneUpNotBlocked = rate(total('one_up') - matrix.one_up.blocked, total('one_up'));
  const oneDownBlocked = rate(matrix.one_down.blocked, total('one_down'));
  const mixedNotReady = rate(total('mixed') - matrix.mixed.ready, total('mixed'));
  const known = [oneUpNotBlocked, oneDownBlocked, mixedNotReady]
    .map((r) => r.value)
    .filter((v): v is number => v !== null);
  return {
    oneUpNotBlocked,
    oneDownBlocked,
    mixedNotReady,
    balancedAccuracy: known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length,
  };
}

/** The rates a checker that always says `verdict` would get on the same rows: the baseline. */
export function constantVerdictRates(
  rows: readonly { label: OpenerLabel }[],
  verdict: Verdict,
): LabelRates {
  return labelRates(confusionMatrix(rows.map(({ label }) => ({ label, verdict }))));
}
