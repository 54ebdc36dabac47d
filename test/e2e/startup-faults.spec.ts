import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  NO_MOUNT,
  canMount,
  fillDisk,
  mountRefusal,
  remount,
  tinyDisk,
  unmountAll,
} from '../helpers/mounts';
import type { Page } from '@playwright/test';
import { Host, callApi, expect, openApp, test } from './fixtures';
import { ProspectsPage } from './pages/ProspectsPage';
import { RecoveryPage } from './pages/RecoveryPage';

// Real faults on a tiny tmpfs. The full and the read-only disk need root to mount it. CI and the
// development machines run as root; where mounting is refused (a rep's or contributor's laptop)
// those two tests are reported as skipped with mount's own reason, never passed, as
// ENVIRONMENT.md asks, and `npm test` under CI=true counts any skipped test as a failure.

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let host: Host | undefined;
let plainDir: string | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  unmountAll();
  if (plainDir) rmSync(plainDir, { recursive: true, force: true });
  plainDir = undefined;
});

/**
 * A library with two prospects, closed cleanly; returns its folder. `fault` names the disk fault
 * the test makes: the library is then on a fresh 3 MB tmpfs, which needs a mount.
 */
async function closedLibrary(page: Page, fault: string | null) {
  let disk: string;
  if (fault === null) {
    disk = plainDir = mkdtempSync(join(tmpdir(), 'oneup-e2e-faults-'));
  } else {
    test.skip(!canMount, `${NO_MOUNT} to make ${fault}: ${mountRefusal}`);
    disk = tinyDisk(3072);
  }
  const dataDir = join(disk, 'data');
  host = new Host(dataDir);
  await openApp(page, await host.start());
  for (const name of ['Dana Whitfield', 'Omar Haddad']) {
    await callApi(page, 'prospects:create', { name, company: 'Tidewater Supply Co.' });
  }
  await host.stop();
  return { disk, dataDir, file: join(dataDir, 'oneup.sqlite') };
}

test('a full disk at start-up: the screen says so, offers only Try again, and the library opens once space is freed', async ({
  page,
}) => {
  const { disk, dataDir, file } = await closedLibrary(page, 'a full disk');
  const before = hashOf(file);
  const filler = fillDisk(disk);

  await openApp(page, await host!.start());
  const recovery = new RecoveryPage(page);
  await expect(recovery.title).toHaveText('The disk is full');
  await expect(page.getByText(dataDir, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(/not a database|saved over/u)).toHaveCount(0);
  await expect(recovery.startEmpty).toHaveCount(0);
  await expect(recovery.restoreLatest).toHaveCount(0);

  await recovery.tryAgain.click();
  await expect(recovery.retryStatus).toHaveText('Not yet: the disk is full.');
  expect(hashOf(file)).toBe(before);

  rmSync(filler);
  await recovery.tryAgain.click();
  const prospects = new ProspectsPage(page);
  await page.goto(host!.url.replace(/#.*$/u, '#/prospects'));
  await expect(prospects.row('Dana Whitfield')).toBeVisible();
  await expect(prospects.row('Omar Haddad')).toBeVisible();
});

test('a read-only disk at start-up: the screen names the folder and offers only Try again', async ({
  page,
}) => {
  const { disk, dataDir, file } = await closedLibrary(page, 'a read-only disk');
  const before = hashOf(file);
  remount(disk, 'ro');

  await openApp(page, await host!.start());
  const recovery = new RecoveryPage(page);
  await expect(recovery.title).toHaveText('The disk is read-only');
  await expect(page.getByText(`${dataDir} is on a disk that can only be read`)).toBeVisible();
  await expect(recovery.startEmpty).toHaveCount(0);
  await expect(recovery.tryAgain).toBeVisible();

  remount(disk, 'rw');
  expect(hashOf(file)).toBe(before);
  await recovery.tryAgain.click();
  await page.goto(host!.url.replace(/#.*$/u, '#/prospects'));
  await expect(new ProspectsPage(page).row('Dana Whitfield')).toBeVisible();
});

test('an empty (0-byte) library file is reported, and a new library starts only when the rep agrees', async ({
  page,
}) => {
  // An empty file needs no special disk: this runs everywhere.
  const { dataDir, file } = await closedLibrary(page, null);
  // A sync tool or a half-finished copy left a zero-byte file where the library was.
  writeFileSync(file, '');

  await openApp(page, await host!.start());
  const recovery = new RecoveryPage(page);
  await expect(recovery.title).toHaveText('The library file is empty');
  await expect(page.getByText(`The library file ${file} is empty (0 bytes)`)).toBeVisible();
  await expect(recovery.tryAgain).toHaveCount(0);
  await recovery.startEmpty.click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(join(dataDir, 'damaged'));
  await dialog.getByRole('button', { name: 'Move the file aside' }).click();
  await page.goto(host!.url.replace(/#.*$/u, '#/prospects'));
  const info = await callApi(page, 'app:info', {});
  expect(info.mode).toBe('normal');
});
