import { existsSync } from 'node:fs';
import { runImportBench } from './import.bench';
import { describeMachine, loadAverage } from './lib/machine';
import { runSearchBench } from './search.bench';
import { runUiBench } from './ui.bench';
import { runReviewBench } from './review.bench';

/**
 * `npm run bench`: prints the machine, then the search figures, then the opener checker's figures
 * when that bench is present. Benchmarks print figures; they never fail the build.
 */
async function main(): Promise<void> {
  const started = performance.now();
  console.log(describeMachine().join('\n'));
  console.log('');
  await runSearchBench();
  console.log('');
  await runReviewBench();
  await runCheckerBenchIfPresent();
  console.log('');
  await runImportBench();
  console.log('');
  await runUiBench();
  console.log(
    `\nBench finished in ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${loadAverage()}.`,
  );
}

async function runCheckerBenchIfPresent(): Promise<void> {
  const url = new URL('./checker.bench.ts', import.meta.url);
  if (!existsSync(url)) return;
  // A computed specifier so the typecheck does not require the file to exist yet.
  const specifier = url.href;
  const module = (await import(specifier)) as { runCheckerBench?: () => unknown };
  if (typeof module.runCheckerBench !== 'function') {
    console.log('\nbench/checker.bench.ts does not export runCheckerBench(); skipped.');
    return;
  }
  console.log('');
  await module.runCheckerBench();
}

await main();
