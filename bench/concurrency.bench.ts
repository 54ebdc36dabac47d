import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATABASE_FILE } from '../src/main/db/open';
import { loadNow, runSections, type BenchSection, type TargetSink } from './lib/report';
import { build, startHost, stopHost, waitForBackgroundWork } from './lib/workspace';
import { ms, table } from './lib/timing';
import { FULL_SIZE, seededDatabase, type SeedSize } from './seed';

/**
 * `prospects:list` over HTTP against the browser host (built into out-bench/ when src/ is newer), one client
 * alone and then 16 at once, each asking for pages of the list in turn; then the same 16 while a
 * 17th client keeps asking for a slow read (a list filtered by last contact, never cached). Each
 * runs twice: with the host's reader threads (the default) and with `--readers 0`, where one
 * connection on the main thread answers everything. Issue #11 target: 16 clients within 2× of one
 * client at p50. Prints figures.
 *
 * Clients and host share the machine: on 2 cores, 16 clients in a closed loop make the host's
 * main thread (HTTP, routing) and the clients' own fetch code take turns, whatever the readers do.
 */
const REQUESTS_PER_CLIENT = 40;
const CLIENTS = 16;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

interface Latency {
  p50: number;
  p99: number;
  n: number;
}

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), n: sorted.length };
}

function caller(url: URL) {
  const token = url.hash.replace('#token=', '');
  return async (channel: string, input: unknown): Promise<number> => {
    const started = performance.now();
    const response = await fetch(new URL(`/api/${channel}`, url.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; value?: unknown };
    if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body).slice(0, 200)}`);
    return performance.now() - started;
  };
}

/** `count` clients, each asking `REQUESTS_PER_CLIENT` list pages in turn, as reps scrolling do. */
async function listClients(url: URL, count: number, until?: Promise<void>): Promise<Latency> {
  const call = caller(url);
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: count }, async (_, client) => {
      for (let request = 0; request < REQUESTS_PER_CLIENT; request++) {
        samples.push(
          await call('prospects:list', { limit: 100, offset: ((client + request) % 8) * 100 }),
        );
      }
    }),
  );
  await until;
  return latency(samples);
}

/** A client asking, one after another, for a list no cache answers (~50 ms of CPU each). */
function slowReader(url: URL): { stop: () => Promise<Latency> } {
  const call = caller(url);
  const samples: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      samples.push(await call('prospects:list', { limit: 100, lastContact: 'over_30_days' }));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latency(samples);
    },
  };
}

/**
 * CPU seconds a process has used so far (all its threads), from /proc on Linux; null elsewhere.
 * Fields 14 and 15 of /proc/<pid>/stat are user and system time in clock ticks (100 per second).
 */
function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Waits (at most 10 s) until the host has used under 20 ms of CPU in a quarter of a second: a
 * reader thread the warm-up started has loaded. Returns at once where CPU time cannot be read.
 */
async function hostSettled(pid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  let before = processCpuSeconds(pid);
  while (before !== null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = processCpuSeconds(pid);
    if (now === null || now - before < 0.02) return;
    before = now;
  }
}

/**
 * The crowd run's CPU per request, host and clients together, and what it implies: with every
 * request needing that much CPU and `cores` cores, `CLIENTS` clients in a closed loop cannot see a
 * p50 below CLIENTS × CPU per request / cores, however the host schedules its reads.
 */
interface CpuShare {
  perRequestMs: number;
  hostMs: number;
  crowdFloorMs: number;
}

async function crowdWithCpu(
  url: URL,
  hostPid: number,
): Promise<{ crowd: Latency; cpu: CpuShare | null }> {
  const hostBefore = processCpuSeconds(hostPid);
  const clientBefore = process.cpuUsage();
  const crowd = await listClients(url, CLIENTS);
  const hostAfter = processCpuSeconds(hostPid);
  const client = process.cpuUsage(clientBefore);
  if (hostBefore === null || hostAfter === null) return { crowd, cpu: null };
  const requests = CLIENTS * REQUESTS_PER_CLIENT;
  const hostMs = ((hostAfter - hostBefore) * 1000) / requests;
  const perRequestMs = hostMs + (client.user + client.system) / 1000 / requests;
  return {
    crowd,
    cpu: { perRequestMs, hostMs, crowdFloorMs: (CLIENTS * perRequestMs) / availableParallelism() },
  };
}

interface Run {
  label: string;
  alone: Latency;
  crowd: Latency;
  cpu: CpuShare | null;
  crowdWithSlow: Latency;
  slow: Latency;
  load: { before: number; after: number };
  waitedSeconds: number;
}

async function measure(dataDir: string, label: string, readers: number | null): Promise<Run> {
  const host = await startHost(dataDir, {
    args: readers === null ? [] : ['--readers', String(readers)],
  });
  const url = new URL(host.url);
  try {
    const waitedSeconds = await waitForBackgroundWork(host.url);
    const before = loadNow();
    await listClients(url, 1); // warm-up: page cache, statement and list caches
    // The first crowd makes the pool start its other readers (read-pool.ts starts one and grows
    // when reads wait); once they have loaded, a second crowd warms them too.
    await listClients(url, CLIENTS);
    await hostSettled(host.child.pid!);
    await listClients(url, CLIENTS);
    const alone = await listClients(url, 1);
    const { crowd, cpu } = await crowdWithCpu(url, host.child.pid!);
    const slow = slowReader(url);
    const crowdWithSlow = await listClients(url, CLIENTS);
    return {
      label,
      alone,
      crowd,
      cpu,
      crowdWithSlow,
      slow: await slow.stop(),
      load: { before, after: loadNow() },
      waitedSeconds,
    };
  } finally {
    await stopHost(host.child);
  }
}

export async function runConcurrencyBench(
  size: SeedSize = FULL_SIZE,
  targets?: TargetSink,
): Promise<void> {
  build();
  const seeded = seededDatabase(size);
  const dataDir = mkdtempSync(join(tmpdir(), 'oneup-bench-concurrency-'));
  copyFileSync(join(seeded.dataDir, DATABASE_FILE), join(dataDir, DATABASE_FILE));
  try {
    const runs = [
      await measure(dataDir, 'reader threads (default)', null),
      await measure(dataDir, 'no readers (--readers 0)', 0),
    ];
    console.log(
      `\nprospects:list over HTTP, pages of 100 (cached after the first ask), ${REQUESTS_PER_CLIENT} requests per client; "+ slow reader": a 17th client asking a list filtered by last contact (never cached) meanwhile. Milliseconds.\n`,
    );
    console.log(
      table(
        [
          'host',
          '1 client p50',
          'p99',
          `${CLIENTS} clients p50`,
          'p99',
          'ratio p50',
          'CPU/request (host)',
          `CPU floor for ${CLIENTS} p50`,
          `${CLIENTS} + slow reader p50`,
          'p99',
          'slow read p50',
          'load before → after',
        ],
        runs.map((run) => [
          run.label,
          ms(run.alone.p50),
          ms(run.alone.p99),
          ms(run.crowd.p50),
          ms(run.crowd.p99),
          `${(run.crowd.p50 / run.alone.p50).toFixed(1)}×`,
          run.cpu ? `${ms(run.cpu.perRequestMs)} (${ms(run.cpu.hostMs)})` : '—',
          run.cpu ? ms(run.cpu.crowdFloorMs) : '—',
          ms(run.crowdWithSlow.p50),
          ms(run.crowdWithSlow.p99),
          ms(run.slow.p50),
          `${run.load.before.toFixed(2)} → ${run.load.after.toFixed(2)}`,
        ]),
      ),
    );
    console.log(
      `\nCPU/request: CPU time of the host and of the clients (this process) during the ${CLIENTS}-client run, divided by its requests. With ${availableParallelism()} cores, ${CLIENTS} clients asking back to back cannot get a p50 below ${CLIENTS} × that / ${availableParallelism()}: the CPU floor. A p50 near the floor means the requests queue for CPU, not for a lock or a connection.`,
    );
    console.log(
      `\n(waited ${runs.map((run) => `${run.waitedSeconds.toFixed(0)} s`).join(' and ')} for each host's start-up quick_check and first backup before measuring)`,
    );
    const [pooled, single] = runs as [Run, Run];
    targets?.target({
      what: `${CLIENTS} clients on prospects:list: p50`,
      figure: ms(pooled.crowd.p50),
      floor: `${ms(pooled.alone.p50)} (one client); ${ms(single.crowd.p50)} without readers${pooled.cpu ? `; CPU floor ${ms(pooled.cpu.crowdFloorMs)}` : ''}`,
      target: '≤ 2× one client',
      met: pooled.crowd.p50 <= 2 * pooled.alone.p50,
    });
    targets?.target({
      what: `${CLIENTS} clients on prospects:list beside a slow reader: p99`,
      figure: ms(pooled.crowdWithSlow.p99),
      floor: `${ms(single.crowdWithSlow.p99)} without readers`,
      target: '≤ without readers',
      met: pooled.crowdWithSlow.p99 <= single.crowdWithSlow.p99,
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const concurrencySection: BenchSection = {
  name: 'concurrency',
  about:
    'prospects:list over HTTP from 1 and 16 clients, with and without reader threads (needs `npx electron-vite build`)',
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
