import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeViolations, seriousViolations } from './a11y';
import { callApi, callApiEach, expect, openApp, test } from './fixtures';
import { ProspectsPage } from './pages/ProspectsPage';

test('a corrupt library file opens the recovery screen, which restores the latest good backup', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await callApi(page, 'prospects:create', { name: 'Dana Whitfield', company: 'Tidewater' });
  const backup = await callApi(page, 'backup:now', {});
  await host.stop();

  // Something overwrote the start of the file: the header is gone.
  const file = join(host.dataDir, 'oneup.sqlite');
  const bytes = readFileSync(file);
  bytes.fill(0x5a, 0, 4096);
  writeFileSync(file, bytes);

  await host.start();
  await openApp(page, host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not a database|damaged/);
  await expect(page.getByText(file).first()).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Restore your latest good backup' }),
  ).toBeVisible();

  const found: string[] = [];
  const check = async (where: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      found.push(...describeViolations(`${where} (${colorScheme})`, await seriousViolations(page)));
    }
  };
  await check('recovery screen');

  await page.getByRole('button', { name: 'Restore this backup…' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('It is not deleted');
  await expect(dialog).toContainText(join(host.dataDir, 'damaged'));
  await check('recovery confirmation');
  expect(found).toEqual([]);
  await dialog.getByRole('button', { name: 'Move the file aside and restore' }).click();

  const prospects = new ProspectsPage(page);
  // The restored library has data, so the app opens on Today; the rep goes to the list.
  await prospects.open();
  await expect(prospects.row('Dana Whitfield')).toBeVisible();
  const info = await callApi(page, 'app:info', {});
  expect(info.mode).toBe('normal');
  const backups = await callApi(page, 'backup:list', {});
  expect(backups.backups.map((b) => b.name)).toContain(backup.name);
});

test('damage found by the background check shows a banner that leads to restoring a backup', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await callApiEach(
    page,
    'prospects:create',
    Array.from({ length: 150 }, (_, i) => ({
      name: `Prospect ${String(i).padStart(3, '0')}`,
      notes: `Notes about this account. `.repeat(40),
    })),
  );
  await callApi(page, 'backup:now', {});
  await host.stop();

  // A page in the middle of the file is zeroed: the header and schema still read fine.
  const file = join(host.dataDir, 'oneup.sqlite');
  const bytes = readFileSync(file);
  const pages = bytes.length / 4096;
  bytes.fill(0, 4096 * Math.floor(pages / 2), 4096 * (Math.floor(pages / 2) + 1));
  writeFileSync(file, bytes);

  await host.start();
  await openApp(page, host.url);
  const banner = page.getByRole('alert').filter({ hasText: 'found damage in your library file' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await banner.getByRole('link', { name: 'see what you can do' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your library file is damaged');

  await page.getByRole('button', { name: 'Restore this backup…' }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: 'Move the file aside and restore' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your library is fine');
  await expect(banner).toBeHidden();
  const list = await callApi(page, 'prospects:list', {
    limit: 500,
  });
  expect(list.items).toHaveLength(150);
});
