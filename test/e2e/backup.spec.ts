import { callApi, expect, openApp, test } from './fixtures';
import { BackupsPage } from './pages/BackupsPage';
import { ProspectsPage } from './pages/ProspectsPage';

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

  // Cancel first: nothing happens.
  await backups.section.getByRole('button', { name: `Restore ${when}`, exact: true }).click();
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
  await backups.undoRestore();
  await page.getByRole('link', { name: /Prospects/ }).click();
  await expect(prospects.row('Ann Before')).toBeVisible();
  await expect(prospects.row('Bob After')).toBeVisible();

  // The restored state survives a restart of the host.
  await host.restart();
  await openApp(page, host.url);
  await expect(prospects.row('Bob After')).toBeVisible();
});
