import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeViolations, seriousViolations } from './a11y';
import { readIcsEvent, type IcsEvent } from '../helpers/ics-reader';
import { Host, callApi, expect, openApp, test } from './fixtures';
import { CallPage } from './pages/CallPage';
import { PalettePage } from './pages/PalettePage';
import { PlanPage } from './pages/PlanPage';
import type { Locator, Page } from '@playwright/test';

/** Clicks what downloads an invite and reads the file back as the calendar would. */
async function downloadInvite(
  page: Page,
  button: Locator,
): Promise<{ filename: string; event: IcsEvent }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = await readFile((await download.path())!, 'utf8');
  return { filename: download.suggestedFilename(), event: readIcsEvent(text) };
}

// Tuesday 10 March 2026, 11:00 in New York (daylight time began on 8 March). The backend's clock (ONEUP_TEST_NOW, a test-only
// switch of the browser host) and the page's (Playwright's clock) both start there, so the
// sample data's follow-ups and Today's "due" agree.
const TUESDAY = '2026-03-10T15:00:00.000Z';
const WEDNESDAY = '2026-03-11T15:00:00.000Z';

let host: Host;
let dataDir: string;
test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'oneup-e2e-today-'));
  host = new Host(dataDir);
  await host.start(0, { env: { ONEUP_TEST_NOW: TUESDAY } });
});
test.afterEach(async () => {
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
test.use({ timezoneId: 'America/New_York' });

test("a rep's day: Today → plan → Dial → meeting booked with its invite → Next prospect; the meeting changed and another cancelled; the follow-up shows on its date", async ({
  page,
}) => {
  await page.clock.setFixedTime(TUESDAY);
  // The tel: link goes to the operating system; the page records it and stays where it is,
  // whether it was opened by Dial (window.open) or clicked as a link on the prospect.
  await page.addInitScript(() => {
    const dialed: string[] = [];
    (window as unknown as { dialed: string[] }).dialed = dialed;
    window.open = (url) => {
      dialed.push(String(url));
      return null;
    };
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element | null)?.closest?.('a[href^="tel:"]');
        if (!(link instanceof HTMLAnchorElement)) return;
        event.preventDefault();
        dialed.push(link.href);
      },
      true,
    );
  });
  await openApp(page, host.url);

  // Sample data from the command palette lands on Today.
  const palette = new PalettePage(page);
  await palette.open();
  await palette.input.fill('load sample');
  await expect(palette.option(/Load sample data/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // The first-run questions, asked once.
  const firstRun = page.getByRole('form', { name: 'About you' });
  await expect(firstRun).toBeVisible();
  expect(describeViolations('first run', await seriousViolations(page))).toEqual([]);
  await firstRun.getByLabel('Your name').fill('Sam Ortiz');
  await firstRun.getByLabel('Your company').fill('Brightline Advisory');
  await expect(firstRun.getByLabel('From')).toHaveValue('08:00');
  await firstRun.getByRole('button', { name: 'Start calling' }).click();
  await expect(firstRun).toBeHidden();

  const group = (name: RegExp) => page.getByRole('region', { name });
  await expect(group(/^Overdue follow-ups/)).toContainText('Dana Whitfield');
  await expect(group(/^Overdue follow-ups/)).toContainText('Call back once her carrier review');
  await expect(group(/^Follow-ups due today/)).toContainText('José Álvarez');
  const ready = group(/^Plans ready to dial/);
  await expect(ready).toContainText('Grace Okafor');
  // 00:00 in Tokyo, and a prospect with no time zone: both say so in words.
  await expect(ready.getByRole('listitem').filter({ hasText: 'Aiko Tanaka' })).toContainText(
    'outside calling hours',
  );
  await expect(ready.getByRole('listitem').filter({ hasText: 'Tom Reyes' })).toContainText(
    'Local time unknown',
  );
  // Each ready plan says how its opener checked when it was last saved.
  for (const row of await ready.getByRole('listitem').all()) {
    await expect(row).toContainText(/(?:Ready|Needs work) \d+/u);
  }
  // Henrik's follow-up is two days out: not in Today's queue yet (his booked meeting is listed
  // under Upcoming meetings, which is not the queue).
  for (const name of [
    /^Overdue follow-ups/,
    /^Follow-ups due today/,
    /^Plans ready to dial/,
    /^In calling hours now/,
  ]) {
    await expect(group(name)).not.toContainText('Henrik Sørensen');
  }
  await expect(page.getByRole('region', { name: 'Upcoming meetings' })).toContainText(
    'Henrik Sørensen',
  );

  // axe on every screen and dialog of the walk, gathered and checked once the meetings are done.
  const found: string[] = [];
  found.push(...describeViolations('today (light)', await seriousViolations(page)));
  await page.emulateMedia({ colorScheme: 'dark' });
  found.push(...describeViolations('today (dark)', await seriousViolations(page)));
  await page.emulateMedia({ colorScheme: 'light' });

  // The top of the queue has focus: one key opens Dana's plan.
  await expect(page.getByRole('link', { name: /^Dana Whitfield/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const plan = new PlanPage(page);
  await expect(
    page.getByRole('heading', { level: 1, name: /Call plan · Dana Whitfield/ }),
  ).toBeVisible();
  await expect(page.locator('.plan-header')).toContainText('11:00 EDT');
  await expect(page.locator('#dial-hours-warning')).toHaveCount(0);

  // Dial hands the number to the phone (tel:, the default) and opens the live call.
  await plan.dial.click();
  const call = new CallPage(page);
  await expect(call.heading).toHaveText('Call with Dana Whitfield');
  expect(await page.evaluate(() => (window as unknown as { dialed: string[] }).dialed)).toEqual([
    'tel:+17575550142',
  ]);
  const contact = page.getByLabel('Their phone and local time');
  await expect(contact.getByRole('link', { name: 'Dial +1 757 555 0142' })).toBeVisible();
  await expect(contact).toContainText('11:00 EDT');

  // A note tagged "Next step" during the call is where the outcome's next step starts.
  await call.tagButton('Next step').click();
  await call.notesBox.fill('Send the lane benchmark before the meeting');
  await call.notesBox.press('Enter');
  await expect(call.savedNotes).toHaveText(['Send the lane benchmark before the meeting']);

  // "Meeting booked" with a time: Thursday 14:30 in the rep's (New York) calendar.
  await call.outcomeButton('Meeting booked').click();
  const end = call.endDialog;
  await expect(end.getByLabel('Next step')).toHaveValue(
    'Send the lane benchmark before the meeting',
  );
  const meeting = end.getByRole('group', { name: 'The meeting' });
  await expect(meeting.getByLabel('Attendees')).toHaveValue(
    'dana.whitfield@tidewater-supply.example',
  );
  await meeting.getByLabel('Date').fill('2026-03-12');
  await meeting.getByLabel('Time').fill('14:30');
  await meeting.getByLabel('Length (minutes)').fill('4');
  await end.getByLabel('Follow up on').fill('2026-03-11');
  found.push(...describeViolations('end call with a meeting', await seriousViolations(page)));
  await end.getByRole('button', { name: 'End call' }).click();
  // The backend's rule lands on the field, and nothing ends until it is fixed.
  await expect(meeting.getByRole('alert')).toHaveText('A meeting lasts at least 5 minutes.');
  await meeting.getByLabel('Length (minutes)').fill('45');
  await end.getByRole('button', { name: 'End call' }).click();
  await expect(call.outcome).toContainText('Meeting booked');
  await expect(call.outcome).toContainText('Send the lane benchmark before the meeting');

  // The invite, downloaded and read back: the time in UTC, the attendee, the briefing.
  const booked = await downloadInvite(
    page,
    call.outcome.getByRole('button', { name: /^Download invite/ }),
  );
  expect(booked.filename).toBe('Briefing Freight cost review for Tidewater Supply 2026-03-12.ics');
  expect(booked.event.calendar.find((p) => p.name === 'METHOD')?.value).toBe('PUBLISH');
  expect(booked.event.get('DTSTART')).toBe('2026-03-12T18:30:00.000Z');
  expect(booked.event.get('DTEND')).toBe('2026-03-12T19:15:00.000Z');
  expect(booked.event.get('SEQUENCE')).toBe('0');
  expect(booked.event.get('SUMMARY')).toBe('Briefing: Freight cost review for Tidewater Supply');
  expect(booked.event.all('ATTENDEE').map((attendee) => attendee.value)).toEqual([
    'mailto:dana.whitfield@tidewater-supply.example',
  ]);
  expect(booked.event.get('DESCRIPTION')).toContain('# Freight cost review for Tidewater Supply');

  // Next prospect: José, whose follow-up is due today, at his plan.
  await page.getByRole('button', { name: /^Next prospect/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Call plan · José Álvarez/ }),
  ).toBeVisible();

  // Dana's follow-up was taken up by the call: she is off the queue until the date she was
  // given, and her meeting is under Upcoming meetings.
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(group(/^Follow-ups due today/)).toContainText('José Álvarez');
  // She was the only one overdue, so that group is gone.
  await expect(group(/^Overdue follow-ups/)).toHaveCount(0);
  for (const name of [/^Follow-ups due today/, /^Plans ready to dial/]) {
    await expect(group(name)).not.toContainText('Dana Whitfield');
  }
  // José's follow-up marked done by mistake: it leaves Today, and Undo puts it back.
  await page.getByRole('button', { name: 'Mark the follow-up with José Álvarez done' }).click();
  await expect(group(/^Follow-ups due today/)).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'marked done' });
  await expect(notice).toHaveText(/Follow-up with José Álvarez marked done; it left Today\./u);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(group(/^Follow-ups due today/)).toContainText('José Álvarez');
  await expect(notice).toHaveCount(0);
  const upcoming = page.getByRole('region', { name: 'Upcoming meetings' });
  const danaMeeting = upcoming.getByRole('listitem').filter({ hasText: 'Dana Whitfield' });
  await expect(danaMeeting).toContainText('45 min');

  // The meeting moves to 15:00 for an hour, with one more attendee: same invite, next SEQUENCE.
  await danaMeeting.getByRole('button', { name: /^Change the meeting: Dana Whitfield/ }).click();
  const change = page.getByRole('dialog', { name: 'Change the meeting' });
  await expect(change.getByLabel('Time')).toHaveValue('14:30');
  found.push(...describeViolations('change the meeting', await seriousViolations(page)));
  await change.getByLabel('Time').fill('15:00');
  await change.getByLabel('Length (minutes)').fill('60');
  await change
    .getByLabel('Attendees')
    .fill('dana.whitfield@tidewater-supply.example, cfo@tidewater-supply.example');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await expect(change).toBeHidden();
  await expect(danaMeeting).toContainText('1 h');
  await expect(danaMeeting).toContainText('2 attendees');
  const moved = await downloadInvite(
    page,
    danaMeeting.getByRole('button', { name: /^Download invite/ }),
  );
  expect(moved.event.get('UID')).toBe(booked.event.get('UID'));
  expect(moved.event.get('SEQUENCE')).toBe('1');
  expect(moved.event.get('DTSTART')).toBe('2026-03-12T19:00:00.000Z');
  expect(moved.event.get('DTEND')).toBe('2026-03-12T20:00:00.000Z');
  expect(moved.event.all('ATTENDEE')).toHaveLength(2);

  // Henrik's sample meeting is cancelled, after a confirmation that does not confirm on Enter.
  const henrikMeeting = upcoming.getByRole('listitem').filter({ hasText: 'Henrik Sørensen' });
  await henrikMeeting.getByRole('button', { name: /^Cancel meeting: Henrik/ }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Cancel this meeting?' });
  await expect(confirm.getByRole('button', { name: 'Keep the meeting' })).toBeFocused();
  found.push(...describeViolations('cancel the meeting', await seriousViolations(page)));
  const cancelled = await downloadInvite(
    page,
    confirm.getByRole('button', { name: 'Cancel the meeting' }),
  );
  expect(cancelled.filename).toMatch(/^Cancelled /u);
  expect(cancelled.event.calendar.find((p) => p.name === 'METHOD')?.value).toBe('CANCEL');
  expect(cancelled.event.get('STATUS')).toBe('CANCELLED');
  expect(cancelled.event.get('SEQUENCE')).toBe('1');
  await expect(confirm).toBeHidden();
  await expect(upcoming).not.toContainText('Henrik Sørensen');
  expect(found).toEqual([]);

  // The prospect lists the meeting as upcoming and in the timeline; the briefing says which
  // meeting it is for. Back returns to Today.
  await danaMeeting.getByRole('link', { name: 'Dana Whitfield' }).click();
  const prospectMeetings = page.getByRole('region', { name: 'Upcoming meetings' });
  await expect(prospectMeetings).toContainText('Briefing: Freight cost review');
  // The timeline holds her briefing, plan, call and meeting.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  for (const entry of [/^Briefing: Freight cost review/, /^Call plan/, /^Call$/]) {
    await expect(timeline.getByRole('link', { name: entry }).first()).toBeVisible();
  }
  await expect(timeline).toContainText('Meeting');
  await prospectMeetings.getByRole('link', { name: 'Freight cost review' }).click();
  await expect(page.getByRole('region', { name: 'For the meeting' })).toContainText(
    'Dana Whitfield',
  );
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // Tom's plan warns beside Dial that his local time is unknown (no time zone), and Dial reads
  // the warning with its name. He is called on the desk phone from his page instead, not through
  // the live screen: back in OneUp the rep is asked to log that call, and once logged his plan
  // leaves the queue.
  await group(/^Plans ready to dial/)
    .getByRole('link', { name: /^Tom Reyes/ })
    .click();
  await expect(page.locator('#dial-hours-warning')).toContainText('their local time is unknown');
  await expect(plan.dial).toHaveAccessibleDescription(/local time is unknown/);
  await page.locator('.plan-header').getByRole('link', { name: 'Tom Reyes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Reyes' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Facts' })
    .getByRole('link', { name: 'Dial +1 559 555 0190' })
    .click();
  expect(await page.evaluate(() => (window as unknown as { dialed: string[] }).dialed)).toEqual([
    'tel:+17575550142',
    'tel:+15595550190',
  ]);
  const backFromCall = page.getByRole('status').filter({ hasText: 'Back from calling Tom' });
  // Half a minute on the phone, then the OneUp window is focused again. Headless Chromium keeps
  // every page focused, so the focus the operating system would send is sent here.
  await page.clock.setFixedTime(Date.parse(TUESDAY) + 30_000);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(backFromCall).toBeVisible();
  await backFromCall.getByRole('button', { name: 'Log the call' }).click();
  await expect(backFromCall).toBeHidden();
  const logDialog = page.getByRole('dialog', { name: 'Log a call with Tom Reyes' });
  await logDialog.getByRole('radio', { name: 'Voicemail' }).check();
  expect(describeViolations('log a call after a hand-off', await seriousViolations(page))).toEqual(
    [],
  );
  await logDialog.getByRole('button', { name: 'Log call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Call with Tom Reyes' })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(group(/^Plans ready to dial/)).not.toContainText('Tom Reyes');

  // A new prospect from the palette, anywhere: its time zone is picked from the IANA list by
  // typing part of a city, never sent as free text.
  await palette.open();
  await palette.input.fill('new prospect');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New prospect' });
  const zone = dialog.getByRole('combobox', { name: 'Time zone' });
  await zone.fill('chic');
  await expect(dialog.getByRole('option', { name: 'America/Chicago' })).toBeVisible();
  expect(describeViolations('time-zone picker', await seriousViolations(page))).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(zone).toHaveValue('America/Chicago');
  await zone.fill('Denver');
  await dialog.getByLabel('Name', { exact: true }).focus();
  await expect(zone).toHaveValue('America/Denver');
  // The rep's own prospect, beside the sample ones.
  await dialog.getByLabel('Name', { exact: true }).fill('Rosa Lindqvist');
  await dialog.getByLabel('Company', { exact: true }).fill('Nordkap Foods');
  await dialog.getByRole('button', { name: 'Add prospect' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // Wednesday: the follow-up set on the call is due, the day before the meeting.
  await page.clock.setFixedTime(WEDNESDAY);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  // The first-run questions were asked once: a new day does not ask them again.
  await expect(group(/^Follow-ups due today/)).toBeVisible();
  await expect(firstRun).toHaveCount(0);
  const dana = group(/^Follow-ups due today/)
    .getByRole('listitem')
    .filter({ hasText: 'Dana Whitfield' });
  await expect(dana).toContainText('Send the lane benchmark before the meeting');
  await expect(dana).toContainText(/due Wed,? (11 Mar|Mar 11)/);
  await expect(page.getByRole('region', { name: 'Upcoming meetings' })).toContainText(
    'Dana Whitfield',
  );
  // Tom's call went to voicemail yesterday and set no date: he is back, to try again.
  const tom = group(/^Try again/)
    .getByRole('listitem')
    .filter({ hasText: 'Tom Reyes' });
  await expect(tom).toContainText(/Voicemail Tue,? (10 Mar|Mar 10)/u);

  // The demo goes in one step from the palette; the rep's own prospect stays.
  await palette.open();
  await palette.input.fill('remove sample');
  await expect(palette.option(/Remove sample data/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Dana Whitfield')).toHaveCount(0);
  const left = await callApi(page, 'prospects:list', {});
  expect(left.items.map((prospect) => prospect.name)).toEqual(['Rosa Lindqvist']);
  await palette.open();
  await palette.input.fill('remove sample');
  await expect(palette.option(/Remove sample data/)).toHaveCount(0);
  await page.keyboard.press('Escape');
});
