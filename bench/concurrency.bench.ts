import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DATABASE_FILE } from '../src/main/db/open';
import { runSections, type BenchSection, type TargetSink } from './lib/report';
import { ms, table } from './lib/timing';
import { FULL_SIZE, seededDatabase, type SeedSize } from './seed';

/**
 * `prospects:list` over HTTP against the browser host (the built `out/main/web.js`), one client
 * alone and then 16 at once, each asking for pages of the list in turn. Issue #11 target: 16
 * clients within 2× of one client at p50. Run `npx electron-vite build` first. Prints figures.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REQUESTS_PER_CLIENT = 40;

async function startHost(dataDir: string): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir, '--no-open'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<URL>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /OneUp is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/u.exec(stdout);
      if (match?.[1]) resolve(new URL(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`host exited with ${code}`)));
  });
  return { child, url };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

async function clients(url: URL, count: number): Promise<{ p50: number; p95: number }> {
  const token = url.hash.replace('#token=', '');
  const list = async (page: number) => {
    const started = performance.now();
    const response = await fetch(new URL('/api/prospects:list', url.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ limit: 100, offset: page * 100 }),
    });
    const body = (await response.json()) as { ok: boolean };
    if (!body.ok) throw new Error(`prospects:list failed: ${JSON.stringify(body).slice(0, 200)}`);
    return performance.now() - started;
  };
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: count }, async (_, client) => {
      for (let request = 0; request < REQUESTS_PER_CLIENT; request++) {
        // Every client walks the first pages, as reps opening the list and scrolling do.
        samples.push(await list((client + request) % 8));
      }
    }),
  );
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

export async function runConcurrencyBench(
  size: SeedSize = FULL_SIZE,
  targets?: TargetSink,
): Promise<void> {
  const seeded = seededDatabase(size);
  const dataDir = mkdtempSync(join(tmpdir(), 'oneup-bench-concurrency-'));
  copyFileSync(join(seeded.dataDir, DATABASE_FILE), join(dataDir, DATABASE_FILE));
  const host = await startHost(dataDir);
  try {
    await clients(host.url, 1); // warm-up: page cache and statement cache
    const alone = await clients(host.url, 1);
    const sixteen = await clients(host.url, 16);
    console.log(
      `\nprospects:list over HTTP, pages of 100, ${REQUESTS_PER_CLIENT} requests per client.\n`,
    );
    console.log(
      table(
        ['clients', 'p50', 'p95', 'p50 vs one client', 'target', 'result'],
        [
          ['1', ms(alone.p50), ms(alone.p95), '1.0×', '', ''],
          [
            '16',
            ms(sixteen.p50),
            ms(sixteen.p95),
            `${(sixteen.p50 / alone.p50).toFixed(1)}×`,
            '≤ 2×',
            sixteen.p50 <= 2 * alone.p50 ? 'PASS' : 'FAIL',
          ],
        ],
      ),
    );
    targets?.target({
      what: '16 clients on prospects:list: p50',
      figure: ms(sixteen.p50),
      floor: `${ms(alone.p50)} (one client)`,
      target: '≤ 2× one client',
      met: sixteen.p50 <= 2 * alone.p50,
    });
  } finally {
    host.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const concurrencySection: BenchSection = {
  name: 'concurrency',
  about: 'prospects:list over HTTP from 1 and 16 clients (needs `npx electron-vite build`)',
  run: (targets) => runConcurrencyBench(FULL_SIZE, targets),
};

// `npx tsx bench/concurrency.bench.ts [prospects insights notes]` runs this bench alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [prospects, insights, notes] = process.argv.slice(2).map(Number);
  const size = prospects && insights && notes ? { prospects, insights, notes } : FULL_SIZE;
  await runSections([
    { ...concurrencySection, run: (targets) => runConcurrencyBench(size, targets) },
  ]);
}
