/**
 * `npm run eval:checker [-- --json] [-- --verbose] [-- --corpus path] [-- --<set> path]
 * [-- --blind path] [-- --rules [--write]]`: how far the opener checker follows the labelling rule
 * (shared/OPENER-LABELS.md), on the dev sets and the blind test set side by side, without and
 * with plan context.
 *
 * The dev sets are the corpus the first cues were written from (test/fixtures/openers.jsonl) and
 * every tagged set in test/fixtures named `openers-dev-<set>.jsonl`, in the order they were
 * collected (external, real, fresh, quoted, quoted2, …). Each has a `.md` beside it that says who
 * collected it, when, what it holds and what it scored the first time it was measured. `--<set>
 * path` reads that set from another file (`--quoted72 /tmp/q72.jsonl`); a new file in
 * test/fixtures joins the dev sets as it is. The blind set was collected and labelled by someone
 * who never saw the checker's rules; it is reported, never tuned on.
 *
 * For each set: the three per-label rates and their mean beside the always-block / always-ready
 * baselines, the confusion matrix, and precision and recall per bad-habit category and per opener
 * part, each beside its target. `--rules` prints instead, over the dev sets with no context, how
 * often each rule blocks an opener of each label and how often it is a One-Down opener's only
 * block (rule-table.ts); with `--verbose`, the One-Up and mixed ids each rule blocked; with
 * `--write`, the counts into src/shared/checker/calibration.ts, which the rules docs print beside
 * the verdict policy. `--verbose` adds the dev corpus against its own expected verdicts and the
 * ids that disagree.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  evaluate,
  evaluateSets,
  formatEvalReport,
  formatHonestEvaluation,
  parseCorpus,
  parseEvalSet,
  PROBLEM_TAGS,
  type NamedSet,
} from '../src/shared/checker/eval';
import { formatAgreement, labelAgreement } from '../src/shared/checker/label-agreement';
import {
  calibrationModule,
  calibrationOf,
  formatRuleTable,
  ruleTable,
} from '../src/shared/checker/rule-table';
// The checker's language model, loaded once on the first check, as the backend loads it.
import '../src/main/checker-model';

const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose') || args.includes('-v');
const rules = args.includes('--rules');
const flag = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return resolve(at !== -1 && args[at + 1] ? (args[at + 1] ?? '') : fallback);
};
const corpusPath = flag('--corpus', 'test/fixtures/openers.jsonl');
/** The sets named before the numbered quoted ones, in the order they were collected. */
const COLLECTED_FIRST = ['external', 'real', 'fresh'];
function collectionOrder(name: string): number {
  const early = COLLECTED_FIRST.indexOf(name);
  if (early !== -1) return early;
  const quoted = /^quoted(\d*)$/u.exec(name);
  return quoted ? COLLECTED_FIRST.length + Number(quoted[1] || 1) : Number.MAX_SAFE_INTEGER;
}
/** The dev sets tagged by OPENER-LABELS.md: every `openers-dev-<set>.jsonl` in test/fixtures. */
const TAGGED_SETS: readonly string[] = readdirSync(resolve('test/fixtures'))
  .flatMap((file) => /^openers-dev-([a-z]+\d*)\.jsonl$/u.exec(file)?.[1] ?? [])
  .sort((a, b) => collectionOrder(a) - collectionOrder(b) || a.localeCompare(b));
const taggedPaths = TAGGED_SETS.map(
  (name) => [name, flag(`--${name}`, `test/fixtures/openers-dev-${name}.jsonl`)] as const,
);
const blindPath = flag('--blind', 'test/fixtures/blind/openers-blind.jsonl');
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'usage: npm run eval:checker -- [--json] [--verbose] [--corpus dev.jsonl] [--<set> path …] [--blind blind.jsonl] [--rules [--write]]\n' +
      `  sets: ${TAGGED_SETS.join(', ')}\n`,
  );
  process.exit(0);
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    process.stderr.write(`eval:checker: cannot read ${path}\n`);
    process.exit(2);
  }
}

/**
 * The external and real dev sets write the rule's problem tags (no_benefit, hedging_or_apology…) in its
 * `categories` field; they are tags, so they are read as tags.
 */
function tagsNamedAsCategories(text: string): string {
  const tags: readonly string[] = PROBLEM_TAGS;
  return text
    .split('\n')
    .map((line) => {
      if (!line.trim()) return line;
      const row = JSON.parse(line) as { categories?: unknown; tags?: unknown };
      const { categories } = row;
      if (
        row.tags !== undefined ||
        !Array.isArray(categories) ||
        categories.length === 0 ||
        !categories.every((c) => typeof c === 'string' && tags.includes(c))
      )
        return line;
      const { categories: _categories, ...rest } = row;
      return JSON.stringify({ ...rest, tags: categories });
    })
    .join('\n');
}

function load(name: string, path: string): NamedSet {
  const file = read(path);
  const text = TAGGED_SETS.includes(name) ? tagsNamedAsCategories(file) : file;
  try {
    return {
      name,
      path: relative(process.cwd(), path),
      sha256: createHash('sha256').update(file).digest('hex'),
      rows: parseEvalSet(text),
    };
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

try {
  const sets = [load('dev', corpusPath)];
  for (const [name, path] of taggedPaths) {
    if (existsSync(path)) sets.push(load(name, path));
    else if (!json) process.stdout.write(`no ${name} dev set at ${path}\n`);
  }
  if (existsSync(blindPath)) sets.push(load('blind', blindPath));
  else if (!json) process.stdout.write(`no blind test set at ${blindPath}\n`);
  if (rules) {
    // The dev sets only: the blind set is never tuned on, and this table is for tuning.
    const devSets = sets.filter((set) => set.name !== 'blind');
    const table = ruleTable(devSets);
    if (args.includes('--write')) {
      const target = resolve('src/shared/checker/calibration.ts');
      writeFileSync(target, calibrationModule(calibrationOf(table, devSets)));
      process.stderr.write(`wrote ${target}; run prettier on it, then npm run docs:rules\n`);
    }
    process.stdout.write(
      `${json ? JSON.stringify(table, null, 2) : formatRuleTable(table, verbose)}\n`,
    );
    process.exit(0);
  }
  const evaluation = evaluateSets(sets);
  if (json) {
    process.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatHonestEvaluation(evaluation)}\n`);
    if (verbose) {
      const dev = read(corpusPath);
      process.stdout.write('\ndev corpus against its own expected verdicts and categories:\n');
      process.stdout.write(`${formatEvalReport(evaluate(parseCorpus(dev)), true)}\n`);
      process.stdout.write('\nids whose verdict breaks the rule (with context):\n');
      process.stdout.write(
        `${formatAgreement(
          sets.map((set) => ({ name: set.name, report: labelAgreement(set.rows) })),
          true,
        )}\n`,
      );
    }
  }
} catch (error) {
  process.stderr.write(`eval:checker: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
