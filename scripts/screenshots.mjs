// `node scripts/screenshots.mjs`: starts the browser host on a fresh data dir with the sample data
// and saves each screen, light and dark, to docs/screenshots/ — to look at before calling a
// screen done, and for the README. `node scripts/screenshots.mjs today` saves only the screens
// whose name starts with "today".
//
// Sample data already holds briefing 1, plans 1–9 and calls 1–15 (src/main/sample/); the rows
// this script adds come after them.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'docs/screenshots');
const screens = [
  { name: 'today', hash: '#/today', then: (page) => page.waitForSelector('.today-group') },
  { name: 'prospects', hash: '#/prospects' },
  {
    name: 'prospect-edit',
    hash: '#/prospects',
    then: async (page) => page.keyboard.press('Enter'),
  },
  { name: 'settings', hash: '#/settings' },
  {
    name: 'settings-backups',
    hash: '#/settings',
    fullPage: true,
    then: async (page) => {
      await page.getByRole('button', { name: 'Back up now' }).click();
      await page.getByRole('status').filter({ hasText: 'Backed up at' }).waitFor();
    },
  },
  {
    name: 'backup-restore-confirm',
    hash: '#/settings',
    then: async (page) => {
      await page
        .getByRole('button', { name: /^Restore / })
        .first()
        .click();
      await page.waitForSelector('[role="alertdialog"]');
    },
  },
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
  {
    name: 'prospect-detail',
    hash: '#/prospects/1',
    then: (page) => page.waitForSelector('text=Timeline'),
  },
  {
    name: 'plan',
    hash: '#/plans/10',
    fullPage: true,
    then: (page) => page.waitForSelector('.verdict'),
  },
  {
    name: 'plan-one-up',
    hash: '#/plans/11',
    then: (page) => page.waitForSelector('.verdict.verdict-ready'),
  },
  { name: 'call', hash: '#/calls/16', then: (page) => page.waitForSelector('.notes-timeline') },
  {
    name: 'call-end',
    hash: '#/calls/16',
    then: async (page) => {
      await page.waitForSelector('.notes-timeline');
      await page.keyboard.press('Alt+m');
      await page.waitForSelector('[role="dialog"]');
    },
  },
  {
    name: 'call-record',
    hash: '#/calls/17',
    then: (page) => page.waitForSelector('.call-outcome'),
  },
  {
    name: 'log-call',
    hash: '#/prospects/1',
    then: async (page) => {
      await page.waitForSelector('text=Timeline');
      await page.keyboard.press('l');
      await page.waitForSelector('[role="dialog"] textarea');
    },
  },
  {
    name: 'briefings',
    hash: '#/briefings',
    then: (page) => page.waitForSelector('table[aria-label="Briefings"] tbody tr'),
  },
  {
    name: 'briefing-edit',
    hash: '#/briefings/3',
    then: (page) => page.waitForSelector('.briefing-item'),
  },
  {
    name: 'briefing-print',
    hash: '#/briefings/3',
    media: 'print',
    fullPage: true,
    then: (page) => page.waitForSelector('.briefing-item'),
  },
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
  {
    name: 'review',
    hash: '#/review',
    then: (page) => page.getByRole('heading', { name: 'Review' }).waitFor(),
  },
  { name: 'data', hash: '#/data', then: (page) => page.waitForSelector('.data-screen') },
  {
    name: 'data-preview',
    hash: '#/data',
    fullPage: true,
    then: async (page) => {
      await page
        .getByLabel('File to import')
        .setInputFiles(join(root, 'test/fixtures/csv/hubspot.csv'));
      await page.waitForSelector('.import-preview');
    },
  },
  // Last: it reloads the page, which the screens above do not expect.
  {
    name: 'today-first-run',
    hash: '#/today',
    then: async (page) => {
      await setFirstRunDone(page, false);
      await page.reload();
      await page.waitForSelector('.first-run');
    },
    after: (page) => setFirstRunDone(page, true),
  },
];

/** Shows or hides the first-run card, through the API with the page's own token. */
async function setFirstRunDone(page, firstRunDone) {
  await page.evaluate(async (done) => {
    await fetch('/api/settings:update', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${sessionStorage.getItem('oneup.token')}`,
      },
      body: JSON.stringify({ firstRunDone: done }),
    });
  }, firstRunDone);
}

buildIfNeeded();
mkdirSync(outDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'oneup-shots-'));
const host = spawn(
  process.execPath,
  [join(root, 'out/main/web.js'), '--port', '0', '--data-dir', dataDir, '--no-open'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
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
const callApi = (channel, input) =>
  fetch(`${base}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
// Briefing 2 is a template over the first two sample insights; briefing 3 is its copy for prospect 1.
await callApi('briefings:create', {
  title: 'Where freight spend leaks, and what the best distributors do',
  items: [
    {
      insightId: 1,
      talkingPoints:
        'What we measured across 60 distributors\nWhy quarterly re-bids beat annual contracts',
    },
    { insightId: 2, talkingPoints: 'A one-line story, then ask how they handle it today' },
  ],
  questions: ['Who owns the carrier contracts today?', 'When is your next re-bid?'],
  lengthMinutes: 30,
});
await callApi('briefings:from-template', { templateId: 2, prospectId: 1 });
// Plan 10 has a One-Down opener to show the findings; plan 11 a One-Up one, dialed as call 16.
await callApi('settings:update', {
  repName: 'Sam Ortiz',
  repCompany: 'Freightwise',
  firstRunDone: true,
});
await callApi('plans:create', {
  prospectId: 1,
  insightIds: [1],
  objective: 'Book an executive briefing on freight spend',
  opener:
    "Hi Dana, how have you been? Is now a good time? I'm just calling to touch base about our solutions, we are the leading provider of freight audit. Could we find some time to chat?",
  meetingSlots: ['Thu 3 Dec, 10:00', 'Fri 4 Dec, 14:30'],
  objections: [
    {
      objection: 'We already have a carrier.',
      response: 'Most of our clients did too; the gap was in how often they re-bid.',
    },
  ],
});
const oneUp =
  "Hi Dana, this is Sam Ortiz with Freightwise. I'm calling because we benchmarked 60 distributors last year and the ones that re-bid LTL lanes every quarter paid 11% less for freight. That could take a real bite out of Tidewater's freight budget this spring. Could we set 20 minutes on Thursday at 10 for an executive briefing on what we found?";
await callApi('plans:create', {
  prospectId: 1,
  insightIds: [1],
  objective: 'Book a briefing',
  opener: oneUp,
});
await callApi('plans:dial', { planId: 11, opener: oneUp });
// Call 16 is live with notes and a draft; call 17 was logged afterwards from a handset.
const notes = [
  [8_000, 'Freight is their second-biggest cost after payroll', ['pain']],
  [41_000, 'Re-bids carriers once a year, in March', ['insight_landed']],
  [75_000, 'Wants the lane data before any meeting', ['objection']],
];
for (const [offsetMs, body, tags] of notes) {
  await callApi('calls:add-note', {
    callId: 16,
    body,
    tags,
    offsetMs,
    clientId: `shot-${offsetMs}`,
  });
}
await callApi('calls:save-draft', { callId: 16, body: 'CFO signs off on carrier', revision: 1 });
await callApi('calls:log', {
  prospectId: 1,
  planId: 11,
  outcome: 'meeting_booked',
  startedAt: new Date(Date.now() - 26 * 3_600_000).toISOString(),
  endedAt: new Date(Date.now() - 26 * 3_600_000 + 7 * 60_000).toISOString(),
  nextStep: 'Send the lane benchmark before the briefing',
  followUpOn: '2026-12-03',
  notes: ['Agreed to Thursday at 10', 'Bring the Q3 lane data'],
});

const executablePath =
  process.env.ONEUP_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find(existsSync);
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({
    colorScheme: scheme,
    viewport: { width: 1280, height: 800 },
  });
  await page.goto(url);
  await page.waitForSelector('html[data-app-ready="true"]');
  const only = process.argv[2];
  for (const screen of screens.filter((s) => !only || s.name.startsWith(only))) {
    await page.evaluate((hash) => (globalThis.location.hash = hash), screen.hash);
    await page.waitForLoadState('networkidle');
    if (screen.then) await screen.then(page);
    await page.emulateMedia({ media: screen.media ?? 'screen' });
    await page.waitForTimeout(150);
    const file = join(outDir, `${screen.name}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: screen.fullPage ?? false });
    console.log(file);
    if (screen.after) await screen.after(page);
    await page.keyboard.press('Escape');
  }
  await page.close();
}
await browser.close();
host.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });
