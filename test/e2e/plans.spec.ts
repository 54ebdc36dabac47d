/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { callApi, expect, openApp, test } from './fixtures';
import { PlanPage } from './pages/PlanPage';
import { ProspectsPage } from './pages/ProspectsPage';

const ONE_DOWN = "Hi Dana, is now a good time? I'm just calling to touch base about our solutions.";
const ONE_UP =
  "Hi Dana, this is Sam Ortiz with Freightwise. I'm calling because we benchmarked 60 distributors last year and the ones that re-bid LTL lanes every quarter paid 11% less for freight. That could take a real bite out of Tidewater's freight budget this spring. Could we set 20 minutes on Thursday at 10 for an executive briefing on what we found?";

test.beforeEach(async ({ page }) => {
  // The tel: link goes to the operating system; record it instead of leaving the page.
  await page.addInitScript(() => {
    const opened: string[] = [];
    (window as unknown as { __opened: string[] }).__opened = opened;
    window.open = (url?: string | URL) => {
      opened.push(String(url));
      return null;
    };
  });
});

async function setUp(page: Page, url: string) {
  await openApp(page, url);
  await callApi(page, 'settings:update', { repName: 'Sam Ortiz', repCompany: 'Freightwise' });
  const prospects = new ProspectsPage(page);
  await prospects.create({
    name: 'Dana Whitfield',
    company: 'Tidewater Supply Co.',
    phone: '+1 757 555 0142',
  });
  await callApi(page, 'insights:create', {
    headline: 'Distributors who re-bid LTL lanes quarterly pay 11% less for freight',
    industries: ['Distribution'],
  });
  await callApi(page, 'insights:create', {
    headline: 'Carriers price annual contracts for the worst quarter',
  });
  await prospects.row('Dana Whitfield').click();
  await page.getByRole('button', { name: /New call plan/ }).click();
  const plan = new PlanPage(page);
  await expect(plan.opener).toBeVisible();
  return plan;
}

test('a One-Down opener is blocked with its reasons shown; fixed into One-Up it is ready; dialing records the call', async ({
  page,
  host,
}) => {
  const plan = await setUp(page, host.url);
  await page.getByRole('button', { name: /Add insight: Distributors who re-bid/ }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Distributors who re-bid' }).first(),
  ).toBeVisible();

  await plan.opener.fill(ONE_DOWN);
  await expect(plan.verdict).toContainText('Blocked');
  await expect(plan.highlight('block', 'is now a good time')).toBeVisible();
  await expect(plan.highlight('warn', 'our solutions')).toBeVisible();
  const permission = plan.findings.filter({ hasText: 'is now a good time' });
  await expect(permission).toContainText('Why:');
  await expect(permission).toContainText(/Gong/);
  await expect(plan.dial).toContainText('Dial anyway');

  await plan.opener.fill(ONE_UP);
  await expect(plan.verdict).toContainText('Ready to dial');
  await expect(plan.highlight('block', 'good time')).toHaveCount(0);
  await expect(plan.dial).toContainText('ready');
  await plan.waitSaved();

  await plan.dial.click();
  await expect(page.getByRole('heading', { name: 'Call with Dana Whitfield' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Opener as dialed' })).toContainText(
    'Could we set 20 minutes on Thursday at 10',
  );
  await expect(
    page.getByRole('region', { name: 'Opener check' }).getByRole('status'),
  ).toContainText('Ready when dialed');
  expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual(
    ['tel:+17575550142'],
  );

  // The plan remembers the opener across a restart of the host.
  await page.goBack();
  const url = await host.restart();
  await openApp(page, url.replace('#token', `#token`));
  // A library with data opens on Today.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Prospects/ })
    .click();
  await page.getByRole('row', { name: /Dana Whitfield/ }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('dialed ready');
});

test('dialing a blocked opener asks for a written reason and stores it with the call', async ({
  page,
  host,
}) => {
  const plan = await setUp(page, host.url);
  await plan.opener.fill(ONE_DOWN);
  await expect(plan.verdict).toContainText('Blocked');
  await plan.dial.click();
  const dialog = page.getByRole('dialog', { name: 'This opener is blocked' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Dial anyway' })).toBeDisabled();
  // The sticky plan header stays under the dialog's backdrop: what is on top of its middle is
  // not the header.
  const headerCovered = await page.locator('.plan-header').evaluate((header) => {
    const box = header.getBoundingClientRect();
    const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return onTop !== null && !header.contains(onTop);
  });
  expect(headerCovered).toBe(true);
  await dialog.getByRole('button', { name: 'Back to the opener' }).click();
  await expect(dialog).toBeHidden();

  await plan.dial.click();
  await dialog.getByLabel('Why dial anyway?').fill('She asked me to call back today');
  await dialog.getByRole('button', { name: 'Dial anyway' }).click();
  await expect(page.getByRole('note')).toContainText('She asked me to call back today');
  await expect(page.getByRole('region', { name: 'Opener as dialed' })).toContainText(
    'is now a good time',
  );
});

test('a finding with a mechanical fix is fixed in one click', async ({ page, host }) => {
  const plan = await setUp(page, host.url);
  await plan.opener.fill(
    'Hi Dana, this is Sam Ortiz with Freightwise. I just wanted to share what we found.',
  );
  await expect(plan.highlight('warn', 'I just wanted')).toBeVisible();
  await page.getByRole('button', { name: 'Replace with “I wanted”' }).click();
  await expect(plan.opener).toHaveValue(
    'Hi Dana, this is Sam Ortiz with Freightwise. I wanted to share what we found.',
  );
  await expect(plan.highlight('warn', 'I just wanted')).toHaveCount(0);
});

test('a plan exports as Markdown with its opener', async ({ page, host }) => {
  const plan = await setUp(page, host.url);
  await plan.opener.fill(ONE_UP);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('Dana Whitfield');
  expect(text).toContain('Could we set 20 minutes on Thursday at 10');
});

test('the whole flow with the keyboard only', async ({ page, host }) => {
  await openApp(page, host.url);
  await callApi(page, 'settings:update', { repName: 'Sam Ortiz', repCompany: 'Freightwise' });
  await callApi(page, 'prospects:create', {
    name: 'Dana Whitfield',
    company: 'Tidewater Supply Co.',
    phone: '+1 757 555 0142',
  });
  await callApi(page, 'insights:create', {
    headline: 'Distributors who re-bid LTL lanes quarterly pay 11% less for freight',
  });
  await page.reload();
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();

  await page.keyboard.press('Enter'); // open the selected prospect
  await expect(page.getByRole('heading', { name: 'Dana Whitfield' })).toBeVisible();
  await page.keyboard.press('c'); // new call plan
  const plan = new PlanPage(page);
  await expect(plan.opener).toBeVisible();
  // Tab to the suggested insight and add it.
  const add = page.getByRole('button', { name: /Add insight: Distributors/ });
  for (let i = 0; i < 40 && !(await add.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await plan.opener.focus();
  await page.keyboard.type(ONE_UP);
  await expect(plan.verdict).toContainText('Ready to dial');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Call with Dana Whitfield' })).toBeVisible();
});
