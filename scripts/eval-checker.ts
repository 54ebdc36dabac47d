/**
 * `npm run eval:checker [-- --json] [-- --verbose] [-- --corpus path] [-- --external path]
 * [-- --real path] [-- --fresh path] [-- --quoted path] [-- --quoted2 path] [-- --quoted3 path]
 * [-- --quoted4 path] [-- --quoted5 path] [-- --quoted6 path] [-- --quoted7 path] [-- --quoted8 path] [-- --quoted9 path] [-- --quoted10 path] [-- --quoted11 path] [-- --quoted12 path] [-- --quoted13 path] [-- --quoted14 path] [-- --quoted15 path] [-- --quoted17 path] [-- --quoted18 path] [-- --quoted19 path] [-- --quoted20 path] [-- --quoted21 path] [-- --quoted22 path] [-- --quoted23 path] [-- --quoted24 path] [-- --quoted25 path] [-- --quoted26 path] [-- --quoted27 path] [-- --quoted28 path] [-- --quoted29 path] [-- --quoted30 path] [-- --quoted31 path] [-- --quoted32 path] [-- --quoted33 path] [-- --quoted34 path] [-- --quoted35 path] [-- --quoted36 path] [-- --quoted37 path] [-- --quoted38 path] [-- --quoted39 path] [-- --quoted40 path] [-- --quoted41 path] [-- --quoted42 path] [-- --quoted43 path] [-- --quoted44 path] [-- --quoted45 path] [-- --quoted46 path] [-- --quoted47 path] [-- --quoted48 path] [-- --quoted49 path] [-- --quoted50 path] [-- --quoted51 path] [-- --quoted52 path] [-- --quoted53 path] [-- --quoted54 path] [-- --quoted55 path] [-- --quoted56 path] [-- --quoted57 path] [-- --quoted58 path] [-- --quoted59 path] [-- --quoted60 path] [-- --quoted61 path] [-- --quoted62 path] [-- --quoted63 path] [-- --quoted64 path] [-- --quoted65 path] [-- --quoted66 path] [-- --quoted67 path] [-- --quoted68 path] [-- --quoted69 path] [-- --quoted70 path] [-- --quoted71 path] [-- --blind path] [-- --rules]`: how far the opener checker follows the labelling rule
 * (shared/OPENER-LABELS.md) on the dev corpus, the external dev set (openers collected by someone
 * who did not write the checker; tuned on, but its first-seen figures are the honest ones), the
 * real dev set (openers quoted from public sources, labelled by the rule), the fresh dev set (a
 * batch written by someone who never read the rules; first measured in session 6, tuned on since),
 * the quoted dev set (openers quoted from public sales material, labelled blind; first measured in
 * session 7), the quoted2 dev set (the same kind, collected blind in session 9 and first measured
 * on the checker as it stood before that session's tuning), the quoted3 dev set (the same kind,
 * collected blind in session 10, first measured before that session's tuning, then tuned on), the
 * quoted4 dev set (the same kind, collected blind in session 10 and measured only before and after
 * that session's tuning, never tuned on in it), the quoted5 dev set (the same kind, collected blind in
 * session 11, held out from that session's tuning and measured only before and after it), the quoted6 dev set (hard cases, mostly written by a
 * blind collector in session 11 in many wordings: 100 One-Up, deception, self-focus, hedging;
 * measured first on the checker as it stood at that session's start, then tuned on), the quoted7 dev
 * set (the same kind as quoted5, collected blind in session 12 and held out from that session's
 * tuning: measured only before and after it), the quoted8 dev set (the same kind, collected blind
 * in session 12 and held out: it measured a change to the parts reader that tuned well on
 * quoted7, blocked one more of its One-Up openers, and was reverted), the quoted9 dev set (the same
 * kind, collected blind in session 13 and measured on the checker as it stood at that session's
 * start and after its first changes, before any tuning on it), the quoted10 dev set (the same kind,
 * collected blind in session 13 while that session tuned on quoted9, and measured once on the
 * checker at the session's start and once after that tuning, before any tuning on it), the quoted11
 * dev set (the same kind, collected blind in session 13 and measured at that session's start and at
 * its end, held out from all of its tuning), the quoted12 dev set (the same kind, collected blind
 * late in session 13 and measured at its start and near its end, held out from all of its tuning),
 * the quoted13 and quoted15 dev sets (the same kind, collected blind in session 14 and held out
 * from its tuning: measured at its start and at its end; quoted13 once in between, which turned
 * back one hedging change), the quoted14 dev set (the same kind, collected blind in session 14 and
 * measured on the checker at that session's start and after its first change, before any tuning
 * on it), the quoted17 dev set (the same kind, collected blind in session 16 and held out from
 * the tuning of sessions 16 and 17: measured at session 16's start and session 17's end), the
 * quoted18 dev set (the same kind, collected blind in session 18 and measured on the checker as
 * it stood at that session's start, then tuned on), the quoted19 dev set (the same kind,
 * collected blind in session 19 and measured on the checker as it stood at that session's start),
 * the quoted20 dev set (the same kind, collected blind in session 20 and measured on the checker
 * as it stood at that session's start, then tuned on), the quoted21 dev set (the same kind,
 * collected blind in session 21, measured on the checker as it stood at that session's start, then
 * tuned on), the quoted22 dev set (the same kind, collected blind in session 21 and measured after
 * that session's first tuning, then tuned on), the quoted23 dev set (the same kind, collected blind in
 * session 21 and measured after that session's tuning on quoted22, then tuned on), the quoted24
 * and quoted25 dev sets (the same kind, collected blind in session 22 at the same time and measured
 * on the checker as it stood at that session's start, then tuned on), the quoted26 and quoted27
 * dev sets (the same kind, collected blind in session 23 at the same time and measured on the
 * checker as it stood after that session's first commits, then tuned on), the quoted28 and
 * quoted29 dev sets (the same kind, collected later in session 23 and measured on the checker as
 * it stood after the tuning on quoted26 and quoted27), the quoted30 and quoted31 dev sets (the
 * same kind, collected at the end of session 23 and measured after the tuning on quoted29), the
 * quoted32 and quoted33 dev sets (the same kind, collected at the start of session 24 and measured
 * on the checker as session 23 left it, then tuned on), the quoted34 and quoted35 dev sets (the
 * same kind, collected later in session 24 and measured after the tuning on quoted32 and quoted33),
 * the quoted36 to quoted43 dev sets (the same kind, collected in pairs in session 25: quoted36 and
 * quoted37 measured at its start, the next two pairs after each round of tuning, quoted42 and
 * quoted43 after all of it, tuned on in session 26), the quoted44 and quoted45 dev sets
 * (the same kind, collected at the start of session 26 and measured on the checker as it then
 * stood), the quoted46 and quoted47 dev sets (the same kind, collected later in session 26 and
 * measured after its tuning on quoted42 to quoted45), the quoted48 dev set (the same kind,
 * measured after the tuning on quoted42 to quoted47), the quoted49 dev set (the same kind,
 * measured after the tuning on quoted42 to quoted48), the quoted50 and quoted51 dev sets (the
 * same kind, measured after the tuning on quoted42 to quoted49), the quoted52 and quoted53 dev
 * sets (the same kind, measured after the tuning on quoted42 to quoted51), the quoted54 and
 * quoted55 dev sets (the same kind, collected in session 27 and measured on the checker as it
 * then stood), the quoted56 dev set (90 of its 150 openers One-Up, in as many shapes as the
 * collector could find), the quoted57 dev set (61 of its 150 openers deceptive, each in a scheme
 * of its own, with honest near misses among the good ones), the quoted58 dev set (the same kind as quoted54, measured after the
 * session's tuning on quoted54 to quoted56), the quoted59 and quoted60 dev sets (the kinds of
 * quoted58 and quoted57, measured at a8e91fe and never tuned on), the quoted61 and quoted62 dev
 * sets (of quoted58's and quoted57's kinds, measured after all of session 27's tuning), the
 * quoted63, quoted64 and quoted65 dev sets (quoted57's, quoted56's and a realistic spread,
 * collected in session 28 and measured at its start), the quoted66 and quoted67 dev sets
 * (quoted57's kind and a realistic spread, measured after the session's tuning on quoted59 to
 * quoted65), the quoted68 and quoted69 dev sets (quoted57's and quoted56's kinds, measured
 * after the tuning on quoted59 to quoted67), the quoted70 and quoted71 dev sets (quoted57's kind
 * and a realistic spread, measured after all of session 28's tuning) and the blind test set
 * side by side, without and with plan context: the three per-label rates
 * and their mean beside the always-block / always-ready baselines, the confusion matrix, precision
 * and recall per bad-habit category and per opener part, each beside its target. The blind set was
 * collected and labelled by someone who never saw the checker's rules; it is reported, never tuned
 * on. `--rules` prints instead, over the dev sets with no context, how often each rule blocks an
 * opener of each label and how often it is a One-Down opener's only block (rule-table.ts); with
 * `--verbose`, the One-Up and mixed ids each rule blocked; with `--write`, the counts into
 * src/shared/checker/calibration.ts, which the rules docs print beside the verdict policy. `--verbose` adds the dev corpus against its own expected verdicts and the ids that disagree.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'usage: npm run eval:checker -- [--json] [--verbose] [--corpus dev.jsonl] [--external external.jsonl] [--real real.jsonl] [--fresh fresh.jsonl] [--quoted quoted.jsonl] [--quoted2 quoted2.jsonl] [--quoted3 quoted3.jsonl] [--quoted4 quoted4.jsonl] [--quoted5 quoted5.jsonl] [--quoted6 quoted6.jsonl] [--quoted7 quoted7.jsonl] [--quoted8 quoted8.jsonl] [--quoted9 quoted9.jsonl] [--quoted10 quoted10.jsonl] [--quoted11 quoted11.jsonl] [--quoted12 quoted12.jsonl] [--quoted13 quoted13.jsonl] [--quoted14 quoted14.jsonl] [--quoted15 quoted15.jsonl] [--quoted17 quoted17.jsonl] [--quoted18 quoted18.jsonl] [--quoted19 quoted19.jsonl] [--quoted20 quoted20.jsonl] [--quoted21 quoted21.jsonl] [--quoted22 quoted22.jsonl] [--quoted23 quoted23.jsonl] [--quoted24 quoted24.jsonl] [--quoted25 quoted25.jsonl] [--quoted26 quoted26.jsonl] [--quoted27 quoted27.jsonl] [--quoted28 quoted28.jsonl] [--quoted29 quoted29.jsonl] [--quoted30 quoted30.jsonl] [--quoted31 quoted31.jsonl] [--quoted32 quoted32.jsonl] [--quoted33 quoted33.jsonl] [--quoted34 quoted34.jsonl] [--quoted35 quoted35.jsonl] [--quoted36 quoted36.jsonl] [--quoted37 quoted37.jsonl] [--quoted38 quoted38.jsonl] [--quoted39 quoted39.jsonl] [--quoted40 quoted40.jsonl] [--quoted41 quoted41.jsonl] [--quoted42 quoted42.jsonl] [--quoted43 quoted43.jsonl] [--quoted44 quoted44.jsonl] [--quoted45 quoted45.jsonl] [--quoted46 quoted46.jsonl] [--quoted47 quoted47.jsonl] [--quoted48 quoted48.jsonl] [--quoted49 quoted49.jsonl] [--quoted50 quoted50.jsonl] [--quoted51 quoted51.jsonl] [--quoted52 quoted52.jsonl] [--quoted53 quoted53.jsonl] [--quoted54 quoted54.jsonl] [--quoted55 quoted55.jsonl] [--quoted56 quoted56.jsonl] [--quoted57 quoted57.jsonl] [--quoted58 quoted58.jsonl] [--quoted59 quoted59.jsonl] [--quoted60 quoted60.jsonl] [--quoted61 quoted61.jsonl] [--quoted62 quoted62.jsonl] [--quoted63 quoted63.jsonl] [--quoted64 quoted64.jsonl] [--quoted65 quoted65.jsonl] [--quoted66 quoted66.jsonl] [--quoted67 quoted67.jsonl] [--quoted68 quoted68.jsonl] [--quoted69 quoted69.jsonl] [--quoted70 quoted70.jsonl] [--quoted71 quoted71.jsonl] [--blind blind.jsonl] [--rules [--write]]\n',
  );
  process.exit(0);
}
const json = args.includes('--json');
const verbose = args.includes('--verbose') || args.includes('-v');
const rules = args.includes('--rules');
const flag = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return resolve(at !== -1 && args[at + 1] ? (args[at + 1] ?? '') : fallback);
};
const corpusPath = flag('--corpus', 'test/fixtures/openers.jsonl');
/** The dev sets tagged by OPENER-LABELS.md, in the order they were collected; each has a flag. */
const TAGGED_SETS = [
  'external',
  'real',
  'fresh',
  'quoted',
  'quoted2',
  'quoted3',
  'quoted4',
  'quoted5',
  'quoted6',
  'quoted7',
  'quoted8',
  'quoted9',
  'quoted10',
  'quoted11',
  'quoted12',
  'quoted13',
  'quoted14',
  'quoted15',
  'quoted17',
  'quoted18',
  'quoted19',
  'quoted20',
  'quoted21',
  'quoted22',
  'quoted23',
  'quoted24',
  'quoted25',
  'quoted26',
  'quoted27',
  'quoted28',
  'quoted29',
  'quoted30',
  'quoted31',
  'quoted32',
  'quoted33',
  'quoted34',
  'quoted35',
  'quoted36',
  'quoted37',
  'quoted38',
  'quoted39',
  'quoted40',
  'quoted41',
  'quoted42',
  'quoted43',
  'quoted44',
  'quoted45',
  'quoted46',
  'quoted47',
  'quoted48',
  'quoted49',
  'quoted50',
  'quoted51',
  'quoted52',
  'quoted53',
  'quoted54',
  'quoted55',
  'quoted56',
  'quoted57',
  'quoted58',
  'quoted59',
  'quoted60',
  'quoted61',
  'quoted62',
  'quoted63',
  'quoted64',
  'quoted65',
  'quoted66',
  'quoted67',
  'quoted68',
  'quoted69',
  'quoted70',
  'quoted71',
] as const;
const taggedPaths = TAGGED_SETS.map(
  (name) => [name, flag(`--${name}`, `test/fixtures/openers-dev-${name}.jsonl`)] as const,
);
const blindPath = flag('--blind', 'test/fixtures/blind/openers-blind.jsonl');

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
  const text = (TAGGED_SETS as readonly string[]).includes(name)
    ? tagsNamedAsCategories(file)
    : file;
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
