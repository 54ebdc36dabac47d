/**
 * `npm run eval:checker [-- --verbose] [-- --corpus path] [-- --blind path]`: verdict accuracy and
 * per-category precision/recall of the opener checker over the labelled dev corpus, then how far
 * its verdicts follow the labelling rule on the dev corpus and on the blind test set side by side.
 * The blind set was collected and labelled by someone who never saw the checker's rules; it is
 * reported, never tuned on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate, formatEvalReport, parseCorpus } from '../src/shared/checker/eval';
import {
  formatAgreement,
  labelAgreement,
  parseLabelledTexts,
} from '../src/shared/checker/label-agreement';

const args = process.argv.slice(2);
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

try {
  const dev = read(corpusPath);
  process.stdout.write(`dev corpus (${corpusPath}):\n`);
  process.stdout.write(`${formatEvalReport(evaluate(parseCorpus(dev)), verbose)}\n\n`);
  const sets = [{ name: 'dev', report: labelAgreement(parseLabelledTexts(dev)) }];
  if (existsSync(blindPath)) {
    sets.push({ name: 'blind', report: labelAgreement(parseLabelledTexts(read(blindPath))) });
  } else {
    process.stdout.write(`no blind test set at ${blindPath}\n`);
  }
  process.stdout.write('verdicts against the labelling rule (shared/OPENER-LABELS.md):\n');
  process.stdout.write(`${formatAgreement(sets, verbose)}\n`);
} catch (error) {
  process.stderr.write(`eval:checker: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
