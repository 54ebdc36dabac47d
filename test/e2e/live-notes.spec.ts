/// <reference lib="dom" />
// The live call's notes as a rep meets them when things go wrong: the host goes away and the page
// is reloaded before it is back, a reply is lost after the note landed, a second tab is open on
// the same call. Every move goes through the app's own links, buttons and keys.
import type { Page, Route } from '@playwright/test';
import { callApi, expect, openApp, test } from './fixtures';
import { dialDana } from './flows';
import { CallPage } from './pages/CallPage';
import { ProspectsPage } from './pages/ProspectsPage';

/** The id of the call on screen, from the address the app navigated to. */
const callIdOf = (page: Page): number => Number(/#\/calls\/(\d+)/u.exec(page.url())![1]);

/**
 * A second tab, opened from the link the host printed, finds Dana's live call on her page
 * (Prospects, Dana, the timeline's call with no outcome yet) and opens it.
 */
async function joinFromSecondTab(
  page: Page,
  url: string,
): Promise<{ second: Page; two: CallPage }> {
  const second = await page.context().newPage();
  await openApp(second, url);
  const prospects = new ProspectsPage(second);
  await prospects.open();
  await prospects.openProspect('Dana Whitfield');
  await second
    .getByRole('region', { name: 'Timeline' })
    .getByRole('listitem')
    .filter({ hasText: 'no outcome yet' })
    .getByRole('link', { name: 'Call' })
    .click();
  const two = new CallPage(second);
  await expect(two.timer).toBeVisible();
  return { second, two };
}

/** Every note the library holds for the call, by body, asked of the backend itself. */
async function storedNoteBodies(page: Page, callId: number): Promise<string[]> {
  const detail = await callApi(page, 'calls:get', { id: callId });
  return detail.notes.map((note) => note.body);
}

test('notes and text typed while the host is down survive a reload before it is back, show as not saved yet, and are stored once', async ({
  page,
  host,
}) => {
  const call = await dialDana(page, host.url);
  const callId = callIdOf(page);
  await call.notesBox.fill('They re-bid once a year');
  await call.notesBox.press('Enter');
  await expect(call.savedNotes).toHaveText(['They re-bid once a year']);

  // A note whose save lands but whose reply never comes back: the page cannot tell it landed.
  const loseReplies = async (route: Route) => {
    await route.fetch().catch(() => undefined);
    // A handler still running when the test unroutes it finds its route already handled (seen
    // once in CI): the reply then reaches the page, which the test allows from there on.
    await route.abort('connectionreset').catch(() => undefined);
  };
  await page.route('**/api/calls:add-note', loseReplies);
  await call.notesBox.fill('Carrier contract renews in March');
  await call.notesBox.press('Enter');
  await expect(call.unsavedNotes).toContainText('Not saved');

  // Then the host goes away: a note added now, and text still in the box.
  const port = host.port;
  await host.stop('SIGKILL');
  await call.notesBox.fill('Wants the benchmark by Friday');
  await call.notesBox.press('Enter');
  await call.notesBox.fill('Budget owner is the CFO');
  await expect(call.unsavedNotes).toHaveCount(2);
  await expect(call.saveStatus).toContainText('Not saved');

  // The rep reloads while the host is still down (the browser shows its own error page), then
  // again once it is back; replies are still being lost, so nothing can be confirmed yet.
  await page.reload().catch(() => undefined);
  await host.start(port, { keepToken: true });
  // Chromium's error page may reload itself once the host answers again, which aborts this
  // reload (net::ERR_ABORTED, seen once in CI at load 8); either way the page ends on the app.
  await page.reload().catch((error: unknown) => {
    if (!String(error).includes('ERR_ABORTED')) throw error;
  });
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
  await expect(call.heading).toBeVisible();
  await expect(call.savedNotes).toContainText(['They re-bid once a year']);
  await expect(call.unsavedNotes.locator('.note-body')).toHaveText([
    'Carrier contract renews in March',
    'Wants the benchmark by Friday',
  ]);
  await expect(call.unsavedNotes.first()).toContainText('Not saved yet');
  await expect(call.notesBox).toHaveValue('Budget owner is the CFO');
  await expect(call.saveStatus).toContainText('Not saved');

  // Replies come back: the kept notes land without a Retry, and each is stored once although
  // every resend reached the backend.
  await page.unroute('**/api/calls:add-note', loseReplies);
  await expect(call.savedNotes).toHaveText([
    'They re-bid once a year',
    'Carrier contract renews in March',
    'Wants the benchmark by Friday',
  ]);
  await expect(call.unsavedNotes).toHaveCount(0);
  await call.waitSaved();
  expect(await storedNoteBodies(page, callId)).toEqual([
    'They re-bid once a year',
    'Carrier contract renews in March',
    'Wants the benchmark by Friday',
  ]);

  // Reloaded once more, the screen shows what the library holds: nothing doubled, the box kept.
  await page.reload();
  await expect(call.heading).toBeVisible();
  await expect(call.savedNotes).toHaveText([
    'They re-bid once a year',
    'Carrier contract renews in March',
    'Wants the benchmark by Friday',
  ]);
  await expect(call.unsavedNotes).toHaveCount(0);
  await expect(call.notesBox).toHaveValue('Budget owner is the CFO');

  await page.getByRole('button', { name: 'End call…' }).click();
  await call.endDialog.getByRole('radio', { name: 'Callback' }).check();
  await call.endDialog.getByRole('button', { name: 'End call' }).click();
  await expect(call.outcome).toContainText('Callback');
  await expect(call.savedNotes).toHaveText([
    'They re-bid once a year',
    'Carrier contract renews in March',
    'Wants the benchmark by Friday',
    'Budget owner is the CFO',
  ]);
  // The record tells what happened; it does not invite a dial.
  const check = page.getByRole('region', { name: 'Opener check' });
  await expect(check.getByRole('note')).toHaveText('Call finished · Callback');
  await expect(check).not.toContainText(/ready to dial|and dial/iu);
});

test('two tabs on one live call see each other’s notes, and the text being typed in either stays', async ({
  page,
  host,
}) => {
  const one = await dialDana(page, host.url);
  const callId = callIdOf(page);

  const { second, two } = await joinFromSecondTab(page, host.url);
  expect(callIdOf(second)).toBe(callId);

  // The rep is mid-sentence in tab two when a note is added in tab one.
  await two.notesBox.fill('Uses three carri');
  await one.notesBox.fill('Freight is their top cost');
  await one.notesBox.press('Enter');
  await expect(one.savedNotes).toHaveText(['Freight is their top cost']);
  await expect(two.savedNotes).toHaveText(['Freight is their top cost']);
  await expect(two.notesBox).toHaveValue('Uses three carri');

  // Tab two finishes its sentence and adds it; tab one, looked at again, shows it too.
  await two.notesBox.pressSequentially('ers');
  await two.notesBox.press('Enter');
  await expect(two.savedNotes).toHaveText(['Freight is their top cost', 'Uses three carriers']);
  await page.bringToFront();
  await expect(one.savedNotes).toHaveText(['Freight is their top cost', 'Uses three carriers']);

  // Text left in tab one's box is its own: a note added in tab two does not take it away, and
  // tab one reloaded shows it again.
  await one.notesBox.fill('Asked for the lane benchmark');
  await expect(one.saveStatus).toHaveAttribute('data-saved-draft', 'Asked for the lane benchmark');
  await second.bringToFront();
  await two.notesBox.fill('Decision in Q3');
  await two.notesBox.press('Enter');
  await page.bringToFront();
  await expect(one.savedNotes).toHaveText([
    'Freight is their top cost',
    'Uses three carriers',
    'Decision in Q3',
  ]);
  await expect(one.notesBox).toHaveValue('Asked for the lane benchmark');
  await page.reload();
  await expect(one.timer).toBeVisible();
  await expect(one.notesBox).toHaveValue('Asked for the lane benchmark');
  await expect(one.savedNotes).toHaveText([
    'Freight is their top cost',
    'Uses three carriers',
    'Decision in Q3',
  ]);
  expect(await storedNoteBodies(page, callId)).toEqual([
    'Freight is their top cost',
    'Uses three carriers',
    'Decision in Q3',
  ]);
  await second.close();
});

test('a note one tab could not send lands in the record, once, when another tab ends the call', async ({
  page,
  host,
}) => {
  const one = await dialDana(page, host.url);
  const callId = callIdOf(page);
  const { second, two } = await joinFromSecondTab(page, host.url);

  // Tab one cannot reach the host for its note (its requests fail); tab two ends the call.
  const unreachable = (route: Route) => route.abort('connectionrefused');
  await page.route('**/api/calls:add-note', unreachable);
  await one.notesBox.fill('Send the benchmark to their CFO too');
  await one.notesBox.press('Enter');
  await expect(one.unsavedNotes).toContainText('Not saved');
  await two.outcomeButton('Callback').click();
  await two.endDialog.getByRole('button', { name: 'End call' }).click();
  await expect(two.outcome).toContainText('Callback');

  // Tab two's record finds the note tab one kept in this browser and sends it (same client id);
  // tab one, still unable to send, learns the call ended and shows the same record.
  await expect(two.savedNotes).toHaveText(['Send the benchmark to their CFO too']);
  await page.bringToFront();
  await expect(one.outcome).toContainText('Callback');
  await expect(one.savedNotes).toHaveText(['Send the benchmark to their CFO too']);
  await expect(one.unsavedNotes).toHaveCount(0);
  await page.unroute('**/api/calls:add-note', unreachable);
  await page.reload();
  await expect(one.savedNotes).toHaveText(['Send the benchmark to their CFO too']);
  expect(await storedNoteBodies(page, callId)).toEqual(['Send the benchmark to their CFO too']);
  await second.close();
});
