import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { checkOpener } from '../src/shared/checker/index';
// The checker's language model, loaded once on the first check, as the backend loads it.
import '../src/main/checker-model';
import { runSections, type BenchSection, type TargetSink } from './lib/report';
import { measure, ms, table, type Timing } from './lib/timing';

/**
 * The opener checker, through its public `checkOpener()` only:
 *  - a 150-word opener in Node: p50/p99 beside write-good (a general prose linter, the tool a rep
 *    might reach for) and beside the one-regex floor, all from the same run. Targets: p99 ≤ 2 ms,
 *    and ≥ 10× faster than write-good (CPU time per call, so a busy machine does not skew it).
 *  - linearity: CPU time on 5k, 10k, 20k and 40k words of varied prose, of the same prose with no
 *    punctuation at all (one sentence), of one long One-Down phrase repeated with no sentence end,
 *    and of "is now a good time" over and over, and the ratio per doubling (target ≤ 2.2×; linear
 *    is 2×), beside the floor's own ratios.
 * It prints figures; it never fails.
 */

type WriteGood = (text: string) => unknown[];
const writeGood = createRequire(import.meta.url)('write-good') as WriteGood;

const TARGET_P99_MS = 2;
const TARGET_VS_WRITE_GOOD = 10;
const TARGET_PER_DOUBLING = 2.2;
const SIZES = [5_000, 10_000, 20_000, 40_000];

/** A realistic One-Down/mixed opener of about 150 words, with most rule families represented. */
export const OPENER = `Hi {firstName}, sorry to bother you — is now a good time? This is Dana Whitfield with Tidewater Freight. I just wanted to reach out because we are the leading provider of freight audit solutions, and we help companies like yours save time and money. Honestly, our platform is best-in-class and integrates seamlessly with your ERP. I'm calling because we benchmarked 60 distributors in the Midwest and found that most are paying 12% over contract on fuel surcharges, which adds up to about $180,000 a year for a company your size. That would let your team renegotiate before the Q3 renewal and keep your freight budget on plan. I was wondering if maybe you could spare a few minutes sometime next week so we can touch base, and I could show you a quick demo. Could we take 20 minutes on Thursday at 10 for a briefing on the numbers? Let me know if you're interested.`;

const FILLER = [
  'Carriers raised base rates on Midwest lanes twice this year while fuel surcharges drifted upward.',
  'We benchmarked sixty distributors and found that most overpaid on accessorial charges.',
  'The warehouse team counted pallets by hand every Friday afternoon before the trucks left.',
  'Our solutions help companies like yours save time and money with seamless integrations.',
  'Is now a good time to talk about how your team handles detention fees?',
  'I just wanted to touch base and see if there is a fit for a quick demo sometime.',
  'Your controller could close the month three days sooner with one consolidated invoice feed.',
  'Could we take 20 minutes on Thursday at 10 for a briefing on what we found?',
  'The reason for my call is that spot rates sit 18% under contract rates on West Coast lanes.',
  'Honestly, I know you are busy, so I will be quick and keep this short.',
  'Shippers that re-bid quarterly cut freight cost by eleven percent across 140 accounts we studied.',
  'José and Zoë from the Montréal office asked about the new tariff schedule for Québec.',
];

/** Deterministic long text: filler sentences in a fixed shuffled order, cut at exactly `words` words. */
export function variedProse(words: number): string {
  const parts: string[] = [];
  let count = 0;
  let seed = 7;
  while (count < words) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const sentence = FILLER[seed % FILLER.length] ?? '';
    parts.push(sentence);
    count += sentence.split(/\s+/).length;
    if (parts.length % 6 === 0) parts.push('\n\n');
  }
  return cut(parts.join(' '), words);
}

/** One One-Down phrase over and over with no sentence end: many findings in one long sentence. */
const PHRASE = 'sorry to bother you but is now a good time to touch base about our solutions';
export function repeatedPhrase(words: number): string {
  const one = PHRASE.split(' ');
  return Array.from({ length: words }, (_, i) => one[i % one.length]).join(' ');
}

/** The varied prose with every punctuation mark taken out: one sentence of `words` words. */
export function noPunctuation(words: number): string {
  return variedProse(words).replace(/[^\p{L}\p{N}\s'’-]/gu, '');
}

/** "is now a good time" over and over: a blocking finding every five words. */
export function goodTimeRepeated(words: number): string {
  const one = 'is now a good time'.split(' ');
  return Array.from({ length: words }, (_, i) => one[i % one.length]).join(' ');
}

function cut(text: string, words: number): string {
  const tokens = text.split(/(\s+)/);
  let seen = 0;
  let end = 0;
  for (; end < tokens.length && seen < words; end++) if (/\S/.test(tokens[end]!)) seen++;
  return tokens.slice(0, end).join('');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The floor: one precompiled case-insensitive alternation of the One-Down phrases the labelling
 * rule names, matched once over the text. It is the bench's own list, not the checker's catalog,
 * so the floor stays the same whatever the checker's internals become.
 */
const FLOOR_PHRASES = [
  'is now a good time',
  'did I catch you at a bad time',
  'do you have a minute',
  'can I have 30 seconds',
  'mind if I take 30 seconds',
  'are you in the middle of anything',
  'could I get 5 minutes',
  'how have you been',
  "it's been a while",
  'as promised',
  'calling you back',
  'this is not a sales call',
  'we are the leading provider',
  'we have a solution',
  'we specialise in',
  'we specialize in',
  'our platform',
  'what we do',
  'introduce ourselves',
  'touch base',
  'check in',
  'circle back',
  'pick your brain',
  'send you some information',
  'learn more about your business',
  'sorry to bother',
  'I apologize',
  'I just',
  'just wanted',
  'I was wondering if maybe',
  "I'm not sure if",
  "I'll only take a minute",
  'out of the blue',
  'could I possibly',
  'uh',
  'umm',
  'solutions',
  'synergy',
  'best-in-class',
  'leverage',
  'streamline',
  'next level',
  'world-class',
  'robust',
  'empower',
  'transform',
  'save you time and money',
  'sometime',
  'whenever works',
  'let me know if you have questions',
];
const FLOOR = new RegExp(
  `\\b(?:${FLOOR_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
  'giu',
);
export function floorScan(text: string): number {
  FLOOR.lastIndex = 0;
  let matches = 0;
  while (FLOOR.exec(text) !== null) matches++;
  return matches;
}

/**
 * CPU time per call in ms, the median over batches (process.cpuUsage counts whole microseconds,
 * so one short call cannot be timed alone). Wall time includes waiting for a core on a busy
 * machine; CPU time does not.
 */
function cpuPerCall(run: () => unknown, batchSize: number, batches: number): number {
  for (let i = 0; i < batchSize; i++) run();
  const perCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    const before = process.cpuUsage();
    for (let i = 0; i < batchSize; i++) run();
    const used = process.cpuUsage(before);
    perCall.push((used.user + used.system) / 1000 / batchSize);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)] ?? 0;
}

/**
 * Median CPU ms of single calls on each text, measured in interleaved rounds (every size once per
 * round) after two warm-up rounds, so JIT warm-up and drifting load do not favour one size.
 * At least 3 rounds, more while under `budgetMs`, at most 15.
 */
function cpuBySize(
  run: (text: string) => unknown,
  texts: readonly string[],
  budgetMs: number,
): { cpu: number; runs: number }[] {
  for (let round = 0; round < 2; round++) for (const text of texts) run(text);
  const samples: number[][] = texts.map(() => []);
  const started = performance.now();
  let rounds = 0;
  while (rounds < 3 || (rounds < 15 && performance.now() - started < budgetMs)) {
    texts.forEach((text, i) => {
      const before = process.cpuUsage();
      run(text);
      const used = process.cpuUsage(before);
      samples[i]!.push((used.user + used.system) / 1000);
    });
    rounds++;
  }
  return samples.map((list) => {
    list.sort((x, y) => x - y);
    return { cpu: list[Math.floor(list.length / 2)] ?? 0, runs: list.length };
  });
}

const times = (x: number): string => `${x.toFixed(2)}×`;

function openerBench(targets: TargetSink): void {
  const words = wordCount(OPENER);
  const timings: [string, Timing][] = [
    ['checker', measure(() => checkOpener({ text: OPENER }), { runs: 2_000, warmup: 200 })],
    ['write-good', measure(() => writeGood(OPENER), { runs: 300, warmup: 30, budgetMs: 5_000 })],
    ['one-regex floor', measure(() => floorScan(OPENER), { runs: 2_000, warmup: 200 })],
  ];
  const cpu = {
    checker: cpuPerCall(() => checkOpener({ text: OPENER }), 200, 25),
    writeGood: cpuPerCall(() => writeGood(OPENER), 20, 25),
    floor: cpuPerCall(() => floorScan(OPENER), 2_000, 25),
  };
  console.log(
    `${words}-word opener in Node (ms: wall p50/p99 and CPU p99 per run; CPU per call from batches):\n`,
  );
  const cpuOf = [cpu.checker, cpu.writeGood, cpu.floor];
  console.log(
    table(
      ['', 'p50', 'p99', 'CPU p99', 'runs', 'CPU per call', 'checker vs it (CPU)'],
      timings.map(([name, t], i) => [
        name,
        ms(t.p50),
        ms(t.p99),
        ms(t.cpuP99),
        String(t.runs),
        `${(cpuOf[i]! * 1000).toFixed(1)} µs`,
        i === 0
          ? ''
          : i === 1
            ? `${times(cpu.writeGood / cpu.checker)} faster`
            : `${times(cpu.checker / cpu.floor)} slower`,
      ]),
    ),
  );
  const checker = timings[0]![1];
  const wg = timings[1]![1];
  const floor = timings[2]![1];
  console.log(
    `\nwall p50 ratio: write-good / checker ${times(wg.p50 / checker.p50)}; checker / floor ${times(checker.p50 / floor.p50)}`,
  );
  targets.target({
    what: `checker p99, ${words}-word opener`,
    figure: `${ms(checker.p99)} ms (CPU ${ms(checker.cpuP99)})`,
    floor: `${ms(floor.p99)} ms (one regex)`,
    target: `≤ ${TARGET_P99_MS} ms`,
    met: checker.p99 <= TARGET_P99_MS,
  });
  const ratio = cpu.writeGood / cpu.checker;
  targets.target({
    what: 'checker vs write-good (CPU per call)',
    figure: `${times(ratio)} faster`,
    floor: `write-good ${(cpu.writeGood * 1000).toFixed(0)} µs, checker ${(cpu.checker * 1000).toFixed(0)} µs`,
    target: `≥ ${TARGET_VS_WRITE_GOOD}×`,
    met: ratio >= TARGET_VS_WRITE_GOOD,
  });
}

function linearityBench(targets: TargetSink): void {
  console.log(
    `\nLinearity: median CPU ms per call (n runs) and the ratio to the size before (linear = 2×, target ≤ ${TARGET_PER_DOUBLING}×):\n`,
  );
  const kinds: [string, (words: number) => string][] = [
    ['varied prose', variedProse],
    ['no punctuation', noPunctuation],
    ['repeated phrase', repeatedPhrase],
    ['"is now a good time" ×N', goodTimeRepeated],
  ];
  const rows: string[][] = [];
  for (const [kind, make] of kinds) {
    const texts = SIZES.map(make);
    const checker = cpuBySize((text) => checkOpener({ text }), texts, 15_000);
    const floor = cpuBySize(floorScan, texts, 1_000);
    SIZES.forEach((size, i) => {
      const ratio = i === 0 ? null : checker[i]!.cpu / checker[i - 1]!.cpu;
      const floorRatio = i === 0 ? null : floor[i]!.cpu / floor[i - 1]!.cpu;
      rows.push([
        kind,
        wordCount(texts[i]!).toLocaleString('en-US'),
        `${ms(checker[i]!.cpu)} (${checker[i]!.runs})`,
        ratio === null ? '' : times(ratio),
        ms(floor[i]!.cpu),
        floorRatio === null ? '' : times(floorRatio),
      ]);
      if (ratio !== null && floorRatio !== null) {
        targets.target({
          what: `checker per doubling, ${kind} ${size / 2000}k → ${size / 1000}k words`,
          figure: times(ratio),
          floor: `${times(floorRatio)} (one regex)`,
          target: `≤ ${TARGET_PER_DOUBLING}×`,
          met: ratio <= TARGET_PER_DOUBLING,
        });
      }
    });
  }
  console.log(
    table(
      ['text', 'words', 'checker CPU ms (n)', 'per doubling', 'floor CPU ms', 'floor per doubling'],
      rows,
      1,
    ),
  );
}

export const checkerSection: BenchSection = {
  name: 'checker',
  about:
    'opener checker: 150-word p50/p99 beside write-good and a one-regex floor; linearity 5k → 40k words',
  run: async (targets) => {
    openerBench(targets);
    linearityBench(targets);
  },
};

// Runnable on its own: `npx tsx bench/checker.bench.ts` (same as `npm run bench -- checker`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runSections([checkerSection]);
}
