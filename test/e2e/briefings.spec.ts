import { axeInBothThemes } from './a11y';
import { callApi, expect, openApp, test } from './fixtures';
import { BriefingsPage } from './pages/BriefingsPage';

const FREIGHT = 'Distributors who re-bid LTL lanes every quarter pay 11% less for freight';
const NO_SHOWS = 'A same-day text cuts clinic no-shows in half';

test('a template with two insights is reordered, copied for a prospect, exported and still there after a reload', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await callApi(page, 'insights:create', {
    headline: FREIGHT,
    evidence: 'Benchmark of 60 distributors, 2025',
    source: 'Freightwise benchmark',
    isPublic: true,
  });
  await callApi(page, 'insights:create', { headline: NO_SHOWS });
  await callApi(page, 'prospects:create', {
    name: 'Dana Whitfield',
    title: 'VP Operations',
    company: 'Tidewater Supply Co.',
  });

  const briefings = new BriefingsPage(page);
  await briefings.open();
  await briefings.createTemplate('Where freight spend leaks');
  await briefings.addInsight('freight', FREIGHT);
  // The keyboard way: Enter in the search adds the first match.
  await briefings.insightSearch.fill('no-shows');
  await briefings.insightSearch.press('Enter');
  await expect(briefings.items).toHaveText([new RegExp(FREIGHT), new RegExp(NO_SHOWS)]);

  await briefings.talkingPoints(FREIGHT).fill('What we measured\nWhat the best do');
  await briefings.talkingPoints(NO_SHOWS).fill('A story from a clinic');

  // Reorder with a button, then back and forth with Alt+arrows from inside an insight.
  await briefings.move(NO_SHOWS, 'up');
  await expect(briefings.items).toHaveText([new RegExp(NO_SHOWS), new RegExp(FREIGHT)]);
  await briefings.talkingPoints(NO_SHOWS).press('Alt+ArrowDown');
  await expect(briefings.items).toHaveText([new RegExp(FREIGHT), new RegExp(NO_SHOWS)]);
  // Focus stays where the rep was typing, so the keys can be pressed again.
  await expect(briefings.talkingPoints(NO_SHOWS)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(briefings.items).toHaveText([new RegExp(NO_SHOWS), new RegExp(FREIGHT)]);
  await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toHaveText(
    `Moved “${NO_SHOWS}” to position 1 of 2.`,
  );

  await briefings.addQuestions(['Who owns the carrier contracts?', 'When is your next re-bid?']);
  await page.getByLabel('Proposed length (minutes)').fill('30');
  await briefings.expectSaved();
  await expect(briefings.document.getByRole('heading', { level: 2 })).toHaveText([
    `1. ${NO_SHOWS}`,
    `2. ${FREIGHT}`,
    'Questions to ask',
  ]);

  // A briefing for Dana from the template.
  await page.getByRole('button', { name: 'Use for a prospect…' }).click();
  await briefings.dialog.getByLabel('Find a prospect').fill('Dana');
  await briefings.dialog.getByRole('button', { name: 'Choose Dana Whitfield' }).click();
  await briefings.dialog.getByRole('button', { name: 'Create briefing' }).click();
  await expect(briefings.dialog).toBeHidden();
  await expect(page.getByTestId('briefing-for')).toHaveText(
    'Dana Whitfield · VP Operations, Tidewater Supply Co.',
  );
  await expect(briefings.items).toHaveText([new RegExp(NO_SHOWS), new RegExp(FREIGHT)]);
  await expect(briefings.talkingPoints(FREIGHT)).toHaveValue('What we measured\nWhat the best do');
  const briefingUrl = page.url();

  const { filename, text } = await briefings.exportMarkdown();
  expect(filename).toBe('Where freight spend leaks - Dana Whitfield.md');
  expect(text).toBe(
    [
      '# Where freight spend leaks',
      '',
      '**For:** Dana Whitfield, VP Operations, Tidewater Supply Co.\\',
      '**Proposed length:** 30 minutes\\',
      '**Insights covered:** 2',
      '',
      `## 1. ${NO_SHOWS}`,
      '',
      '**Source:** From our own client work',
      '',
      '**Talking points**',
      '',
      '- A story from a clinic',
      '',
      `## 2. ${FREIGHT}`,
      '',
      '**Evidence:** Benchmark of 60 distributors, 2025',
      '',
      '**Source:** Freightwise benchmark (public source)',
      '',
      '**Talking points**',
      '',
      '- What we measured',
      '- What the best do',
      '',
      '## Questions to ask',
      '',
      '1. Who owns the carrier contracts?',
      '2. When is your next re-bid?',
      '',
    ].join('\n'),
  );

  await page.reload();
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
  expect(page.url()).toBe(briefingUrl);
  await expect(briefings.items).toHaveText([new RegExp(NO_SHOWS), new RegExp(FREIGHT)]);
  await expect(briefings.talkingPoints(NO_SHOWS)).toHaveValue('A story from a clinic');
  await expect(page.getByRole('textbox', { name: 'Question 2', exact: true })).toHaveValue(
    'When is your next re-bid?',
  );
  await expect(page.getByLabel('Proposed length (minutes)')).toHaveValue('30');

  await briefings.open();
  await expect(briefings.row('Where freight spend leaks')).toHaveCount(2);
  await expect(briefings.row('Dana Whitfield')).toContainText('2'); // insights
  await page.getByLabel('Kind').selectOption('templates');
  await expect(briefings.table.getByRole('row')).toHaveCount(2); // header + the template
  await expect(briefings.row('Where freight spend leaks')).toContainText('Template');
});

test('an impossible length is explained at the field and nothing else is lost', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const briefings = new BriefingsPage(page);
  await briefings.open();
  await briefings.createTemplate('Quarterly review');
  await page.getByLabel('Proposed length (minutes)').fill('3');
  await expect(briefings.saveState).toHaveText(/Not saved/);
  await expect(page.getByText('A briefing runs at least 5 minutes.')).toBeVisible();
  await page.getByLabel('Proposed length (minutes)').fill('45');
  await briefings.expectSaved();
  await page.reload();
  await expect(page.getByLabel('Proposed length (minutes)')).toHaveValue('45');
});

test(`a filled-in briefing, its dialogs and the list pass axe (light and dark)`, async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await callApi(page, 'sample:load', {});
  const template = await callApi(page, 'briefings:create', {
    title: 'Where freight spend leaks',
    items: [{ insightId: 1, talkingPoints: 'One\nTwo' }, { insightId: 2 }],
    questions: ['Who owns the carrier contracts?'],
    lengthMinutes: 30,
  });
  await callApi(page, 'briefings:from-template', { templateId: template.id, prospectId: 1 });
  const { found, check } = axeInBothThemes(page);

  const briefings = new BriefingsPage(page);
  await briefings.open();
  // Header, the sample data's briefing, the template and its copy.
  await expect(briefings.table.getByRole('row')).toHaveCount(4);
  await check('briefings list');
  await page.keyboard.press('t');
  await expect(briefings.dialog.getByLabel('Find a prospect')).toBeFocused();
  await check('new from template dialog');
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await expect(briefings.dialog.getByLabel('Title')).toBeFocused();
  await check('new briefing dialog');
  await page.keyboard.press('Escape');

  await briefings.row('Template').getByRole('button').click();
  await expect(briefings.items).toHaveCount(2);
  await page.getByRole('button', { name: 'Choose a prospect' }).click();
  await check('briefing editor, filled in, prospect search open');
  await page.getByLabel('Proposed length (minutes)').fill('2');
  await expect(briefings.saveState).toHaveText(/Not saved/);
  await check('briefing editor with a field error');
  expect(found, found.join('\n')).toEqual([]);
});

test('an address that names no briefing says so and leads back to the list', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await page.evaluate(() => (window.location.hash = '#/briefings/999'));
  await expect(page.getByRole('heading', { name: 'Briefing not found' })).toBeVisible();
  await expect(page.getByText('Briefing 999 does not exist.')).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/briefings/abc'));
  await expect(page.getByText('“abc” is not a briefing.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to briefings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Briefings' })).toBeVisible();
});

test('with no template yet, "New from template" says so, keeps the keyboard inside, closes with Escape and leads to writing one', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const briefings = new BriefingsPage(page);
  await briefings.open();
  const fromTemplate = page.getByRole('button', { name: /New from template/ });
  await fromTemplate.click();
  const dialog = page.getByRole('dialog', { name: 'New briefing from a template' });
  await expect(dialog).toContainText('No templates yet.');
  // The form it opened with went away once the list came back empty: focus stayed inside.
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Write a template' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(fromTemplate).toBeFocused();

  await fromTemplate.click();
  await dialog.getByRole('button', { name: 'Write a template' }).click();
  await expect(page.getByRole('dialog', { name: /New briefing/ })).toBeVisible();
  await expect(dialog).toBeHidden();
});
