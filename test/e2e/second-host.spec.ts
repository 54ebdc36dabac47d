import { expect, Host, openApp, test } from './fixtures';
import { ProspectsPage } from './pages/ProspectsPage';

/**
 * Issue #10, point 3: a second process on the same library (here a second `npm run web`, as built)
 * must not become a second writer. It refuses, says who has the library, and the rep's page on the
 * first host keeps working with everything it saved.
 */
test('a second browser host on the same library refuses, and the first keeps working', async ({
  host,
  page,
}) => {
  await openApp(page, host.url);
  const prospects = new ProspectsPage(page);
  await prospects.create({ name: 'Dana Whitfield' });

  const second = new Host(host.dataDir);
  const refusal = await second.start().then(
    () => 'started',
    (error: Error) => error.message,
  );
  await second.stop();
  expect(refusal).toMatch(
    /^host exited with 3: OneUp is already open on this library \(pid \d+\): .+\. Close it first, or use --data-dir for another library\.\n$/u,
  );

  await page.reload();
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
  await expect(prospects.row('Dana Whitfield')).toBeVisible();
  await prospects.create({ name: 'Sam Ortiz' });
  await expect(prospects.row('Sam Ortiz')).toBeVisible();
});
