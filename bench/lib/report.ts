import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import Database from 'better-sqlite3';
import { chromiumPath } from '../../test/e2e/browser';
import { table } from './timing';
import { peakLoad, targetVerdict, type LoadSpan } from './verdict';

/**
 * The reporting layer every bench section goes through: the machine, the 1-minute load average
 * before and after each section and the whole run, and one verdict per target. A figure measured
 * while the load average exceeded the core count was measured on a machine that was also doing
 * something else, so its target is reported UNRELIABLE — never met — whatever the figure says.
 */

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  sqlite: string;
  /** Only when a section that drives Chromium is run. */
  chromium?: string;
}

export function machine(withChromium: boolean): Machine {
  const processors = cpus();
  const memory = new Database(':memory:');
  const { version } = memory.prepare('SELECT sqlite_version() AS version').get() as {
    version: string;
  };
  memory.close();
  const facts: Machine = {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    ramGiB: totalmem() / 2 ** 30,
    node: `${process.version} (${process.platform}/${process.arch})`,
    sqlite: `${version} (better-sqlite3)`,
  };
  if (withChromium) {
    const path = chromiumPath();
    const printed = path
      ? spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.trim()
      : undefined;
    facts.chromium = printed || path || 'Playwright-managed Chromium';
  }
  return facts;
}

export function formatMachine(m: Machine): string[] {
  return [
    `CPU:      ${m.cpu} (${m.cores} cores)`,
    `RAM:      ${m.ramGiB.toFixed(1)} GiB`,
    `Node:     ${m.node}`,
    `SQLite:   ${m.sqlite}`,
    ...(m.chromium ? [`Chromium: ${m.chromium}`] : []),
  ];
}

/** The 1-minute load average now. */
export const loadNow = (): number => loadavg()[0] ?? 0;

/** One target as a section reports it: the figure and its floor from the same run. */
export interface Target {
  /** What is measured, e.g. "checker, 150-word opener: p99". */
  what: string;
  /** The figure as measured, with its unit. */
  figure: string;
  /** The reference measured in the same run ("—" where the section has none). */
  floor: string;
  /** The target as the issue states it, e.g. "≤ 2 ms". */
  target: string;
  met: boolean;
}

export interface JudgedTarget extends Target {
  section: string;
  verdict: string;
}

/** What a section gets: a place to report each target it measured. */
export interface TargetSink {
  target(t: Target): void;
}

export interface BenchSection {
  name: string;
  /** One line for `--help`. */
  about: string;
  /** Drives Chromium (its version then goes in the machine lines). */
  chromium?: boolean;
  run(targets: TargetSink): Promise<void>;
}

const fmtLoad = (x: number): string => x.toFixed(2);

export function judgedTable(rows: readonly JudgedTarget[], withSection: boolean): string {
  return table(
    [
      ...(withSection ? ['section'] : []),
      'target',
      'figure',
      'floor (same run)',
      'goal',
      'verdict',
    ],
    rows.map((r) => [
      ...(withSection ? [r.section] : []),
      r.what,
      r.figure,
      r.floor,
      r.target,
      r.verdict,
    ]),
    withSection ? 2 : 1,
  );
}

/** Runs the sections in order, each between two load readings, then the summary of all targets. */
export async function runSections(sections: readonly BenchSection[]): Promise<JudgedTarget[]> {
  const facts = machine(sections.some((s) => s.chromium));
  const cores = facts.cores;
  console.log(formatMachine(facts).join('\n'));
  const overall: LoadSpan = { before: loadNow(), after: 0 };
  console.log(`Load:     ${fmtLoad(overall.before)} (1 min) at the start; ${cores} cores`);
  const started = performance.now();
  const all: JudgedTarget[] = [];
  for (const section of sections) {
    const before = loadNow();
    console.log(`\n=== ${section.name}: load average ${fmtLoad(before)} before ===\n`);
    const reported: Target[] = [];
    await section.run({ target: (t) => reported.push(t) });
    const load = { before, after: loadNow() };
    const judged = reported.map((t) => ({
      ...t,
      section: section.name,
      verdict: targetVerdict(t.met, load, cores),
    }));
    all.push(...judged);
    console.log(
      `\n${section.name}: load average ${fmtLoad(load.before)} before, ${fmtLoad(load.after)} after (${cores} cores)${peakLoad(load) > cores ? ' — WARNING: above the core count, no target of this section can be reported met' : ''}`,
    );
    if (judged.length) console.log(judgedTable(judged, false));
  }
  overall.after = loadNow();
  console.log(
    `\n=== summary: ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${fmtLoad(overall.before)} at the start, ${fmtLoad(overall.after)} at the end (${cores} cores) ===\n`,
  );
  if (all.length) console.log(judgedTable(all, true));
  const count = (v: string) => all.filter((t) => t.verdict.startsWith(v)).length;
  console.log(
    `\n${count('met')} met, ${count('NOT met')} NOT met, ${count('UNRELIABLE')} UNRELIABLE (measured with the load average above the core count: rerun on a quiet machine).`,
  );
  return all;
}
