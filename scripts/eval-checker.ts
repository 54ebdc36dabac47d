/**
 * `npm run eval:checker [-- --json] [-- --verbose] [-- --corpus path] [-- --blind path]`: how far
 * the opener checker follows the labelling rule (shared/OPENER-LABELS.md) on the dev corpus and
 * on the blind test set side by side, without and with plan context: the three per-label rates
 * and their mean beside the always-block / always-ready baselines, the confusion matrix, precision
 * and recall per bad-habit category and per opener part, each beside its target. The blind set was
 * collected and labelled by someone who never saw the checker's rules; it is reported, never tuned
 * on. `--verbose` adds the dev corpus against its own expected verdicts and the ids that disagree.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  evaluate,
  evaluateSets,
  formatEvalReport,
  formatHonestEvaluation,
  parseCorpus,
  parseEvalSet,
  type NamedSet,
} from '../src/shared/checker/eval';
import { formatAgreement, labelAgreement } from '../src/shared/checker/label-agreement';
// The checker's language model, loaded once on the first check, as the backend loads it.
import '../src/main/checker-model';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'usage: npm run eval:checker -- [--json] [--verbose] [--corpus dev.jsonl] [--blind blind.jsonl]\n',
  );
  process.exit(0);
}
const json = args.includes('--json');
const verbose = args.includes('--verbose') || args.includes('-v');
const flag = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return resolve(at !== -1 && args[at + 1] ? (args[at + 1] ?? '') : fallback);
};
const corpusPath = flag('--corpus', 'test/fixtures/openers.jsonl');
const blindPath = flag('--blind', 'test/fixtures/blind/openers-blind.jsonl');

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    process.stderr.write(`eval:checker: cannot read ${path}\n`);
    process.exit(2);
  }
}

function load(name: string, path: string): NamedSet {
  const text = read(path);
  try {
    return {
      name,
      path: relative(process.cwd(), path),
      sha256: createHash('sha256').update(text).digest('hex'),
      rows: parseEvalSet(text),
    };
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

try {
  const sets = [load('dev', corpusPath)];
  if (existsSync(blindPath)) sets.push(load('blind', blindPath));
  else if (!json) process.stdout.write(`no blind test set at ${blindPath}\n`);
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
