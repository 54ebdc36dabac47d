// `node scripts/screenshots.mjs`: starts the browser host on a fresh data dir with the sample data
// and saves each screen, light and dark, to docs/screenshots/ — to look at before calling a
// screen done, and for the README.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'docs/screenshots');
const screens = [
  { name: 'prospects', hash: '#/prospects' },
  { name: 'prospect-edit', hash: '#/prospects', then: async (page) => page.keyboard.press('Enter') },
  { name: 'settings', hash: '#/settings' },
  {
    name: 'palette',
    hash: '#/prospects',
    then: async (page) => {
      await page.keyboard.press('Control+k');
      await page.keyboard.type('freight');
      await page.waitForSelector('[role="listbox"] mark');
    },
  },
  { name: 'shortcuts', hash: '#/prospects', then: async (page) => page.keyboard.press('?') },
  { name: 'insights', hash: '#/insights' },
  {
    name: 'insights-search',
    hash: '#/insights',
    then: async (page) => {
      await page.keyboard.press('/');
      await page.keyboard.type('freight');
      await page.waitForSelector('.insight-list mark');
    },
  },
  { name: 'insight-edit', hash: '#/insights', then: async (page) => page.keyboard.press('Enter') },
];

buildIfNeeded();
mkdirSync(outDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'oneup-shots-'));
const host = spawn(process.execPath, [join(root, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir, '--no-open'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve) => {
  host.stdout.on('data', (chunk) => {
    const match = /OneUp is running at (\S+)/.exec(chunk.toString());
    if (match) resolve(match[1]);
  });
});
const base = url.replace(/#.*/, '');
const token = /token=([\w-]+)/.exec(url)[1];
await fetch(`${base}api/sample:load`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
  body: '{}',
});

const executablePath = process.env.ONEUP_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('html[data-app-ready="true"]');
  for (const screen of screens) {
    await page.evaluate((hash) => (window.location.hash = hash), screen.hash);
    await page.waitForLoadState('networkidle');
    if (screen.then) await screen.then(page);
    await page.waitForTimeout(150);
    const file = join(outDir, `${screen.name}-${scheme}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.keyboard.press('Escape');
  }
  await page.close();
}
await browser.close();
host.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });
