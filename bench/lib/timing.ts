export interface Timing {
  p50: number;
  p99: number;
  /** CPU time of this process (user + system): what the work costs, whatever else the machine runs. */
  cpuP50: number;
  cpuP99: number;
  runs: number;
}

export interface TimingOptions {
  runs?: number;
  warmup?: number;
  /** Stop early once this much time went by (after at least `minRuns`): for the slow references. */
  budgetMs?: number;
  minRuns?: number;
}

/** Times `work` `runs` times after `warmup` untimed runs; milliseconds. */
export function measure(work: () => unknown, options: TimingOptions = {}): Timing {
  const { runs = 200, warmup = 20, budgetMs = Number.POSITIVE_INFINITY, minRuns = 5 } = options;
  const warmupStarted = performance.now();
  for (let i = 0; i < warmup && performance.now() - warmupStarted < budgetMs / 4; i++) work();
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const started = performance.now();
  while (samples.length < runs) {
    const cpuBefore = process.cpuUsage();
    const before = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - before) / 1e6);
    const cpu = process.cpuUsage(cpuBefore);
    cpuSamples.push((cpu.user + cpu.system) / 1000);
    if (samples.length >= minRuns && performance.now() - started > budgetMs) break;
  }
  samples.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 0.5),
    p99: percentile(samples, 0.99),
    cpuP50: percentile(cpuSamples, 0.5),
    cpuP99: percentile(cpuSamples, 0.99),
    runs: samples.length,
  };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]!;
}

export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** A plain-text table with left-aligned first columns and right-aligned figures. */
export function table(header: string[], rows: string[][], leftColumns = 1): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column < leftColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}
