import type { Page } from '@playwright/test';
import { axeInBothThemes } from './a11y';
import { callApi, expect, openApp, test } from './fixtures';
import { CallPage } from './pages/CallPage';
import { PlanPage } from './pages/PlanPage';
import { ProspectDetailPage } from './pages/ProspectDetailPage';
import { ProspectsPage } from './pages/ProspectsPage';

const ONE_UP =
  "Hi Dana, this is Sam Ortiz with Freightwise. I'm calling because we benchmarked 60 distributors last year and the ones that re-bid LTL lanes every quarter paid 11% less for freight. That could take a real bite out of Tidewater's freight budget this spring. Could we set 20 minutes on Thursday at 10 for an executive briefing on what we found?";

interface Setup {
  prospectId: number;
  planId: number;
  dial: () => Promise<number>;
}

/** A prospect with a plan (insight, briefing, meeting slot) ready to dial. */
async function setUp(page: Page, url: string): Promise<Setup> {
  await openApp(page, url);
  await callApi(page, 'settings:update', { repName: 'Sam Ortiz', repCompany: 'Freightwise' });
  const prospect = await callApi(page, 'prospects:create', {
    name: 'Dana Whitfield',
    company: 'Tidewater Supply Co.',
    phone: '+1 757 555 0142',
  });
  const insight = await callApi(page, 'insights:create', {
    headline: 'Distributors who re-bid LTL lanes quarterly pay 11% less for freight',
  });
  const briefing = await callApi(page, 'briefings:create', {
    title: 'Freight cost review',
    prospectId: prospect.id,
    items: [{ insightId: insight.id }],
  });
  const { plan } = await callApi(page, 'plans:create', {
    prospectId: prospect.id,
    insightIds: [insight.id],
    briefingId: briefing.id,
    objective: 'Book a freight briefing',
    opener: ONE_UP,
    meetingSlots: ['Thu 10:00'],
  });
  const dial = async () =>
    (
      await callApi(page, 'plans:dial', {
        planId: plan.id,
        opener: ONE_UP,
      })
    ).call.id;
  return { prospectId: prospect.id, planId: plan.id, dial };
}

test('a live call: teleprompter, timed notes with quick tags, a durable save indicator, and an outcome to end it', async ({
  page,
  host,
}) => {
  const { dial } = await setUp(page, host.url);
  const callId = await dial();
  const call = new CallPage(page);
  await call.goto(callId);

  await expect(call.teleprompter).toContainText('re-bid LTL lanes every quarter');
  await expect(call.teleprompter.locator('mark')).toHaveText(
    'Could we set 20 minutes on Thursday at 10 for an executive briefing on what we found?',
  );
  await expect(call.teleprompter).toContainText('Offer: Thu 10:00');
  await expect(call.teleprompter.getByRole('link', { name: 'Freight cost review' })).toBeVisible();
  // The timer runs.
  const first = await call.timer.textContent();
  await expect(call.timer).not.toHaveText(first!);

  await call.notesBox.click();
  await page.keyboard.type('Freight is their biggest cost');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('after payroll');
  await page.keyboard.press('Alt+2'); // pain
  await expect(call.tagButton('Pain')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(call.savedNotes).toHaveText(['Freight is their biggest cost\nafter payroll']);
  await expect(call.notes.first()).toContainText('Pain');
  await expect(call.notes.first().locator('.note-offset')).toHaveText(/^\d+:\d\d$/);
  await expect(call.notesBox).toHaveValue('');
  await expect(call.tagButton('Pain')).toHaveAttribute('aria-pressed', 'false');
  await call.waitSaved();

  // The text being typed is saved too, and the indicator names what is on disk.
  await page.keyboard.type('Re-bids once a year');
  await expect.poll(() => call.savedDraft()).toBe('Re-bids once a year');
  await call.waitSaved();

  // Ending requires an outcome.
  await page.getByRole('button', { name: 'End call…' }).click();
  await expect(call.endDialog).toBeVisible();
  await call.endDialog.getByRole('button', { name: 'End call' }).click();
  await expect(call.endDialog.getByRole('alert')).toHaveText(
    'Pick how the call ended before ending it.',
  );
  await call.endDialog.getByRole('radio', { name: 'Meeting booked' }).check();
  await expect(call.endDialog.getByRole('checkbox', { name: /Freight cost review/ })).toBeChecked();
  await call.endDialog.getByLabel('Next step').fill('Send the lane benchmark');
  await call.endDialog.getByLabel('Follow up on').fill('2026-12-03');
  // A meeting booked needs its day: without one it would count as booked and show nowhere.
  await call.endDialog.getByRole('button', { name: 'End call' }).click();
  const meetingDate = call.endDialog.getByLabel('Date', { exact: true });
  await expect(meetingDate).toBeFocused();
  await expect(call.endDialog.getByText(/Pick the day of the meeting/)).toBeVisible();
  await meetingDate.fill('2026-12-10');
  await expect(call.endDialog.getByText(/Pick the day of the meeting/)).toBeHidden();
  await call.endDialog.getByRole('button', { name: 'End call' }).click();

  // The record: outcome, next step, the linked briefing, and the notes timeline including the
  // text that was still in the box.
  await expect(call.outcome).toContainText('Meeting booked');
  await expect(call.outcome).toContainText('Send the lane benchmark');
  // The briefing is linked in the outcome's details and again on the meeting it is for.
  await expect(call.outcome.getByRole('link', { name: 'Freight cost review' })).toHaveCount(2);
  await expect(call.savedNotes).toHaveText([
    'Freight is their biggest cost\nafter payroll',
    'Re-bids once a year',
  ]);
  const stored = await callApi(page, 'calls:get', { id: callId });
  expect(stored.outcome).toBe('meeting_booked');
  expect(stored.meeting?.startsAt.slice(0, 10)).toBe('2026-12-10');
  expect(stored.briefingId).not.toBeNull();
  expect(stored.notes.map((n) => n.tags)).toEqual([['pain'], []]);
  expect(stored.draft?.body ?? '').toBe('');

  // A note corrected afterwards keeps what it said before.
  await page
    .getByRole('button', { name: /^Edit note:/ })
    .last()
    .click();
  await page.getByRole('textbox', { name: 'Edit note' }).fill('Re-bids every two years');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(call.savedNotes.last()).toHaveText('Re-bids every two years');
  await expect(page.getByText('Edited · 1 earlier version')).toBeVisible();
});

test('outcome hotkeys work from the notes box and open the ending with that outcome chosen', async ({
  page,
  host,
}) => {
  const { dial } = await setUp(page, host.url);
  const call = new CallPage(page);
  await call.goto(await dial());
  await expect(call.outcomeButton('Voicemail')).toContainText('Alt');
  await call.notesBox.click();
  await page.keyboard.press('Alt+v');
  await expect(call.endDialog).toBeVisible();
  await expect(call.endDialog.getByRole('radio', { name: 'Voicemail' })).toBeChecked();
  await expect(call.endDialog.getByLabel('Next step')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(call.endDialog).toBeHidden();
  await expect(call.timer).toBeVisible();
});

test('switching calls inside the debounce window never mixes their notes or drafts', async ({
  page,
  host,
}) => {
  const { dial } = await setUp(page, host.url);
  const a = await dial();
  const b = await dial();
  const call = new CallPage(page);

  await call.goto(a);
  await call.notesBox.click();
  await page.keyboard.type('note for A');
  await page.keyboard.press('Enter');
  await page.keyboard.type('draft for A');
  // Straight to call B, well inside the 300 ms after the last keystroke.
  await call.goto(b);
  await expect(call.notesBox).toHaveValue('');
  await call.notesBox.click();
  await page.keyboard.type('draft for B');
  await call.goto(a);
  await expect(call.notesBox).toHaveValue('draft for A');
  await call.goto(b);
  await expect(call.notesBox).toHaveValue('draft for B');

  const stored = async (id: number) => callApi(page, 'calls:get', { id });
  await expect.poll(async () => (await stored(a)).draft?.body).toBe('draft for A');
  await expect.poll(async () => (await stored(b)).draft?.body).toBe('draft for B');
  expect((await stored(a)).notes.map((n) => n.body)).toEqual(['note for A']);
  expect((await stored(b)).notes).toEqual([]);
});

test('a meeting booked with no briefing yet: Prepare the briefing starts it from the call, and the call then links it', async ({
  page,
  host,
}) => {
  await setUp(page, host.url);
  // Seeded through the API after the app read its lists: one reload, then only the app's links.
  await page.reload();
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
  await new ProspectsPage(page).open();
  await new ProspectsPage(page).row('Dana Whitfield').click();
  await new ProspectDetailPage(page).planLink().click();
  await new PlanPage(page).dial.click();
  const call = new CallPage(page);
  await expect(call.timer).toBeVisible();
  await page.getByRole('button', { name: 'End call…' }).click();
  await call.endDialog.getByRole('radio', { name: 'Meeting booked' }).check();
  // Not the plan's briefing this time: the rep will prepare one for this meeting.
  await call.endDialog.getByRole('checkbox', { name: /Freight cost review/ }).uncheck();
  await call.endDialog.getByLabel('Date', { exact: true }).fill('2026-12-10');
  await call.endDialog.getByLabel('Length (minutes)').fill('45');
  await call.endDialog.getByRole('button', { name: 'End call' }).click();
  await expect(call.outcome).toContainText('Meeting booked');

  await call.outcome.getByRole('button', { name: 'Prepare the briefing' }).click();
  await expect(page).toHaveURL(/#\/briefings\/\d+$/u);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
    'Briefing for Dana Whitfield, Tidewater Supply Co.',
  );
  await expect(
    page.getByText('Distributors who re-bid LTL lanes quarterly pay 11% less for freight').first(),
  ).toBeVisible();
  await expect(page.getByLabel('Proposed length (minutes)')).toHaveValue('45');

  // Back on the call: the meeting is for that briefing now, and there is nothing left to prepare.
  await page.goBack();
  await expect(
    call.outcome.getByRole('link', { name: /Briefing for Dana Whitfield|the briefing/ }).first(),
  ).toBeVisible();
  await expect(call.outcome.getByRole('button', { name: 'Prepare the briefing' })).toHaveCount(0);
});

test('log a call made on another phone from the prospect page', async ({ page, host }) => {
  const { prospectId } = await setUp(page, host.url);
  await page.evaluate((to) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = to;
  }, `#/prospects/${prospectId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Log a call with Dana Whitfield' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Call plan')).toHaveValue(/\d+/);
  await expect(dialog.getByLabel('Opener you used')).toHaveValue(ONE_UP);

  await dialog.getByRole('button', { name: 'Log call' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Pick how the call ended.');
  await dialog.getByLabel('Call plan').selectOption('');
  await dialog
    .getByLabel('Opener you used')
    .fill("Hi Dana, is now a good time? I'm just calling to touch base.");
  await dialog.getByRole('radio', { name: 'Not interested' }).check();
  await dialog.getByLabel('When').fill('2026-01-15T15:00');
  await dialog.getByLabel('Minutes').fill('4');
  await dialog.getByLabel('Notes').fill('Happy with their broker\n\nAsk again in spring');
  await dialog.getByRole('button', { name: 'Log call' }).click();

  const call = new CallPage(page);
  await expect(call.heading).toBeVisible();
  await expect(page.getByText(/Logged from another phone/)).toBeVisible();
  await expect(call.outcome).toContainText('Not interested');
  await expect(call.savedNotes).toHaveText(['Happy with their broker', 'Ask again in spring']);
  await expect(
    page.getByRole('region', { name: 'Opener check' }).getByRole('status'),
  ).toContainText('Blocked');

  await page.getByRole('link', { name: 'Dana Whitfield' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Not interested');
});

test(`the live call, its ending, the record and the log dialog pass axe (light and dark)`, async ({
  page,
  host,
}) => {
  const { found, check } = axeInBothThemes(page);
  const { dial, prospectId } = await setUp(page, host.url);
  const call = new CallPage(page);
  await call.goto(await dial());
  await call.notesBox.fill('Freight is their biggest cost');
  await page.keyboard.press('Alt+1');
  await call.notesBox.press('Enter');
  await expect(call.savedNotes).toHaveCount(1);
  await check('live call');
  await call.outcomeButton('Callback').click();
  await expect(call.endDialog).toBeVisible();
  await check('end call dialog');
  await call.endDialog.getByRole('button', { name: 'End call' }).click();
  await expect(call.outcome).toBeVisible();
  await check('call record');
  await page.evaluate((to) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = to;
  }, `#/prospects/${prospectId}`);
  await page.getByRole('button', { name: /^Log a call/ }).click();
  await expect(page.getByRole('dialog', { name: /^Log a call/ })).toBeVisible();
  await check('log a call dialog');
  expect(found, found.join('\n')).toEqual([]);
});

test('Back from a live call and Dial again returns to that call instead of starting a second one', async ({
  page,
  host,
}) => {
  const { planId, prospectId } = await setUp(page, host.url);
  // Seeded through the API after the app read its lists: one reload, then only the app's links.
  await page.reload();
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
  await new ProspectsPage(page).open();
  await new ProspectsPage(page).row('Dana Whitfield').click();
  await new ProspectDetailPage(page).planLink().click();
  const plan = new PlanPage(page);
  await plan.dial.click();
  await expect(page).toHaveURL(/#\/calls\/\d+$/u);
  const callId = Number(/\/calls\/(\d+)$/u.exec(page.url())![1]);
  const call = new CallPage(page);
  await expect(call.timer).toBeVisible();

  // The rep goes Back to the plan: the call is still open, and the plan says so.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/plans/${planId}$`, 'u'));
  const back = page.getByRole('link', { name: /Return to the call/ });
  await expect(back).toBeVisible();
  await expect(back).toHaveAccessibleDescription(/A call from this plan is still open/u);
  await expect(plan.dial).toHaveCount(0);
  // Ctrl+Enter, the Dial shortcut, goes back to it too.
  await page.keyboard.press('Control+Enter');
  await expect(page).toHaveURL(new RegExp(`#/calls/${callId}$`, 'u'));
  await page.goBack();
  await back.click();
  await expect(page).toHaveURL(new RegExp(`#/calls/${callId}$`, 'u'));

  // Ended, the call is done, and the plan dials again.
  await page.getByRole('button', { name: 'End call…' }).click();
  await call.endDialog.getByRole('radio', { name: 'No answer' }).check();
  await call.endDialog.getByRole('button', { name: 'End call' }).click();
  await expect(call.outcome).toContainText('No answer');
  await page.goBack();
  await expect(plan.dial).toBeVisible();
  await expect(page.getByRole('link', { name: /Return to the call/ })).toHaveCount(0);
  const calls = await callApi(page, 'calls:list', { prospectId });
  expect(calls.length).toBe(1);
});
