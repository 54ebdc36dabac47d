import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Host, callApi, expect, openApp, test } from './fixtures';
import { PlanPage } from './pages/PlanPage';
import { ProspectDetailPage } from './pages/ProspectDetailPage';
import { ProspectsPage } from './pages/ProspectsPage';

/** Awaits an API call and reports whether it worked, for filling the database until it is full. */
async function tryApi(pending: Promise<unknown>): Promise<string | null> {
  try {
    await pending;
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

const objections = (count: number, size: number) =>
  Array.from({ length: count }, (_, i) => ({
    objection: `Objection ${i}`,
    response: `${'We have seen this before and here is what helped. '.repeat(size / 50)}`.slice(
      0,
      size,
    ),
  }));

// A host whose database may not grow past 400 pages (1.6 MB): "the disk" fills up quickly.
// ONEUP_TEST_MAX_PAGE_COUNT is a test-only switch read by the host at startup.
let host: Host;
let dataDir: string;
test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'oneup-e2e-full-'));
  host = new Host(dataDir);
  process.env.ONEUP_TEST_MAX_PAGE_COUNT = '400';
  const started = host.start();
  delete process.env.ONEUP_TEST_MAX_PAGE_COUNT;
  await started;
});
test.afterEach(async () => {
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('disk full while autosaving an opener: the error shows, the text stays, and it saves once space is freed', async ({
  page,
}) => {
  await openApp(page, host.url);
  const prospect = await callApi(page, 'prospects:create', {
    name: 'Dana Whitfield',
    company: 'Tidewater Supply Co.',
  });
  const plan = await callApi(page, 'plans:create', {
    prospectId: prospect.id,
    opener: 'Hi Dana, this is Sam with Freightwise.',
  });
  // The rep opens the plan the way they would, before the disk fills up: Prospects, Dana, her
  // plan. (A reload first, as the list the app read at start was empty.)
  await page.reload();
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
  const prospects = new ProspectsPage(page);
  await prospects.open();
  await prospects.openProspect('Dana Whitfield');
  await new ProspectDetailPage(page).planLink().click();
  const screen = new PlanPage(page);
  await expect(screen.opener).toHaveValue('Hi Dana, this is Sam with Freightwise.');
  expect(screen.id()).toBe(plan.plan.id);

  // Fill the database with other plans, in smaller and smaller pieces, until not even a small
  // one fits.
  for (const [count, size] of [
    [20, 2000],
    [4, 2000],
    [1, 1000],
    [1, 100],
  ] as const) {
    for (;;) {
      let created: { plan: { id: number; revision: number } };
      try {
        created = await callApi(page, 'plans:create', { prospectId: prospect.id });
      } catch (error) {
        expect((error as Error).message).toContain('The disk is full');
        break;
      }
      const failed = await tryApi(
        callApi(page, 'plans:update', {
          id: created.plan.id,
          baseRevision: created.plan.revision,
          patch: { objections: objections(count, size) },
        }),
      );
      if (failed) {
        expect(failed).toContain('The disk is full');
        break;
      }
    }
  }

  const typed =
    'Hi Dana, this is Sam Ortiz with Freightwise. ' +
    Array.from(
      { length: 60 },
      (_, i) => `Lane ${i} re-bid every quarter cut freight costs by ${i % 13}% for distributors.`,
    ).join(' ');
  await screen.opener.fill(typed);
  await expect(screen.saveState).toContainText('Not saved — retrying');
  await expect(screen.saveState).toContainText('The disk is full');
  await expect(screen.opener).toHaveValue(typed);

  // Space is freed: the rep makes room on the disk. Here the host comes back on the same port and
  // token without the page cap, and the page that stayed open (still retrying) reaches it again.
  // Emptying rows inside the full file is no way to free space: SQLite writes an updated row's new
  // overflow pages before it frees the old ones, so even a shrinking update can need a free page.
  const port = host.port;
  await host.stop();
  await host.start(port, { keepToken: true });
  await screen.opener.press('End');
  await screen.opener.pressSequentially(' Thanks.');
  await screen.waitSaved();

  await page.reload();
  await expect(screen.opener).toHaveValue(`${typed} Thanks.`);
  const integrity = await callApi(page, 'recovery:status', {});
  expect(integrity.problem).toBeNull();
});
