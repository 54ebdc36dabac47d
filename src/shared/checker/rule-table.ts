import { checkOpener } from './index';
import type { EvalRow, OpenerLabel } from './eval';

/**
 * What each blocking rule costs and buys, over labelled sets with no context (as a rep pasting
 * into the CLI would check): how often it blocks a One-Up opener (a false block), a mixed one (a
 * block where the label rule asks for "needs work") and a One-Down one, and on how many One-Down
 * openers it is the only block (what the block buys: without it, that opener would not be
 * blocked). `npm run eval:checker -- --rules` prints it; the verdict policy is calibrated on it.
 */
export interface RuleBlockCount {
  ruleId: string;
  /** Rows where the rule blocked, by label. */
  blocks: Record<OpenerLabel, number>;
  /** One-Down rows where this rule was the only one that blocked. */
  onlyBlockOnOneDown: number;
  /** The One-Up and mixed rows it blocked, as `set:id`, for reading. */
  wrongBlocks: string[];
}

export interface RuleTable {
  /** Rows per label over every set measured. */
  rows: Record<OpenerLabel, number>;
  rules: RuleBlockCount[];
}

export interface TableSet {
  name: string;
  rows: readonly EvalRow[];
}

/** Runs the checker over every row of every set and counts the rules that blocked. */
export function ruleTable(sets: readonly TableSet[]): RuleTable {
  const rows: Record<OpenerLabel, number> = { one_up: 0, mixed: 0, one_down: 0 };
  const byRule = new Map<string, RuleBlockCount>();
  for (const set of sets) {
    for (const row of set.rows) {
      rows[row.label]++;
      const result = checkOpener({
        text: row.text,
        ...(row.mode ? { mode: row.mode } : {}),
        ...(row.subject !== undefined ? { subject: row.subject } : {}),
      });
      const blocking = new Set(
        result.findings.filter((f) => f.severity === 'block').map((f) => f.ruleId),
      );
      for (const ruleId of blocking) {
        let count = byRule.get(ruleId);
        if (!count) {
          count = {
            ruleId,
            blocks: { one_up: 0, mixed: 0, one_down: 0 },
            onlyBlockOnOneDown: 0,
            wrongBlocks: [],
          };
          byRule.set(ruleId, count);
        }
        count.blocks[row.label]++;
        if (row.label === 'one_down' && blocking.size === 1) count.onlyBlockOnOneDown++;
        if (row.label !== 'one_down')
          count.wrongBlocks.push(`${set.name}:${row.id}${row.label === 'mixed' ? '(mixed)' : ''}`);
      }
    }
  }
  const rules = [...byRule.values()].sort(
    (x, y) =>
      y.blocks.one_up - x.blocks.one_up ||
      y.onlyBlockOnOneDown - x.onlyBlockOnOneDown ||
      x.ruleId.localeCompare(y.ruleId),
  );
  return { rows, rules };
}

/**
 * Precision of a rule's blocks against the label rule: the share of its blocks that land on a
 * One-Down opener (mixed openers should need work, One-Up ones be ready).
 */
export function blockPrecision(count: RuleBlockCount): number | null {
  const all = count.blocks.one_up + count.blocks.mixed + count.blocks.one_down;
  return all === 0 ? null : count.blocks.one_down / all;
}

/** The table as text, one rule a line; `verbose` lists the One-Up and mixed rows each blocked. */
export function formatRuleTable(table: RuleTable, verbose = false): string {
  const header = ['rule', 'One-Up', 'mixed', 'One-Down', 'only block', 'precision'];
  const body = table.rules.map((r) => {
    const precision = blockPrecision(r);
    return [
      r.ruleId,
      String(r.blocks.one_up),
      String(r.blocks.mixed),
      String(r.blocks.one_down),
      String(r.onlyBlockOnOneDown),
      precision === null ? '—' : `${(precision * 100).toFixed(1)}%`,
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => r[c]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ');
  const out = [
    `rows: ${table.rows.one_up} One-Up, ${table.rows.mixed} mixed, ${table.rows.one_down} One-Down (no context)`,
    'columns: rows the rule blocked, by label; "only block" = One-Down rows no other rule blocked;',
    'precision = share of its blocks that land on One-Down rows',
    line(header),
    ...body.map(line),
  ];
  if (verbose)
    for (const r of table.rules)
      if (r.wrongBlocks.length > 0) out.push(`${r.ruleId}: ${r.wrongBlocks.join(' ')}`);
  return out.join('\n');
}
