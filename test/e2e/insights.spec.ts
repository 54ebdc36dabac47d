import type { Page } from '@playwright/test';
import { axeInBothThemes } from './a11y';
import { callApi, expect, openApp, test } from './fixtures';
import { InsightsPage } from './pages/InsightsPage';
import { PalettePage } from './pages/PalettePage';
import { ProspectsPage } from './pages/ProspectsPage';

const FREIGHT = {
  headline: 'Distributors who re-bid freight lanes quarterly pay 11% less',
  detail: 'Carriers price annual contracts for the worst quarter of the year.',
  evidence: '60 distributors, 2025 freight invoices',
  source: 'Our 2025 client benchmark',
  sourceUrl: 'https://example.com/benchmark',
  industries: 'Distribution, Logistics',
  roles: 'VP Operations',
  tags: 'cost',
};
const CLINICS = {
  headline: 'Clinics lose one visit in eight to no-shows',
  detail: 'A reminder on the morning of the visit halves them within two months.',
  evidence: '41 clinics, 18 months of scheduling data',
  isPublic: true,
  industries: 'Healthcare',
  tags: 'scheduling',
};

test('a fresh library teaches what an insight is and offers the sample data', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const insights = new InsightsPage(page);
  await insights.open();
  const empty = page.getByRole('region', { name: 'Keep what only you know' });
  await expect(empty).toContainText('something the prospect cannot read on a website');
  await expect(empty).toContainText('Not an insight');
  await empty.getByRole('button', { name: 'Load sample data' }).click();
  await expect(insights.list.getByRole('listitem')).toHaveCount(5);
  // The sample calls used four of them; the fifth's track record says so instead of showing 0%.
  await expect(insights.list.getByText('Not used yet')).toHaveCount(1);
});

test('add two insights, find one by search with the match marked, edit, archive and restore', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const insights = new InsightsPage(page);
  await insights.open();
  await insights.create(FREIGHT);
  await insights.create(CLINICS);
  await expect(insights.list.getByRole('listitem')).toHaveCount(2);
  await expect(insights.item(FREIGHT.headline)).toContainText('Own experience');
  await expect(insights.item(CLINICS.headline)).toContainText('Public research');

  await insights.search.fill('freig');
  await expect(insights.list.getByRole('listitem')).toHaveCount(1);
  await expect(insights.item(FREIGHT.headline).locator('mark').first()).toHaveText('freight');

  // A huge paste is cut to the 500 characters a search holds, and searched, with no error.
  await insights.search.fill(`freight ${'costs '.repeat(120)}`);
  await expect
    .poll(() => insights.search.evaluate((el: HTMLInputElement) => el.value.length))
    .toBe(500);
  await expect(
    page.getByText(/^No insight matches/).or(insights.item(FREIGHT.headline)),
  ).toBeVisible();
  await expect(page.getByText(/Invalid input|at most 500/)).toHaveCount(0);
  await insights.search.fill('freig');

  await insights.edit(FREIGHT.headline);
  await expect(insights.dialog.getByLabel('Source link')).toHaveValue(FREIGHT.sourceUrl);
  await insights.fill({ headline: 'Distributors who re-bid freight quarterly pay 11% less' });
  await insights.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(insights.dialog).toBeHidden();
  const edited = insights.item('Distributors who re-bid freight quarterly pay 11% less');
  await expect(edited).toBeVisible();

  await insights.search.fill('');
  await insights.edit('Distributors who re-bid freight quarterly');
  await insights.dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(insights.dialog).toBeHidden();
  await expect(insights.list.getByRole('listitem')).toHaveCount(1);
  await expect(edited).toBeHidden();
  await insights.search.fill('freight');
  await expect(page.getByText('No insight matches “freight”.')).toBeVisible();

  await insights.search.fill('');
  await insights.status.selectOption('archived');
  await insights.edit('Distributors who re-bid freight quarterly');
  await insights.dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(insights.dialog).toBeHidden();
  await insights.status.selectOption('active');
  await expect(insights.list.getByRole('listitem')).toHaveCount(2);
  await expect(edited).toBeVisible();
});

test('a source link that is not https is explained at the field, and nothing typed is lost', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const insights = new InsightsPage(page);
  await insights.open();
  await page.getByRole('button', { name: 'Add an insight' }).click();
  await insights.fill({ ...FREIGHT, sourceUrl: 'http://example.com/benchmark' });
  await insights.dialog.getByRole('button', { name: 'Add insight' }).click();
  const link = insights.dialog.getByLabel('Source link');
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await expect(link).toHaveAccessibleDescription('Enter a link starting with https://');
  await expect(insights.dialog.getByLabel('Headline')).toHaveValue(FREIGHT.headline);
  await insights.fill({ sourceUrl: 'https://example.com/benchmark' });
  await insights.dialog.getByRole('button', { name: 'Add insight' }).click();
  await expect(insights.item(FREIGHT.headline)).toBeVisible();
});

test('filters narrow the library by industry and by tag', async ({ page, host }) => {
  await openApp(page, host.url);
  const insights = new InsightsPage(page);
  await insights.open();
  await insights.create(FREIGHT);
  await insights.create(CLINICS);
  await page.getByLabel('Industry').selectOption('Healthcare');
  await expect(insights.list.getByRole('listitem')).toHaveCount(1);
  await expect(insights.item(CLINICS.headline)).toBeVisible();
  await page.getByLabel('Industry').selectOption('');
  await page.getByLabel('Tag').selectOption('cost');
  await expect(insights.list.getByRole('listitem')).toHaveCount(1);
  await expect(insights.item(FREIGHT.headline)).toBeVisible();
});

test('the keyboard alone: g i, n for new, / to search, j/k and Enter to open', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await page.keyboard.press('g');
  await page.keyboard.press('i');
  const insights = new InsightsPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();

  // The screen's shortcuts are listed in the ? overlay while it is on view.
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay.getByRole('region', { name: 'Insights' })).toContainText('New insight');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();

  await page.keyboard.press('n');
  await expect(insights.dialog.getByLabel('Headline')).toBeFocused();
  await page.keyboard.type(CLINICS.headline);
  await page.keyboard.press('Enter');
  await expect(insights.dialog).toBeHidden();
  await page.keyboard.press('n');
  await page.keyboard.type(FREIGHT.headline);
  await page.keyboard.press('Enter');
  await expect(insights.list.getByRole('listitem')).toHaveCount(2);

  // Newest first: the freight insight is on top, so j moves to the clinics one.
  await page.keyboard.press('j');
  await expect(insights.item(CLINICS.headline)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect(insights.dialog.getByLabel('Headline')).toHaveValue(CLINICS.headline);
  await page.keyboard.press('Escape');
  await expect(insights.dialog).toBeHidden();

  await page.keyboard.press('/');
  await expect(insights.search).toBeFocused();
  await page.keyboard.type('no-shows');
  await expect(insights.list.getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(insights.dialog.getByLabel('Headline')).toHaveValue(CLINICS.headline);
});

test(`the empty state, marked search results and a field error pass axe (light and dark)`, async ({
  page,
  host,
}) => {
  const { found, check } = axeInBothThemes(page);
  await openApp(page, host.url);
  const insights = new InsightsPage(page);
  await insights.open();
  await expect(page.getByRole('button', { name: 'Load sample data' })).toBeVisible();
  await check('insights, empty');

  await page.getByRole('button', { name: 'Load sample data' }).click();
  await insights.search.fill('freight');
  await expect(insights.list.locator('mark').first()).toBeVisible();
  await check('insights, search results');

  await page.getByRole('button', { name: 'New insight' }).click();
  await insights.fill({ headline: 'X', sourceUrl: 'http://example.com' });
  await insights.dialog.getByRole('button', { name: 'Add insight' }).click();
  await expect(insights.dialog.getByText('Enter a link starting with https://')).toBeVisible();
  await check('insight dialog with a field error');
  expect(found).toEqual([]);
});

/** Marks the page so a later check can tell it was never reloaded. */
const markPage = (page: Page) =>
  page.evaluate(() => {
    (window as Window & { unreloaded?: boolean }).unreloaded = true;
  });
const expectNoReload = async (page: Page) =>
  expect(await page.evaluate(() => (window as Window & { unreloaded?: boolean }).unreloaded)).toBe(
    true,
  );

test('an edited insight shows its stored fields after the rep leaves through the sidebar and comes back, in the library and on a call plan', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await markPage(page);
  const prospects = new ProspectsPage(page);
  await prospects.create({ name: 'Dana Whitfield' });
  const insights = new InsightsPage(page);
  await insights.open();
  await insights.create(FREIGHT);
  // Setup only: a plan for Dana that uses the insight, then seen once through the app's links.
  const [insight] = (await callApi(page, 'insights:list', {})).items;
  const [dana] = (await callApi(page, 'prospects:list', {})).items;
  await callApi(page, 'plans:create', { prospectId: dana!.id, insightIds: [insight!.id] });
  const openPlan = async () => {
    await prospects.open();
    await prospects.openProspect('Dana Whitfield');
    await page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('link', { name: /Call plan/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /Call plan/ })).toBeVisible();
  };
  await openPlan();
  await expect(page.getByText(FREIGHT.headline, { exact: true })).toBeVisible();

  const headline = 'Distributors who re-bid freight every quarter pay 11% less';
  await insights.open();
  await insights.edit(FREIGHT.headline);
  await insights.fill({ headline, evidence: '64 distributors, 2025 freight invoices' });
  await insights.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(insights.dialog).toBeHidden();

  await openPlan();
  await expect(page.getByText(headline, { exact: true })).toBeVisible();
  await expect(page.getByText(FREIGHT.headline, { exact: true })).toHaveCount(0);

  await insights.open();
  await expect(insights.item(headline)).toContainText('64 distributors, 2025 freight invoices');
  await insights.edit(headline);
  await insights.expectForm({
    headline,
    evidence: '64 distributors, 2025 freight invoices',
    sourceUrl: FREIGHT.sourceUrl,
  });
  await insights.fill({ tags: 'cost, freight' });
  await insights.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(insights.dialog).toBeHidden();
  await expect(insights.item(headline)).toContainText('#freight');
  expect(await callApi(page, 'insights:get', { id: insight!.id })).toMatchObject({
    headline,
    evidence: '64 distributors, 2025 freight invoices',
    tags: ['cost', 'freight'],
  });
  await expectNoReload(page);
});

test('an insight opened from the palette shows its stored fields after Back and Forward', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await markPage(page);
  const insights = new InsightsPage(page);
  await insights.open();
  await insights.create(FREIGHT);
  await insights.create(CLINICS);

  const palette = new PalettePage(page);
  await palette.open();
  await palette.input.fill('no-shows');
  await palette.group('Insights').getByRole('option').first().click();
  await expect(page).toHaveURL(/#\/insights\/\d+$/);
  const id = Number(/(\d+)$/.exec(page.url())![1]);
  await insights.expectForm({ headline: CLINICS.headline, evidence: CLINICS.evidence });
  await insights.fill({ evidence: '44 clinics, 24 months of scheduling data' });
  await insights.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(insights.dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/insights$/);

  await page.goBack();
  await expect(page).toHaveURL(/#\/insights\/\d+$/);
  await insights.expectForm({
    headline: CLINICS.headline,
    evidence: '44 clinics, 24 months of scheduling data',
  });
  await insights.fill({ detail: 'A text on the morning of the visit halves them.' });
  await insights.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(insights.dialog).toBeHidden();

  await page.goBack();
  await insights.expectForm({
    evidence: '44 clinics, 24 months of scheduling data',
    detail: 'A text on the morning of the visit halves them.',
  });
  await page.goForward();
  await expect(insights.dialog).toBeHidden();
  await expect(insights.item(CLINICS.headline)).toContainText(
    'A text on the morning of the visit halves them.',
  );
  expect(await callApi(page, 'insights:get', { id })).toMatchObject({
    evidence: '44 clinics, 24 months of scheduling data',
    detail: 'A text on the morning of the visit halves them.',
  });
  await expectNoReload(page);
});

test('typing a search asks once for each query it shows, with the filters on screen', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const insights = new InsightsPage(page);
  await insights.open();
  await insights.create(FREIGHT);
  await insights.create(CLINICS);
  await page.getByLabel('Industry').selectOption('Healthcare');
  await expect(insights.list.getByRole('listitem')).toHaveCount(1);
  // The search leaves with the keystroke, before the screen renders it; the screen must then use
  // that answer, not ask again, and the request must carry the filters the screen shows.
  const asked: unknown[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/insights:search')) asked.push(request.postDataJSON());
  });
  await insights.search.pressSequentially('no-sh', { delay: 60 });
  await expect(insights.list).toHaveAttribute('data-results-for', 'no-sh');
  await expect(insights.item(CLINICS.headline).locator('mark').first()).toHaveText('no');
  const queries = asked.map((body) => (body as { query: string }).query);
  expect(queries.filter((query) => query === 'no-sh')).toHaveLength(1);
  expect(new Set(queries).size).toBe(queries.length);
  for (const body of asked) expect(body).toMatchObject({ industry: 'Healthcare', limit: 50 });
});
