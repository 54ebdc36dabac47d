/// <reference lib="dom" />
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { ChannelInput, ChannelName, ChannelResult } from '../../src/shared/api/contract';
import type { CallArgs } from '../helpers/call-args';

const ROOT = join(import.meta.dirname, '..', '..');

/** A running browser host on a data directory; `restart` keeps the directory. */
export class Host {
  private child: ChildProcess | undefined;
  url = '';

  constructor(readonly dataDir: string) {}

  /**
   * Starts the host on `port` (0: any free port). `keepToken` starts it with the token of the
   * previous start, so a page that is still open can reach it again (ONEUP_TEST_HOST_TOKEN).
   * `env` adds test-only switches, e.g. ONEUP_TEST_NOW for the backend's clock.
   */
  async start(
    port = 0,
    { keepToken = false, env = {} }: { keepToken?: boolean; env?: Record<string, string> } = {},
  ): Promise<string> {
    const token = /#token=([\w-]+)$/u.exec(this.url)?.[1];
    const child = spawn(
      process.execPath,
      [
        join(ROOT, process.env.ONEUP_OUT_DIR ?? 'out', 'main/web.js'),
        '--port',
        String(port),
        '--data-dir',
        this.dataDir,
        '--no-open',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          ...env,
          ...(keepToken && token ? { ONEUP_TEST_HOST_TOKEN: token } : {}),
        },
      },
    );
    this.child = child;
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    this.url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /^OneUp is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)$/m.exec(
          stdout,
        );
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
    });
    return this.url;
  }

  /** Stops the host: SIGTERM closes the database cleanly, SIGKILL is a crash. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  }

  /** The port the running host listens on. */
  get port(): number {
    return Number(new URL(this.url).port);
  }

  async restart(): Promise<string> {
    await this.stop();
    return this.start();
  }
}

/** Opens the printed URL and waits for the app to say it is ready. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
}

export const test = base.extend<{ host: Host }, { closingHosts: Promise<void>[] }>({
  /**
   * Hosts of finished tests that are still closing. The next test does not wait for them (a clean
   * stop checkpoints the WAL and ends the reader threads); the worker waits for all before it ends.
   */
  closingHosts: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this destructuring
    async ({}, use) => {
      const closing: Promise<void>[] = [];
      await use(closing);
      await Promise.all(closing);
    },
    { scope: 'worker' },
  ],
  host: async ({ closingHosts }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oneup-e2e-'));
    const host = new Host(dataDir);
    await host.start();
    await use(host);
    closingHosts.push(host.stop().then(() => rmSync(dataDir, { recursive: true, force: true })));
  },
});

export { expect };

/**
 * Calls the API from inside the page, with the page's own token, for setting up a test. Input and
 * result are typed by the contract, like the API tests' `call`.
 */
export async function callApi<C extends ChannelName>(
  page: Page,
  ...[channel, input]: CallArgs<C>
): Promise<ChannelResult<C>> {
  const result = await page.evaluate(
    async ({ channel, input }) => {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${sessionStorage.getItem('oneup.token')}`,
        },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    { channel, input },
  );
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as ChannelResult<C>;
}

/**
 * Calls one channel once per input, in order, from inside the page: for seeding many records in
 * one round trip to the page instead of one per record. Stops at the first failure.
 */
export async function callApiEach<C extends ChannelName>(
  page: Page,
  channel: C,
  inputs: readonly ChannelInput<C>[],
): Promise<ChannelResult<C>[]> {
  const result = await page.evaluate(
    async ({ channel, inputs }) => {
      const values: unknown[] = [];
      for (const input of inputs) {
        const response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${sessionStorage.getItem('oneup.token')}`,
          },
          body: JSON.stringify(input),
        });
        const answer = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
        if (!answer.ok) return { ok: false as const, at: values.length, error: answer.error };
        values.push(answer.value);
      }
      return { ok: true as const, values };
    },
    { channel, inputs },
  );
  if (!result.ok) {
    throw new Error(`${channel} (input ${result.at}): ${JSON.stringify(result.error)}`);
  }
  return result.values as ChannelResult<C>[];
}
