import type { Page } from '@playwright/test';
import { axeInBothThemes } from './a11y';
import { callApi, expect, openApp, test } from './fixtures';
import { ReviewPage } from './pages/ReviewPage';

const ONE_UP =
  "Hi Dana, this is Sam Ortiz with Freightwise. I'm calling because we benchmarked 60 distributors last year and the ones that re-bid LTL lanes every quarter paid 11% less for freight. That could take a real bite out of Tidewater's freight budget this spring. Could we set 20 minutes on Thursday at 10 for an executive briefing on what we found?";
const ONE_DOWN = "Hi Lee, is now a good time? I'm just calling to touch base about our solutions.";
const FOLLOW_UP =
  'Hi Dana, Sam Ortiz with Freightwise again. Carriers price annual contracts for their worst quarter; could we take 20 minutes on Friday at 9 to walk through your lanes?';

/**
 * Three calls through the API the app itself uses: planned, dialed, and (for two) ended with an
 * outcome. Returns the headline of the insight the One-Up opener used.
 */
async function seedCalls(page: Page): Promise<void> {
  await callApi(page, 'settings:update', { repName: 'Sam Ortiz', repCompany: 'Freightwise' });
  const dana = await callApi(page, 'prospects:create', {
    name: 'Dana Whitfield',
    company: 'Tidewater Supply Co.',
  });
  const lee = await callApi(page, 'prospects:create', {
    name: 'Lee Park',
    company: 'Acme Freight',
  });
  const freight = await callApi(page, 'insights:create', {
    headline: 'Distributors who re-bid LTL lanes quarterly pay 11% less for freight',
  });
  const dial = async (prospectId: number, opener: string, insightIds: number[]) => {
    const { plan } = await callApi(page, 'plans:create', {
      prospectId,
      insightIds,
      opener,
    });
    const { call } = await callApi(page, 'plans:dial', {
      planId: plan.id,
      opener,
      overrideReason: 'Testing the permission opener once',
    });
    return call.id;
  };
  const up = await dial(dana.id, ONE_UP, [freight.id]);
  await callApi(page, 'calls:end', { callId: up, outcome: 'meeting_booked' });
  const down = await dial(lee.id, ONE_DOWN, []);
  await callApi(page, 'calls:end', { callId: down, outcome: 'not_interested' });
  await dial(dana.id, FOLLOW_UP, []);
}

test('past calls can be filtered, searched, compared side by side and reused as a new plan', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await seedCalls(page);
  const review = new ReviewPage(page);
  await review.open();

  // Newest first, each with its opener as dialed, its verdict and its outcome.
  await expect(review.rows).toHaveCount(3);
  await expect(review.rows.nth(0)).toContainText('Sam Ortiz with Freightwise again');
  await expect(review.rows.nth(0)).toContainText('No outcome yet');
  await expect(review.row('Lee Park')).toContainText('Blocked');
  await expect(review.row('Lee Park')).toContainText('Dialed despite blocking findings');
  await expect(review.row('benchmarked 60 distributors')).toContainText('Meeting booked');
  await expect(review.row('benchmarked 60 distributors')).toContainText(
    'Distributors who re-bid LTL lanes',
  );

  await review.filter('Outcome').selectOption({ label: 'Meeting booked' });
  await expect(review.rows).toHaveCount(1);
  await expect(review.rows.first()).toContainText('benchmarked 60 distributors');
  await review.filter('Outcome').selectOption({ label: 'No outcome yet' });
  await expect(review.rows).toHaveCount(1);
  await expect(review.rows.first()).toContainText('again');
  await review.filter('Outcome').selectOption({ label: 'Any' });

  await review.filter('Prospect').selectOption({ label: 'Lee Park (Acme Freight)' });
  await expect(review.rows).toHaveCount(1);
  await review.filter('Verdict').selectOption({ label: 'Ready' });
  await expect(review.noMatch).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(review.rows).toHaveCount(3);

  await page.keyboard.press('/');
  await expect(review.search).toBeFocused();
  await review.search.fill('touch base');
  await expect(review.rows).toHaveCount(1);
  await expect(review.rows.first()).toContainText('Lee Park');
  await review.search.fill('');
  await expect(review.rows).toHaveCount(3);

  await expect(review.compareButton).toBeDisabled();
  await review.tick('benchmarked 60 distributors');
  await review.tick('Lee Park');
  // "c" right after ticking, with focus still on the box: a checkbox takes no letters.
  await page.keyboard.press('c');
  const [a, b] = [
    review.comparison.getByRole('article').nth(0),
    review.comparison.getByRole('article').nth(1),
  ];
  await expect(a).toContainText('benchmarked 60 distributors');
  await expect(a).toContainText('Meeting booked');
  await expect(b).toContainText('is now a good time');
  await expect(b).toContainText('Not interested');
  await expect(
    b.getByRole('list', { name: 'Findings for B' }).getByRole('listitem'),
  ).not.toHaveCount(0);
  await expect(b.locator('mark', { hasText: 'is now a good time' })).toBeVisible();

  // For reps, the calls come first and the rates below them say it in words; the chart's bars
  // say their counts in words too.
  const listBeforeRates = await review.list.evaluate(
    (list, rates) => Boolean(rates && list.compareDocumentPosition(rates) & 4),
    await review.analytics.elementHandle(),
  );
  expect(listBeforeRates).toBe(true);
  await expect(review.analytics).toContainText(
    /Overall, 1 of \d+ calls booked a meeting; with so few calls the true rate is likely \d+–\d+%/u,
  );
  // The interval keeps one booked meeting out of one call from reading as a sure thing.
  const byVerdict = review.chart('By verdict at dial time');
  await expect(byVerdict.getByRole('img')).toHaveAccessibleName(
    /Ready: 1 of 1 call booked a meeting/u,
  );
  await byVerdict.getByRole('button', { name: /Show table/ }).click();
  const ready = byVerdict.getByRole('row', { name: /^Ready/ });
  await expect(ready).toContainText('100');
  await expect(ready).toContainText(/21\s*%–100\s*%/);

  // Reuse asks for whom: the same prospect by default, or another one found by name.
  const reuse = async () => {
    await review
      .row('benchmarked 60 distributors')
      .getByRole('button', { name: /Reuse this opener/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Reuse this opener' });
    await expect(dialog).toContainText(ONE_UP);
    return dialog;
  };
  const dialog = await reuse();
  await expect(dialog.getByTestId('briefing-for')).toContainText('Dana Whitfield');
  await dialog.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page).toHaveURL(/#\/plans\/\d+$/);
  const opener = page.getByRole('textbox', { name: 'Opener', exact: true });
  await expect(opener).toHaveValue(ONE_UP);

  await page.goBack();
  const forLee = await reuse();
  await forLee.getByRole('button', { name: 'Change prospect' }).click();
  await forLee.getByRole('searchbox', { name: 'Find a prospect' }).fill('Lee');
  await forLee.getByRole('button', { name: /Choose Lee Park/ }).click();
  await expect(forLee.getByRole('note')).toContainText('where it says Dana Whitfield');
  await expect(forLee.getByLabel("The new plan's opener")).toHaveText(
    ONE_UP.replace('Hi Dana,', 'Hi Lee,'),
  );
  await forLee.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lee Park');
  await expect(opener).toHaveValue(ONE_UP.replace('Hi Dana,', 'Hi Lee,'));
});

test('a row opens its call', async ({ page, host }) => {
  await openApp(page, host.url);
  await seedCalls(page);
  const review = new ReviewPage(page);
  await review.open();
  await review
    .row('Lee Park')
    .getByRole('link', { name: /Lee Park/ })
    .click();
  await expect(page).toHaveURL(/#\/calls\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: /Lee Park/ })).toBeVisible();
});

test('an empty review teaches where calls come from', async ({ page, host }) => {
  await openApp(page, host.url);
  const review = new ReviewPage(page);
  await review.open();
  await expect(page.getByRole('heading', { name: 'No calls to review yet' })).toBeVisible();
});

test(`the review screen with charts, tables and a comparison passes axe (light and dark)`, async ({
  page,
  host,
}) => {
  const { found, check } = axeInBothThemes(page);
  await openApp(page, host.url);
  await seedCalls(page);
  const review = new ReviewPage(page);
  await review.open();
  await expect(review.rows).toHaveCount(3);
  await expect(review.chart('By week')).toBeVisible();
  await check('review');
  await review
    .chart('By insight')
    .getByRole('button', { name: /Show table/ })
    .click();
  await expect(review.chart('By insight').getByRole('table')).toBeVisible();
  await check('review with a chart as a table');
  await review.tick('benchmarked 60 distributors');
  await review.tick('Lee Park');
  await review.compareButton.click();
  await expect(review.comparison).toBeVisible();
  await check('review comparison');
  expect(found, found.join('\n')).toEqual([]);
});
