import type { Page } from '@playwright/test';
import { axeInBothThemes } from './a11y';
import { callApi, expect, openApp, test } from './fixtures';
import { PalettePage } from './pages/PalettePage';
import { ProspectsPage } from './pages/ProspectsPage';

/**
 * axe-core on every screen, in the light and the dark theme: no serious or critical violation.
 * Each screen is checked once its heading shows and nothing is still loading, in both themes on
 * the same page.
 */
test(`the library screens, palette and overlay pass axe (light and dark)`, async ({
  page,
  host,
}) => {
  const { found, check } = axeInBothThemes(page);

  await openApp(page, host.url);
  await expect(page.getByRole('button', { name: 'Load sample data' })).toBeVisible();
  await check('prospects, empty library');

  await page.getByRole('button', { name: 'Load sample data' }).click();
  const prospects = new ProspectsPage(page);
  await expect(prospects.row('Priya Raman')).toBeVisible();
  await check('prospects list');

  await page.keyboard.press('n');
  await expect(prospects.dialog.getByLabel('Name')).toBeFocused();
  await check('new prospect dialog');
  await page.keyboard.press('Escape');
  await expect(prospects.dialog).toBeHidden();

  const palette = new PalettePage(page);
  await palette.open();
  await check('command palette');
  await palette.input.fill('freight');
  await expect(palette.group('Insights').getByRole('option').first()).toBeVisible();
  await check('command palette with search results');
  await page.keyboard.press('Escape');

  await page.keyboard.press('?');
  await expect(palette.overlay).toBeVisible();
  await check('shortcuts overlay');
  await page.keyboard.press('Escape');

  await visit(page, '#/settings', 'Settings');
  await check('settings');

  const [prospect] = (
    await callApi(page, 'prospects:list', {
      sort: 'name',
    })
  ).items;
  await visit(page, `#/prospects/${prospect!.id}`, prospect!.name);
  await check('prospect detail');

  await visit(page, '#/insights', 'Insights');
  await check('insights');

  await visit(page, '#/briefings', 'Briefings');
  await check('briefings');

  const briefing = await callApi(page, 'briefings:create', {
    title: 'Freight costs in 2026',
  });
  await visit(page, `#/briefings/${briefing.id}`, 'Freight costs in 2026');
  await check('briefing editor');

  expect(found, found.join('\n')).toEqual([]);
});

test(`a call plan and its call pass axe (light and dark)`, async ({ page, host }) => {
  const { found, check } = axeInBothThemes(page);
  await openApp(page, host.url);
  await callApi(page, 'sample:load', {});
  const [prospect] = (
    await callApi(page, 'prospects:list', {
      sort: 'name',
    })
  ).items;
  const { plan } = await callApi(page, 'plans:create', {
    prospectId: prospect!.id,
  });
  await visit(page, `#/plans/${plan.id}`, /Call plan/);
  await check('call plan');

  const { call } = await callApi(page, 'plans:dial', {
    planId: plan.id,
    opener: 'Is now a good time?',
    overrideReason: 'Checking the call screen for accessibility',
  });
  await visit(page, `#/calls/${call.id}`, /Call with/);
  await check('call');

  expect(found, found.join('\n')).toEqual([]);
});

/** Goes to a route and waits for its screen: its heading, and no lazy chunk still loading. */
async function visit(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate((to) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = to;
  }, hash);
  await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
}
