import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/shared/checker/analysis';
import { RULES } from '../src/shared/checker/catalog';
import type { CheckInput, CheckResult } from '../src/shared/checker/index';
import { checkOpener } from '../src/shared/checker/index';
import type { PhraseRule } from '../src/shared/checker/rule-types';
import { compileScanner, scan } from '../src/shared/checker/scanner';
import { languageModel } from '../src/shared/checker/language/model';
import '../src/main/checker-model';
import { OPENER } from './checker.bench';

/**
 * A/B of the checker against another copy of its source, in one process, for a shared and noisy
 * machine: the two are timed in alternating batches (A, B, B, A, …), so drifting load falls on
 * both alike, and the medians of CPU per call and of the per-pair ratio are reported.
 *
 *   git archive <commit> src | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/
 *   npx tsx bench/checker-ab.ts /tmp/old/src [pairs]
 *
 * Before timing, both copies check every dev-corpus opener and must give identical results.
 * Then the floor any checker with this NLP layer has: wink's own readDoc of the opener (the
 * checker's pipe), the checker's parse (readDoc and reading its tokens out), beside write-good and
 * the whole check, in interleaved batches; and how much slower readDoc runs right after a check.
 */
type Check = (input: CheckInput) => CheckResult;

const [oldSrc, pairsArg] = process.argv.slice(2);
if (!oldSrc) throw new Error('usage: checker-ab <old src dir> [pairs]');
const pairs = Number(pairsArg ?? 30);
const importFrom = (path: string): Promise<unknown> =>
  import(pathToFileURL(resolve(oldSrc, path)).href);
await importFrom('main/checker-model.ts');
const old = (await importFrom('shared/checker/index.ts')) as { checkOpener: Check };

const corpusFiles = ['openers.jsonl', 'openers-dev-real.jsonl', 'openers-dev-fresh.jsonl'];
const inputs: CheckInput[] = [{ text: OPENER }];
for (const file of corpusFiles) {
  const lines = readFileSync(new URL(`../test/fixtures/${file}`, import.meta.url), 'utf8');
  for (const line of lines.split('\n').filter((l) => l.trim())) {
    const entry = JSON.parse(line) as CheckInput;
    inputs.push({ text: entry.text, ...(entry.mode ? { mode: entry.mode } : {}) });
    inputs.push({ text: entry.text, mode: entry.mode === 'email' ? 'call' : 'email' });
  }
}
let differing = 0;
for (const input of inputs)
  if (JSON.stringify(old.checkOpener(input)) !== JSON.stringify(checkOpener(input))) differing++;
console.log(`${inputs.length} inputs checked by both: ${differing} results differ`);

/** CPU µs per call over one batch. */
function batch(check: Check, input: CheckInput, size: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < size; i++) check(input);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / size;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const input: CheckInput = { text: OPENER };
for (let i = 0; i < 300; i++) {
  old.checkOpener(input);
  checkOpener(input);
}
const a: number[] = [];
const b: number[] = [];
const ratios: number[] = [];
for (let pair = 0; pair < pairs; pair++) {
  // Alternate which copy goes first, so neither always runs on a warmer cache.
  const first = pair % 2 === 0;
  const oldCpu = first ? batch(old.checkOpener, input, 200) : 0;
  const newCpu = batch(checkOpener, input, 200);
  const oldCpuAfter = first ? oldCpu : batch(old.checkOpener, input, 200);
  a.push(oldCpuAfter);
  b.push(newCpu);
  ratios.push(oldCpuAfter / newCpu);
}
console.log(
  `bench opener, ${pairs} pairs of 200-call batches: old ${median(a).toFixed(0)} µs, new ${median(b).toFixed(0)} µs CPU per call (medians); old/new per pair, median ${median(ratios).toFixed(2)}×`,
);

type WinkMethods = { readDoc(text: string): unknown };
const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => WinkMethods;
// The pipe of src/shared/checker/language/model.ts.
const nlp = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'negation', 'pos', 'ner']);
const writeGood = require('write-good') as (text: string) => unknown[];
const model = languageModel();
const floors: [string, () => unknown, number][] = [
  ['wink readDoc', () => nlp.readDoc(OPENER), 100],
  ['checker parse (readDoc + token read-out)', () => model.parse(OPENER), 100],
  ['whole check', () => checkOpener(input), 100],
  ['write-good', () => writeGood(OPENER), 20],
];
const perCall = floors.map((): number[] => []);
for (let round = 0; round < pairs; round++) {
  floors.forEach(([, run, size], i) => {
    const before = process.cpuUsage();
    for (let k = 0; k < size; k++) run();
    const used = process.cpuUsage(before);
    if (round > 0) perCall[i]!.push((used.user + used.system) / size);
  });
}
const writeGoodCpu = median(perCall[3]!);
console.log(`\nCPU per call on the bench opener, medians of ${pairs - 1} interleaved rounds:`);
floors.forEach(([name], i) => {
  const cpu = median(perCall[i]!);
  console.log(
    `  ${name.padEnd(42)} ${cpu.toFixed(0).padStart(6)} µs   write-good / it: ${(writeGoodCpu / cpu).toFixed(2)}×`,
  );
});

/**
 * What a check costs wink beyond its own work: readDoc timed on its own, and right after a whole
 * check or after the phrase scan alone. The checker's case-insensitive Unicode regexes compile to
 * megabytes of machine code, and running them pushes wink's model out of the processor's caches,
 * so wink then runs slower than its floor above. (Session 10: readDoc 154 µs alone, about 210 µs
 * after a check or after the scan alone.)
 */
const scanner = compileScanner(
  RULES.filter((rule): rule is PhraseRule => rule.kind === 'phrase'),
  'call',
);
const before: [string, () => unknown][] = [
  ['readDoc after readDoc', () => nlp.readDoc(OPENER)],
  ['readDoc after a whole check', () => checkOpener(input)],
  ['readDoc after the phrase scan alone', () => scan(analyze(input), scanner)],
];
const readDocAfter = before.map((): number[] => []);
for (let round = 0; round < pairs; round++) {
  before.forEach(([, run], i) => {
    for (let k = 0; k < 50; k++) {
      run();
      const start = process.hrtime.bigint();
      nlp.readDoc(OPENER);
      readDocAfter[i]!.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  });
}
console.log(`\nwink readDoc, wall time per call, medians of ${pairs * 50} calls:`);
before.forEach(([name], i) => {
  console.log(`  ${name.padEnd(42)} ${median(readDocAfter[i]!).toFixed(0).padStart(6)} µs`);
});
