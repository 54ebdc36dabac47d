import type { BrowserContext, Page, Route } from '@playwright/test';
import { describeViolations, seriousViolations } from './a11y';
import { callApi, expect, openApp, test } from './fixtures';
import { PlanPage } from './pages/PlanPage';
import { ProspectDetailPage } from './pages/ProspectDetailPage';
import { ProspectsPage } from './pages/ProspectsPage';
import { Sidebar } from './pages/Sidebar';

/**
 * Editing a plan the way a rep moves around: through the app's own links, Back and Forward, a
 * second tab, and a host that goes away mid-save. After the first page.goto nothing reloads or
 * sets location.hash, so a stale cache would show.
 */

const FIRST = 'Hi Dana, this is Sam Ortiz with Freightwise.';

async function newPlan(page: Page, url: string): Promise<PlanPage> {
  await openApp(page, url);
  const prospects = new ProspectsPage(page);
  await prospects.create({ name: 'Dana Whitfield', company: 'Tidewater Supply Co.' });
  await prospects.row('Dana Whitfield').click();
  await page.getByRole('button', { name: /New call plan/ }).click();
  const plan = new PlanPage(page);
  await expect(plan.opener).toBeVisible();
  return plan;
}

/** Back to the plan through the sidebar, the prospect and its timeline. */
async function leaveAndComeBack(page: Page): Promise<void> {
  await new Sidebar(page).link('Prospects').click();
  await new ProspectsPage(page).row('Dana Whitfield').click();
  await new ProspectDetailPage(page).planLink().click();
}

/** A second tab on the same library that reaches Dana's plan through the app's own links. */
async function openInSecondTab(
  context: BrowserContext,
  url: string,
): Promise<{ second: Page; two: PlanPage }> {
  const second = await context.newPage();
  await openApp(second, url);
  await new ProspectsPage(second).open();
  await new ProspectsPage(second).row('Dana Whitfield').click();
  await new ProspectDetailPage(second).planLink().click();
  return { second, two: new PlanPage(second) };
}

const storedOpener = async (page: Page, id: number) =>
  (await callApi(page, 'plans:get', { id })).plan.opener;

test('leaving a plan through the sidebar and coming back from the timeline shows the newest opener and keeps it', async ({
  page,
  host,
}) => {
  const plan = await newPlan(page, host.url);
  const id = plan.id();
  await plan.opener.fill(FIRST);
  await plan.waitSaved();

  await leaveAndComeBack(page);
  await expect(plan.opener).toHaveValue(FIRST);
  await plan.appendToOpener(' I am calling about freight.');
  await plan.waitSaved();
  expect(await storedOpener(page, id)).toBe(`${FIRST} I am calling about freight.`);

  // Leaving at once, before the pause that would save: the route change saves, and the plan
  // opened again waits for that save instead of showing the text from before it.
  await plan.appendToOpener(' Quick one.');
  await leaveAndComeBack(page);
  await expect(plan.opener).toHaveValue(`${FIRST} I am calling about freight. Quick one.`);
  await plan.appendToOpener(' Thanks.');
  await plan.waitSaved();
  expect(await storedOpener(page, id)).toBe(
    `${FIRST} I am calling about freight. Quick one. Thanks.`,
  );
});

test('Back and Forward between the plan and the prospects keep the newest opener', async ({
  page,
  host,
}) => {
  const plan = await newPlan(page, host.url);
  const id = plan.id();
  await plan.opener.fill(FIRST);
  await plan.waitSaved();

  await new Sidebar(page).link('Prospects').click();
  await expect(new ProspectsPage(page).row('Dana Whitfield')).toBeVisible();
  await page.goBack();
  await expect(plan.opener).toHaveValue(FIRST);
  await plan.appendToOpener(' Second visit.');
  await plan.waitSaved();

  await page.goForward();
  await expect(new ProspectsPage(page).row('Dana Whitfield')).toBeVisible();
  await page.goBack();
  await expect(plan.opener).toHaveValue(`${FIRST} Second visit.`);
  await plan.appendToOpener(' Third.');
  await plan.waitSaved();
  expect(await storedOpener(page, id)).toBe(`${FIRST} Second visit. Third.`);
});

test('two tabs on one plan: a tab with nothing unsaved shows the other tab’s save at once, without a reload', async ({
  page,
  context,
  host,
}) => {
  const one = await newPlan(page, host.url);
  await one.opener.fill(FIRST);
  await one.waitSaved();

  const { second, two } = await openInSecondTab(context, host.url);
  await expect(two.opener).toHaveValue(FIRST);

  await one.opener.fill('Tab one: we benchmarked 60 distributors.');
  await one.waitSaved();
  await expect(two.opener).toHaveValue('Tab one: we benchmarked 60 distributors.');
  // And tab two's next words are saved on that revision, with no conflict.
  await two.appendToOpener(' Thursday at 10?');
  await two.waitSaved();
  await expect(two.conflict).toBeHidden();
  await expect(one.opener).toHaveValue('Tab one: we benchmarked 60 distributors. Thursday at 10?');
  await second.close();
});

test('two tabs on one plan: the later save shows the conflict with both texts, and the merge is stored', async ({
  page,
  context,
  host,
}) => {
  const one = await newPlan(page, host.url);
  const id = one.id();
  await one.opener.fill(FIRST);
  await one.waitSaved();

  const { second, two } = await openInSecondTab(context, host.url);
  await expect(two.opener).toHaveValue(FIRST);

  // Tab two types while it cannot reach the host, so its words wait unsaved; tab one saves
  // meanwhile. Tab two keeps its own words on screen, and its save, once it can send it, is
  // refused as made on the older revision.
  const unreachable = (route: Route) => route.abort('connectionrefused');
  await second.route('**/api/plans:*', unreachable);
  await two.opener.fill('Tab two: carriers price for the worst quarter.');
  await expect(two.saveState).toContainText('Not saved — retrying');
  await one.opener.fill('Tab one: we benchmarked 60 distributors.');
  await one.waitSaved();
  await expect(two.opener).toHaveValue('Tab two: carriers price for the worst quarter.');
  await second.unroute('**/api/plans:*', unreachable);
  await expect(two.conflict).toBeVisible({ timeout: 40_000 });
  await expect(two.saveState).toHaveText('Not saved — changed elsewhere');
  // Dial waits for the choice, and says so (a click did nothing, silently).
  await expect(two.dial).toBeDisabled();
  await expect(two.dial).toContainText('choose what to keep first');
  await expect(two.conflict.getByRole('figure', { name: 'Your opener' })).toContainText(
    'Tab two: carriers price for the worst quarter.',
  );
  await expect(two.conflict.getByRole('figure', { name: 'Saved opener' })).toContainText(
    'Tab one: we benchmarked 60 distributors.',
  );
  // Nothing was overwritten.
  expect(await storedOpener(second, id)).toBe('Tab one: we benchmarked 60 distributors.');
  // The conflict panel passes axe in both themes.
  const violations: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await second.emulateMedia({ colorScheme });
    violations.push(
      ...describeViolations(`conflict (${colorScheme})`, await seriousViolations(second)),
    );
  }
  expect(violations).toEqual([]);

  const merged =
    'Tab one: we benchmarked 60 distributors. Tab two: carriers price for the worst quarter.';
  await two.conflict.getByRole('textbox', { name: 'Merged opener' }).fill(merged);
  await two.conflict.getByRole('button', { name: 'Save merged version' }).click();
  await expect(two.conflict).toBeHidden();
  await two.waitSaved();
  await expect(two.opener).toHaveValue(merged);
  expect(await storedOpener(second, id)).toBe(merged);
  await expect(two.dial).toBeEnabled();

  // Tab one had nothing unsaved: it shows the merge as soon as tab two stores it, and goes on
  // from there with no conflict.
  await expect(one.opener).toHaveValue(merged);
  await expect(one.conflict).toBeHidden();
  await one.appendToOpener(' Agreed.');
  await one.waitSaved();
  expect(await storedOpener(page, id)).toBe(`${merged} Agreed.`);
});

test('a save while the host is down says "Not saved — retrying", keeps the text and lands when the host is back', async ({
  page,
  host,
}) => {
  const plan = await newPlan(page, host.url);
  const id = plan.id();
  await plan.opener.fill(FIRST);
  await plan.waitSaved();

  const port = host.port;
  await host.stop();
  await plan.appendToOpener(' Typed while the host was down.');
  await expect(plan.saveState).toContainText('Not saved — retrying');
  await expect(plan.opener).toHaveValue(`${FIRST} Typed while the host was down.`);
  // The window says it once, above the screen; the save status says the words are safe here,
  // and Dial (which records the call first) waits instead of failing.
  const lost = page.getByRole('alert').filter({ hasText: /not reachable/u });
  await expect(lost).toHaveCount(1);
  await expect(plan.saveState).toContainText('Kept in this tab until OneUp is back');
  await expect(plan.dial).toBeDisabled();
  await expect(plan.dial).toContainText('waiting for OneUp');

  // Leaving and coming back while the host is still down: the words are still on screen.
  await new Sidebar(page).link('Prospects').click();
  await page.goBack();
  await expect(plan.opener).toHaveValue(`${FIRST} Typed while the host was down.`);
  await expect(plan.saveState).toContainText('Not saved — retrying');

  await host.start(port, { keepToken: true });
  // The retry runs on its backoff (at most 30 s apart) with no help from the rep.
  await expect(plan.saveState).toHaveText(/^Saved \d/u, { timeout: 40_000 });
  await expect(plan.opener).toHaveValue(`${FIRST} Typed while the host was down.`);
  expect(await storedOpener(page, id)).toBe(`${FIRST} Typed while the host was down.`);
  await expect(lost).toHaveCount(0);
  await expect(plan.dial).toBeEnabled();
});

test('the host restarts with a new link: the tab says what to do, will not reload without asking, and the link pasted into it saves what was typed', async ({
  page,
  host,
}) => {
  const plan = await newPlan(page, host.url);
  const id = plan.id();
  await plan.opener.fill(FIRST);
  await plan.waitSaved();

  const port = host.port;
  await host.stop();
  await plan.appendToOpener(' Typed while the host was down.');
  await expect(plan.saveState).toContainText('Not saved — retrying');
  // A new start on the same port prints a new private link; the old one no longer opens the
  // library.
  const newLink = await host.start(port);
  // One banner says what happened and what to do; the save status only that the words are safe.
  const restarted = page.getByRole('alert').filter({ hasText: 'restarted with a new link' });
  await expect(restarted).toContainText('Paste the link it printed', { timeout: 40_000 });
  await expect(page.getByRole('alert').filter({ hasText: /not reachable/u })).toHaveCount(0);
  await expect(plan.saveState).toContainText('Kept in this tab until the new link is pasted');
  await expect(plan.dial).toBeDisabled();

  // A reload now would throw the words away: the browser asks first, and staying keeps them.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  void page.reload().catch(() => undefined);
  expect(await asked).toBe('beforeunload');
  await expect(plan.opener).toHaveValue(`${FIRST} Typed while the host was down.`);

  // The rep pastes the new link into the same tab: only the part after # changes, so the page
  // does not reload; it takes the link, stays on the plan and the waiting save goes through.
  await page.goto(newLink);
  await expect(page).toHaveURL(new RegExp(`#/plans/${id}$`, 'u'));
  await expect(plan.saveState).toHaveText(/^Saved \d/u, { timeout: 40_000 });
  await expect(plan.opener).toHaveValue(`${FIRST} Typed while the host was down.`);
  expect(await storedOpener(page, id)).toBe(`${FIRST} Typed while the host was down.`);
  await expect(restarted).toHaveCount(0);
  await expect(plan.dial).toBeEnabled();
});
