import { expect, openApp, test } from './fixtures';
import { PalettePage } from './pages/PalettePage';
import { ProspectsPage } from './pages/ProspectsPage';

test('Ctrl+K opens the palette; "sett" and Enter go to Settings', async ({ page, host }) => {
  await openApp(page, host.url);
  const palette = new PalettePage(page);
  await palette.open();
  await expect(palette.group('Navigation')).toBeVisible();
  // The day's actions are all here, from the one command registry ("Remove sample data" joins
  // them once there is sample data; the day walk in today.spec.ts runs several of them).
  for (const [typed, action] of [
    ['new pros', 'New prospect'],
    ['new ins', 'New insight'],
    ['new brief', 'New briefing'],
    ['log', /^Log a call/],
    ['today', 'Go to Today'],
    ['theme', 'Toggle light / dark theme'],
    ['sample', 'Load sample data'],
    ['import', /^Import a CSV/],
    ['export', /^Export everything/],
  ] as const) {
    await palette.input.fill(typed);
    await expect(palette.option(action)).toBeVisible();
  }
  await palette.input.fill('sett');
  await expect(palette.option('Go to Settings')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(page.url()).toMatch(/#\/settings$/);
});

test('the palette finds prospects and insights by what the rep typed, matches marked', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(new ProspectsPage(page).row('Henrik Sørensen')).toBeVisible();
  const palette = new PalettePage(page);
  await palette.open();

  await palette.input.fill('henrik');
  const henrik = palette.group('Prospects').getByRole('option', { name: /Henrik Sørensen/ });
  await expect(henrik).toBeVisible();
  await expect(henrik.locator('mark')).toHaveText('Henrik');

  await palette.input.fill('freight');
  await expect(
    palette.group('Insights').getByRole('option', { name: /re-bid LTL lanes/ }),
  ).toBeVisible();
  // A prospect tagged "freight" is found too, with the tag shown as where it matched.
  const dana = palette.group('Prospects').getByRole('option', { name: /Dana Whitfield/ });
  await expect(dana.locator('mark')).toHaveText('freight');
  await expect(palette.option(/Henrik Sørensen/)).toHaveCount(0);

  // Hostile input finds nothing and says so, instead of failing.
  await palette.input.fill('title:secret " NEAR(');
  await expect(palette.dialog.getByRole('status')).toHaveText(/Nothing matches/);
  await expect(palette.dialog.getByRole('alert')).toHaveCount(0);

  // Choosing an insight opens that insight over the library.
  await palette.input.fill('no-shows');
  await palette.group('Insights').getByRole('option').first().click();
  await expect(palette.dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/insights\/\d+$/);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByLabel('Headline')).toHaveValue(/no-show/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/insights$/);
});

test('? lists every shortcut from the registry, including the screen’s own', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const palette = new PalettePage(page);
  await page.keyboard.press('?');
  await expect(palette.overlay).toBeVisible();
  await expect(palette.overlayRow('Go to Prospects')).toContainText('g p');
  await expect(palette.overlayRow('Go to Insights')).toContainText('g i');
  await expect(palette.overlayRow('Open the command palette')).toContainText(/(Ctrl|⌘)\+K/);
  await expect(palette.overlayRow('New prospect')).toContainText('n');
  await expect(palette.overlayRow('Select the next prospect')).toContainText('j');
  await page.keyboard.press('Escape');
  await expect(palette.overlay).toBeHidden();

  // On Settings the prospects list's own shortcuts are gone from the overlay and the palette.
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  // Focus moves to the screen's title rather than staying on the page's body.
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await page.keyboard.press('?');
  await expect(palette.overlayRow('Go to Prospects')).toBeVisible();
  await expect(palette.overlayRow('Select the next prospect')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(palette.overlay).toBeHidden();
  await palette.open();
  await palette.input.fill('next pro');
  await expect(palette.option(/Select the next prospect/)).toHaveCount(0);

  // "New prospect" is an app action: from Settings it opens Prospects with the new-prospect form.
  await palette.input.fill('new pro');
  await expect(palette.option(/New prospect/)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByLabel('Name')).toBeFocused();
});

test('the palette works with the keyboard alone and gives focus back', async ({ page, host }) => {
  await openApp(page, host.url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  const prospects = new ProspectsPage(page);
  await expect(prospects.row('Priya Raman')).toBeVisible();
  await prospects.search.focus();
  await page.keyboard.press('Escape'); // leave the box, focus on the page again
  const palette = new PalettePage(page);

  // Opens from anywhere, even while typing in a field.
  await prospects.search.focus();
  await palette.open();
  expect(await palette.activeOptionText()).toContain('Go to Today');
  await page.keyboard.press('ArrowDown');
  expect(await palette.activeOptionText()).toContain('Go to Prospects');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // wraps to the last option
  expect(await palette.activeOptionText()).toContain('Show keyboard shortcuts');

  // Focus is trapped in the dialog.
  await page.keyboard.press('Tab');
  await expect(palette.input).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(palette.input).toBeFocused();

  // Escape closes and puts focus back where it was.
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();
  await expect(prospects.search).toBeFocused();

  // A screen command run from the palette: "Search prospects" moves focus to the search box.
  await page.keyboard.press('Escape');
  await palette.open();
  await palette.input.fill('search pro');
  await page.keyboard.press('Enter');
  await expect(prospects.search).toBeFocused();

  // Sequences: g i then g p, and the shortcuts overlay, all from the keyboard.
  await page.keyboard.press('Escape');
  await page.keyboard.press('g');
  await page.keyboard.press('i');
  await expect(page).toHaveURL(/#\/insights$/);
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await expect(prospects.row('Priya Raman')).toBeVisible();
  await page.keyboard.press('?');
  await expect(palette.overlay).toBeVisible();
  await expect(palette.overlay.getByRole('button', { name: /Close/ })).toBeFocused();
  // While a dialog is open, the page behind does not react to its shortcuts.
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: 'New prospect' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(palette.overlay).toBeHidden();
});
