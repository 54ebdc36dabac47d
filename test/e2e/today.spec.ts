import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeViolations, seriousViolations } from './a11y';
import { Host, expect, openApp, test } from './fixtures';
import { CallPage } from './pages/CallPage';
import { PalettePage } from './pages/PalettePage';
import { PlanPage } from './pages/PlanPage';

// Tuesday 10 March 2026, 11:00 in New York (daylight time began on 8 March). The backend's clock (ONEUP_TEST_NOW, a test-only
// switch of the browser host) and the page's (Playwright's clock) both start there, so the
// sample data's follow-ups and Today's "due" agree.
const TUESDAY = '2026-03-10T15:00:00.000Z';
const THURSDAY = '2026-03-12T15:00:00.000Z';

let host: Host;
let dataDir: string;
test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'oneup-e2e-today-'));
  host = new Host(dataDir);
  await host.start(0, { env: { ONEUP_TEST_NOW: TUESDAY } });
});
test.afterEach(async () => {
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
test.use({ timezoneId: 'America/New_York' });

test("a rep's day: Today → plan → Dial → outcome → Next prospect, and the follow-up shows on its date", async ({
  page,
}) => {
  await page.clock.setFixedTime(TUESDAY);
  // The tel: link goes to the operating system; keep the page where it is.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await openApp(page, host.url);

  // Sample data from the command palette lands on Today.
  const palette = new PalettePage(page);
  await palette.open();
  await palette.input.fill('load sample');
  await expect(palette.option(/Load sample data/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // The first-run questions, asked once.
  const firstRun = page.getByRole('form', { name: 'About you' });
  await firstRun.getByLabel('Your name').fill('Sam Ortiz');
  await firstRun.getByLabel('Your company').fill('Brightline Advisory');
  await expect(firstRun.getByLabel('From')).toHaveValue('08:00');
  await firstRun.getByRole('button', { name: 'Start calling' }).click();
  await expect(firstRun).toBeHidden();

  const group = (name: RegExp) => page.getByRole('region', { name });
  await expect(group(/^Overdue follow-ups/)).toContainText('Dana Whitfield');
  await expect(group(/^Overdue follow-ups/)).toContainText('Call back once her carrier review');
  await expect(group(/^Follow-ups due today/)).toContainText('José Álvarez');
  const ready = group(/^Plans ready to dial/);
  await expect(ready).toContainText('Grace Okafor');
  // 00:00 in Tokyo, and a prospect with no time zone: both say so in words.
  await expect(ready.getByRole('listitem').filter({ hasText: 'Aiko Tanaka' })).toContainText(
    'outside calling hours',
  );
  await expect(ready.getByRole('listitem').filter({ hasText: 'Tom Reyes' })).toContainText(
    'Local time unknown',
  );
  // Henrik's follow-up is two days out: not in Today's queue yet (his booked meeting is listed
  // under Upcoming meetings, which is not the queue).
  for (const name of [
    /^Overdue follow-ups/,
    /^Follow-ups due today/,
    /^Plans ready to dial/,
    /^In calling hours now/,
  ]) {
    await expect(group(name)).not.toContainText('Henrik Sørensen');
  }
  await expect(page.getByRole('region', { name: 'Upcoming meetings' })).toContainText(
    'Henrik Sørensen',
  );

  const found: string[] = [];
  found.push(...describeViolations('today (light)', await seriousViolations(page)));
  await page.emulateMedia({ colorScheme: 'dark' });
  found.push(...describeViolations('today (dark)', await seriousViolations(page)));
  await page.emulateMedia({ colorScheme: 'light' });
  expect(found).toEqual([]);

  // The top of the queue has focus: one key opens Dana's plan.
  await expect(page.getByRole('link', { name: /^Dana Whitfield/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const plan = new PlanPage(page);
  await expect(
    page.getByRole('heading', { level: 1, name: /Call plan · Dana Whitfield/ }),
  ).toBeVisible();
  await expect(page.locator('.plan-header')).toContainText('11:00 EDT');
  await expect(page.locator('#dial-hours-warning')).toHaveCount(0);

  await plan.dial.click();
  const call = new CallPage(page);
  await expect(call.heading).toHaveText('Call with Dana Whitfield');
  const contact = page.getByLabel('Their phone and local time');
  await expect(contact).toContainText('+1 757 555 0142');
  await expect(contact).toContainText('11:00 EDT');

  await call.outcomeButton('Callback').click();
  await expect(call.endDialog).toBeVisible();
  await call.endDialog.getByLabel('Next step').fill('Send the lane benchmark');
  await call.endDialog.getByLabel('Follow up on').fill('2026-03-12');
  await call.endDialog.getByRole('button', { name: 'End call' }).click();
  await expect(call.outcome).toContainText('Callback');

  // Next prospect: José, whose follow-up is due today, at his plan.
  await page.getByRole('button', { name: /^Next prospect/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Call plan · José Álvarez/ }),
  ).toBeVisible();

  // Dana's follow-up was taken up by the call: she is off Today until the date she was given.
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(group(/^Follow-ups due today/)).toContainText('José Álvarez');
  await expect(page.getByRole('main')).not.toContainText('Dana Whitfield');

  // A new prospect from the palette, anywhere: its time zone is picked from the IANA list by
  // typing part of a city, never sent as free text.
  await palette.open();
  await palette.input.fill('new prospect');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New prospect' });
  const zone = dialog.getByRole('combobox', { name: 'Time zone' });
  await zone.fill('chic');
  await expect(dialog.getByRole('option', { name: 'America/Chicago' })).toBeVisible();
  expect(describeViolations('time-zone picker', await seriousViolations(page))).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(zone).toHaveValue('America/Chicago');
  await zone.fill('Denver');
  await dialog.getByLabel('Name', { exact: true }).focus();
  await expect(zone).toHaveValue('America/Denver');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // Thursday: the follow-up set on the call is due.
  await page.clock.setFixedTime(THURSDAY);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const dana = group(/^Follow-ups due today/)
    .getByRole('listitem')
    .filter({ hasText: 'Dana Whitfield' });
  await expect(dana).toContainText('Send the lane benchmark');
  await expect(dana).toContainText(/due Thu,? (12 Mar|Mar 12)/);
});
