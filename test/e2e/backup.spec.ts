import type { Page } from '@playwright/test';
import { describeViolations, seriousViolations } from './a11y';
import { callApi, expect, openApp, test } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { ProspectsPage } from './pages/ProspectsPage';

/** axe in both themes: no serious or critical violation. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...describeViolations(`${where} (${colorScheme})`, await seriousViolations(page)));
  }
  await page.emulateMedia({ colorScheme: null });
  expect(found).toEqual([]);
}

test('Back up now, restore that backup over later work, then undo the restore', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await callApi(page, 'prospects:create', { name: 'Ann Before', company: 'Acme' });

  const backups = new BackupsPage(page);
  await backups.open();
  const when = await backups.backUpNow();
  await expect(backups.section.getByRole('row').filter({ hasText: when })).toBeVisible();

  await callApi(page, 'prospects:create', { name: 'Bob After', company: 'Acme' });

  await expectAccessible(page, 'settings with a backup');

  // Cancel first: nothing happens.
  await backups.section.getByRole('button', { name: `Restore ${when}`, exact: true }).click();
  await expect(backups.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page, 'restore confirmation');
  await backups.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(backups.dialog).toBeHidden();

  await backups.restore(when);
  const prospects = new ProspectsPage(page);
  await page.getByRole('link', { name: /Prospects/ }).click();
  await expect(prospects.row('Ann Before')).toBeVisible();
  await expect(prospects.row('Bob After')).toHaveCount(0);

  await backups.open();
  await expect(
    backups.section.getByRole('heading', { name: 'Set aside by a restore' }),
  ).toBeVisible();
  await expectAccessible(page, 'settings with a set-aside library');
  await backups.undoRestore();
  await page.getByRole('link', { name: /Prospects/ }).click();
  await expect(prospects.row('Ann Before')).toBeVisible();
  await expect(prospects.row('Bob After')).toBeVisible();

  // The restored state survives a restart of the host.
  await host.restart();
  await openApp(page, host.url);
  // A library with data opens on Today; the list is one sidebar link away.
  await prospects.open();
  await expect(prospects.row('Bob After')).toBeVisible();
});
