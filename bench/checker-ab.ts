import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckInput, CheckResult } from '../src/shared/checker/index';
import { checkOpener } from '../src/shared/checker/index';
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
