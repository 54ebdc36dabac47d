import type { Page } from '@playwright/test';
import { callApi, expect, openApp, test } from './fixtures';
import { BriefingsPage } from './pages/BriefingsPage';
import { CallPage } from './pages/CallPage';
import { ProspectsPage } from './pages/ProspectsPage';

/**
 * The briefing editor, the live call's notes and the settings, used the way a rep moves around:
 * leave through the app's own links or Back, come back without a reload, and find the newest
 * text on screen and in the store. The only page load is the first one (and the explicit reload
 * in the settings test).
 */

async function sidebar(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(`^${name}`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
}

/** Opens the briefing from the Briefings list, as a rep would. */
async function openBriefing(page: Page, title: string): Promise<void> {
  const briefings = new BriefingsPage(page);
  await briefings.open();
  await briefings.row(title).getByRole('button', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title }).first()).toBeVisible();
}

const notesBox = (page: Page) => page.getByLabel('Private notes (never exported)');

test('a briefing left through the sidebar, even before its save, reopens with the newest text and keeps it', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const { id } = await callApi(page, 'briefings:create', {
    title: 'Freight review',
  });
  const briefings = new BriefingsPage(page);
  await openBriefing(page, 'Freight review');

  // Typed and left at once, inside the pause before the save.
  await notesBox(page).fill('Ask about the March renewal');
  await sidebar(page, 'Prospects', 'Prospects');
  await openBriefing(page, 'Freight review');
  await expect(notesBox(page)).toHaveValue('Ask about the March renewal');

  // Edited again from what came back, saved, left, reopened.
  await notesBox(page).press('End');
  await notesBox(page).pressSequentially(' and the CFO');
  await briefings.expectSaved();
  await sidebar(page, 'Insights', /Insight/);
  await openBriefing(page, 'Freight review');
  await expect(notesBox(page)).toHaveValue('Ask about the March renewal and the CFO');

  // One more edit on the reopened screen lands on top, with no conflict.
  await notesBox(page).press('End');
  await notesBox(page).pressSequentially('.');
  await briefings.expectSaved();
  await expect(page.getByRole('region', { name: /changed elsewhere/ })).toHaveCount(0);
  const stored = await callApi(page, 'briefings:get', { id });
  expect(stored.notes).toBe('Ask about the March renewal and the CFO.');
});

test('a briefing left with Back and returned to with Forward shows and keeps the newest text', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const { id } = await callApi(page, 'briefings:create', {
    title: 'Freight review',
  });
  const briefings = new BriefingsPage(page);
  await openBriefing(page, 'Freight review');
  await notesBox(page).fill('First thought');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Briefings' })).toBeVisible();
  await page.goForward();
  await expect(notesBox(page)).toHaveValue('First thought');

  await notesBox(page).fill('Second thought');
  await briefings.expectSaved();
  await page.goBack();
  await expect(briefings.row('Freight review')).toBeVisible();
  await page.goForward();
  await expect(notesBox(page)).toHaveValue('Second thought');
  await notesBox(page).press('End');
  await notesBox(page).pressSequentially('!');
  await briefings.expectSaved();
  expect((await callApi(page, 'briefings:get', { id })).notes).toBe('Second thought!');
});

test('two tabs on one briefing: the later save is refused, both versions are shown, and a merge keeps both', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const { id } = await callApi(page, 'briefings:create', {
    title: 'Freight review',
  });
  const other = await page.context().newPage();
  await openApp(other, host.url);
  await openBriefing(page, 'Freight review');
  await openBriefing(other, 'Freight review');

  // The first tab renames the briefing and saves.
  await page.getByLabel('Title').fill('Where freight spend leaks');
  await new BriefingsPage(page).expectSaved();

  // The second tab, still on the revision it opened, writes notes: refused, not overwritten.
  await notesBox(other).fill('Bring the lane benchmark');
  const conflict = other.getByRole('region', { name: 'This briefing was changed elsewhere' });
  await expect(conflict).toBeVisible();
  await expect(other.locator('.save-state')).toHaveText(/^Not saved/);
  await expect(conflict.getByRole('figure', { name: 'Saved title' })).toContainText(
    'Where freight spend leaks',
  );
  await expect(conflict.getByRole('figure', { name: 'Your private notes' })).toContainText(
    'Bring the lane benchmark',
  );
  let stored = await callApi(page, 'briefings:get', { id });
  expect(stored).toMatchObject({ title: 'Where freight spend leaks', notes: '' });

  // The merge starts from the rep's words; take the other tab's title and keep the notes.
  await conflict.getByLabel('Merged title').fill('Where freight spend leaks');
  await conflict.getByRole('button', { name: 'Save merged version' }).click();
  await expect(conflict).toBeHidden();
  await new BriefingsPage(other).expectSaved();
  stored = await callApi(page, 'briefings:get', { id });
  expect(stored).toMatchObject({
    title: 'Where freight spend leaks',
    notes: 'Bring the lane benchmark',
  });
  await expect(notesBox(other)).toHaveValue('Bring the lane benchmark');
  await expect(other.getByLabel('Title')).toHaveValue('Where freight spend leaks');
  await other.close();
});

test('a briefing edited while the host is down keeps its words across leaving and coming back, and saves them when the host is back', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const { id } = await callApi(page, 'briefings:create', {
    title: 'Freight review',
  });
  const briefings = new BriefingsPage(page);
  await openBriefing(page, 'Freight review');
  await notesBox(page).fill('Ask about the March renewal');
  await briefings.expectSaved();

  const port = host.port;
  await host.stop();
  await notesBox(page).press('End');
  await notesBox(page).pressSequentially(' and the CFO');
  await expect(briefings.saveState).toContainText('Not saved — retrying');

  // Left and reopened while the host is still down: the words are still on screen.
  await sidebar(page, 'Settings', 'Settings');
  await page.goBack();
  await expect(notesBox(page)).toHaveValue('Ask about the March renewal and the CFO');
  await expect(briefings.saveState).toContainText('Not saved — retrying');

  await host.start(port, { keepToken: true });
  // The retry runs on its backoff (at most 30 s apart) with no help from the rep.
  await expect(briefings.saveState).toHaveText(/^Saved \d/u, { timeout: 40_000 });
  expect((await callApi(page, 'briefings:get', { id })).notes).toBe(
    'Ask about the March renewal and the CFO',
  );
});

/**
 * A prospect added on the Prospects screen, with a plan dialed once through the API: a live
 * call to take notes in. The prospect goes through the app so its list knows it, as for a rep.
 */
async function liveCall(page: Page): Promise<number> {
  await new ProspectsPage(page).create({ name: 'Dana Whitfield' });
  const { items } = await callApi(page, 'prospects:list', {
    query: 'Dana Whitfield',
  });
  const opener = 'Hi Dana, this is Sam Ortiz with Freightwise.';
  const { plan } = await callApi(page, 'plans:create', {
    prospectId: items[0]!.id,
    opener,
  });
  const { call } = await callApi(page, 'plans:dial', {
    planId: plan.id,
    opener,
    overrideReason: 'Navigation test',
  });
  return call.id;
}

/** Prospects in the sidebar, the prospect, then the call in its timeline. */
async function openCallFromTimeline(page: Page, call: CallPage): Promise<void> {
  await sidebar(page, 'Prospects', 'Prospects');
  await page
    .getByRole('table', { name: 'Prospects' })
    .getByRole('button', { name: 'Dana Whitfield' })
    .click();
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: 'Call', exact: true })
    .click();
  await expect(call.heading).toBeVisible();
}

test('a call-notes draft left through the app’s links, before and after its save, comes back and stays', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  const callId = await liveCall(page);
  const call = new CallPage(page);
  await openCallFromTimeline(page, call);

  // Typed and left at once through the prospect link in the header.
  await call.notesBox.fill('Budget set in March');
  await page.getByRole('link', { name: 'Dana Whitfield' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: 'Call', exact: true })
    .click();
  await expect(call.notesBox).toHaveValue('Budget set in March');

  // Edited again, saved, left through the sidebar, reopened from the timeline.
  await call.notesBox.press('End');
  await call.notesBox.pressSequentially(', CFO signs');
  await expect.poll(() => call.savedDraft()).toBe('Budget set in March, CFO signs');
  await sidebar(page, 'Briefings', 'Briefings');
  await openCallFromTimeline(page, call);
  await expect(call.notesBox).toHaveValue('Budget set in March, CFO signs');
  await call.notesBox.press('End');
  await call.notesBox.pressSequentially('.');
  await expect.poll(() => call.savedDraft()).toBe('Budget set in March, CFO signs.');
  const stored = await callApi(page, 'calls:get', { id: callId });
  expect(stored.draft?.body).toBe('Budget set in March, CFO signs.');
});

test('a call-notes draft and a note survive Back and Forward', async ({ page, host }) => {
  await openApp(page, host.url);
  const callId = await liveCall(page);
  const call = new CallPage(page);
  await openCallFromTimeline(page, call);

  await call.notesBox.fill('Re-bids once a year');
  await call.notesBox.press('Enter');
  await expect(call.savedNotes).toHaveText(['Re-bids once a year']);
  await call.notesBox.fill('Wants the benchmark');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();
  await page.goForward();
  await expect(call.savedNotes).toHaveText(['Re-bids once a year']);
  await expect(call.notesBox).toHaveValue('Wants the benchmark');

  await call.notesBox.press('End');
  await call.notesBox.pressSequentially(' by Friday');
  await expect.poll(() => call.savedDraft()).toBe('Wants the benchmark by Friday');
  await page.goBack();
  await page.goForward();
  await expect(call.notesBox).toHaveValue('Wants the benchmark by Friday');
  const stored = await callApi(page, 'calls:get', { id: callId });
  expect(stored.notes.map((note) => note.body)).toEqual(['Re-bids once a year']);
  expect(stored.draft?.body).toBe('Wants the benchmark by Friday');
});

test('the theme saves itself: it sticks after leaving Settings, coming back and reloading', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await sidebar(page, 'Settings', 'Settings');
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);
  // Until a theme is chosen the page follows the system's scheme.
  const body = page.locator('body');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(body).toHaveCSS('background-color', 'rgb(21, 23, 26)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(body).toHaveCSS('background-color', 'rgb(247, 247, 245)');
  // On a light system, the dark background proves the choice applies.
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(body).toHaveCSS('background-color', 'rgb(21, 23, 26)');
  await expect(page.getByRole('form', { name: 'Settings' }).locator('.save-state')).toHaveText(
    /^Saved \d/,
  );

  await sidebar(page, 'Prospects', 'Prospects');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await sidebar(page, 'Settings', 'Settings');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect((await callApi(page, 'settings:get', {})).theme).toBe('dark');

  await page.getByLabel('Theme').selectOption('light');
  await page.goBack();
  await page.goForward();
  await expect(page.getByLabel('Theme')).toHaveValue('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // A light choice holds on a dark system.
  await expect(body).toHaveCSS('background-color', 'rgb(247, 247, 245)');
  await expect(page.getByLabel('Theme')).toHaveValue('light');
});

test('settings save as they are typed, and an impossible pace is refused at the field', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await sidebar(page, 'Settings', 'Settings');
  await page.getByLabel('Your name').fill('Dana Reyes');
  await page.getByLabel('Your company').fill('Freightwise');
  // Left at once: the change is saved on the way out and shown on return.
  await sidebar(page, 'Briefings', 'Briefings');
  await sidebar(page, 'Settings', 'Settings');
  await expect(page.getByLabel('Your name')).toHaveValue('Dana Reyes');
  await expect(page.getByLabel('Your company')).toHaveValue('Freightwise');

  await page.getByLabel('Speaking pace (words per minute)').fill('900');
  await expect(page.getByText(/faster than speech/)).toBeVisible();
  await expect(page.getByRole('form', { name: 'Settings' }).locator('.save-state')).toHaveText(
    /^Not saved/,
  );
  await page.getByLabel('Speaking pace (words per minute)').fill('140');
  await expect(page.getByRole('form', { name: 'Settings' }).locator('.save-state')).toHaveText(
    /^Saved \d/,
  );
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Dana Reyes');
  await expect(page.getByLabel('Speaking pace (words per minute)')).toHaveValue('140');
});
