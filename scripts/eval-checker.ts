/**
 * `npm run eval:checker [-- --verbose] [-- --corpus path]`: verdict accuracy and per-category
 * precision/recall of the opener checker over the labeled corpus.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate, formatEvalReport, parseCorpus } from '../src/shared/checker/eval';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const corpusFlag = args.indexOf('--corpus');
const corpusPath = resolve(
  corpusFlag !== -1 && args[corpusFlag + 1]
    ? (args[corpusFlag + 1] ?? '')
    : 'test/fixtures/openers.jsonl',
);

let text: string;
try {
  text = readFileSync(corpusPath, 'utf8');
} catch {
  process.stderr.write(`eval:checker: cannot read the corpus at ${corpusPath}\n`);
  process.exit(2);
}
try {
  const report = evaluate(parseCorpus(text));
  process.stdout.write(`${formatEvalReport(report, verbose)}\n`);
} catch (error) {
  process.stderr.write(`eval:checker: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
