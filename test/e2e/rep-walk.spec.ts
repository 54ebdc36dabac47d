/// <reference lib="dom" />
// What a rep walking through the app with the sample data ran into (session 10): each test moves
// only through the app's own links, buttons and keys, as the rep did.
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { ProspectsPage } from './pages/ProspectsPage';

/** Opens the app on an empty library and loads the sample data from the first screen's offer. */
async function openWithSampleData(page: Page, url: string): Promise<ProspectsPage> {
  await openApp(page, url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  const prospects = new ProspectsPage(page);
  await expect(prospects.row('Priya Raman')).toBeVisible();
  return prospects;
}

/**
 * How many pixels the text a control shows (its placeholder, or a menu's chosen option) is wider
 * than the room the control gives it; 0 or less: it fits. A menu keeps 12 px for its arrow.
 */
function overflowOfShownText(control: Locator, text: string): Promise<number> {
  return control.evaluate((element, shown) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const arrow = element instanceof HTMLSelectElement ? 12 : 0;
    const room =
      element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
    return Math.ceil(context.measureText(shown).width - room);
  }, text);
}

test('the prospects search shows its whole placeholder, and every filter its longest choice, at 1280 and 1024 px', async ({
  page,
  host,
}) => {
  const prospects = await openWithSampleData(page, host.url);
  const placeholder = (await prospects.search.getAttribute('placeholder')) ?? '';
  expect(placeholder).toContain('notes');
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    expect(
      await overflowOfShownText(prospects.search, placeholder),
      `${width} px`,
    ).toBeLessThanOrEqual(0);
    for (const label of ['Tag', 'Industry', 'Last contact', 'Sort by', 'Show']) {
      const menu = page.getByLabel(label, { exact: true });
      // Each choice is shown in turn; the longest fixed one is "Over 30 days ago".
      for (const option of await menu.locator('option').allTextContents()) {
        expect(
          await overflowOfShownText(menu, option),
          `${label}: ${option} at ${width} px`,
        ).toBeLessThanOrEqual(0);
      }
    }
  }
});

test("a cold start asks for Today's list once, and coming back to Today asks again", async ({
  page,
  host,
  context,
}) => {
  await openWithSampleData(page, host.url);
  // The rep opens OneUp again in a second tab: a cold start on a library with data.
  const second = await context.newPage();
  let todayAsks = 0;
  second.on('request', (request) => {
    if (request.url().endsWith('/api/today:get')) todayAsks += 1;
  });
  // Today's meetings are asked for when the screen mounts, where it asked for Today again.
  const meetingsAnswered = second.waitForResponse((response) =>
    response.url().endsWith('/api/meetings:upcoming'),
  );
  await openApp(second, host.url);
  await expect(second.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(second.getByRole('region', { name: /^Plans ready to dial/ })).toContainText(
    'Grace Okafor',
  );
  await meetingsAnswered;
  expect(todayAsks).toBe(1);

  // Leaving and coming back asks afresh: a call may have changed the queue.
  const nav = second.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: /^Prospects/ }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Prospects' })).toBeVisible();
  const askedAgain = second.waitForRequest((request) => request.url().endsWith('/api/today:get'));
  await nav.getByRole('link', { name: /^Today/ }).click();
  await askedAgain;
  expect(todayAsks).toBe(2);
});
