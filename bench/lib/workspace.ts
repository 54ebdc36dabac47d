import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../test/e2e/browser';
import { seededDatabase, type SeedSize } from '../seed';

/**
 * The set-up every bench that drives Chromium shares: the app built into its own folder, a private
 * copy of the seeded library, the browser host on it, a fresh Chromium profile with the bench's
 * timing script installed before any page script, and the host's start-up work waited out, so the
 * figures measure the rep's actions and not a quick_check holding the host's only thread.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_DIR = 'out-bench';

/** Builds the app into out-bench/ when src/ is newer than it (same rule as the e2e runs). */
export function build(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build-if-needed.mjs')], {
    cwd: ROOT,
    env: { ...process.env, ONEUP_OUT_DIR: OUT_DIR },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('building the app failed');
}

/** A file the built renderer serves, for a bench that adds its own page beside the app. */
export const rendererFile = (name: string): string => join(ROOT, OUT_DIR, 'renderer', name);

/**
 * A private copy of the seeded database: the host writes to its data folder (WAL, settings,
 * backups), and the seed is shared with the other benches. The SQLite backup API copies a
 * consistent snapshot even if another process has the seed open.
 */
async function copySeed(seedDir: string, prefix: string): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const seed = new Database(join(seedDir, 'oneup.sqlite'), { readonly: true, fileMustExist: true });
  try {
    await seed.backup(join(dataDir, 'oneup.sqlite'));
  } finally {
    seed.close();
  }
  return dataDir;
}

export interface Host {
  child: ChildProcess;
  /** The launch link, with the session token in its hash. */
  url: string;
}

/**
 * Starts the browser host on a data directory and waits for its launch link. By default it runs
 * the bench's own build (`out-bench`); `webJs` names another build and `args` adds flags.
 */
export async function startHost(
  dataDir: string,
  {
    webJs = join(ROOT, OUT_DIR, 'main/web.js'),
    args = [],
  }: { webJs?: string; args?: string[] } = {},
): Promise<Host> {
  const child = spawn(
    process.execPath,
    [webJs, '--port', '0', '--data-dir', dataDir, '--no-open', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^OneUp is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)$/m.exec(
        stdout,
      );
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  return { child, url };
}

export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

/** Calls the host's API from Node with the launch token, as the page would. */
async function hostApi<T>(url: string, channel: string, input: unknown): Promise<T> {
  const { origin, hash } = new URL(url);
  const token = /token=([\w-]+)/.exec(hash)?.[1] ?? '';
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/**
 * The host runs a quick_check of the file and takes its first automatic backup a few seconds
 * after start. On a 700 MB library both take a while, and the check holds the host's only
 * thread meanwhile, so the timings wait them out. Returns how long that took, in seconds.
 */
export async function waitForBackgroundWork(url: string): Promise<number> {
  const started = performance.now();
  const deadline = Date.now() + 300_000;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  while (Date.now() < deadline) {
    const info = await hostApi<{ health?: { status?: string } }>(url, 'app:info', {});
    if (info.health === undefined || info.health.status !== 'unchecked') break;
    await pause(500);
  }
  while (Date.now() < deadline) {
    let list: { backups?: unknown[] };
    try {
      list = await hostApi<{ backups?: unknown[] }>(url, 'backup:list', {});
    } catch {
      break; // A host without automatic backups has nothing more to wait for.
    }
    if (!Array.isArray(list.backups) || list.backups.length > 0) break;
    await pause(1_000);
  }
  return (performance.now() - started) / 1000;
}

export interface BenchWorkspace {
  /** The app's page, opened once through the launch link, so its session holds the token. */
  page: Page;
  /** The host's origin, for loading a screen directly (`${origin}/#/prospects`). */
  origin: string;
  /** Closes Chromium, stops the host and deletes the library copy and the profile. */
  close(): Promise<void>;
}

/**
 * Opens the app in Chromium on a private copy of a library seeded at `size`, with
 * `instrumentation` installed before any page script. The app must already be built (`build()`).
 */
export async function openWorkspace(
  bench: string,
  size: SeedSize,
  instrumentation: string,
): Promise<BenchWorkspace> {
  const seed = seededDatabase(size);
  if (!seed.reused) console.log(`seeded the library in ${seed.seconds.toFixed(0)} s`);
  const cleanups: (() => Promise<void> | void)[] = [];
  const close = async () => {
    // Last started, first stopped: Chromium, then the host, then the folders they used.
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const dataDir = await copySeed(seed.dataDir, `oneup-${bench}-bench-`);
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const profile = mkdtempSync(join(tmpdir(), `oneup-${bench}-bench-profile-`));
    cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
    const host = await startHost(dataDir);
    cleanups.push(() => stopHost(host.child));
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions(),
      viewport: { width: 1440, height: 900 },
    });
    cleanups.push(() => context.close());
    await context.addInitScript({ content: instrumentation });
    const waited = await waitForBackgroundWork(host.url);
    console.log(
      `waited ${waited.toFixed(0)} s for the host's start-up health check and first backup`,
    );
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(60_000);
    page.setDefaultNavigationTimeout(120_000);
    // The launch link stores the token in the page's session, as a rep's first visit does.
    await page.goto(host.url);
    await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
    return { page, origin: new URL(host.url).origin, close };
  } catch (error) {
    await close();
    throw error;
  }
}
