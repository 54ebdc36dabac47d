import { readFile } from 'node:fs/promises';
import { icsUtcToIso, readIcsEvent, unescapeText } from '../helpers/ics-reader';
import { describeViolations, seriousViolations } from './a11y';
import { callApi, expect, openApp, test } from './fixtures';
import { CallPage } from './pages/CallPage';

const ONE_UP =
  "Hi Dana, this is Sam Ortiz with Freightwise. I'm calling because we benchmarked 60 distributors last year and the ones that re-bid LTL lanes every quarter paid 11% less for freight. That could take a real bite out of Tidewater's freight budget this spring. Could we set 20 minutes on Thursday at 10 for an executive briefing on what we found?";

test('a booked meeting with a time gives an .ics invite, and shows on the prospect and the briefing', async ({
  page,
  host,
}) => {
  await openApp(page, host.url);
  await callApi(page, 'settings:update', { repName: 'Sam Ortiz', repCompany: 'Freightwise' });
  const prospect = await callApi(page, 'prospects:create', {
    name: 'Dana Whitfield',
    company: 'Tidewater Supply Co.',
    phone: '+1 757 555 0142',
    email: 'dana@tidewater.example',
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
    opener: ONE_UP,
  });
  const { call: dialed } = await callApi(page, 'plans:dial', {
    planId: plan.id,
    opener: ONE_UP,
  });
  await callApi(page, 'calls:add-note', {
    callId: dialed.id,
    body: 'Send the lane benchmark before the meeting',
    tags: ['next_step'],
    offsetMs: 5_000,
    clientId: 'e2e-next-step-1',
  });

  const call = new CallPage(page);
  await call.goto(dialed.id);
  // The number is on the live screen for a rep dialing by hand.
  await expect(page.getByRole('link', { name: 'Dial +1 757 555 0142' })).toBeVisible();
  await call.outcomeButton('Meeting booked').click();
  const dialog = call.endDialog;
  // The note tagged "Next step" is where the next step starts.
  await expect(dialog.getByLabel('Next step')).toHaveValue(
    'Send the lane benchmark before the meeting',
  );
  const meeting = dialog.getByRole('group', { name: 'The meeting' });
  await expect(meeting.getByLabel('Attendees')).toHaveValue('dana@tidewater.example');
  // A week ahead, in the rep's (the page's) own calendar.
  const day = await page.evaluate(() => {
    const date = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  });
  await meeting.getByLabel('Date').fill(day);
  await meeting.getByLabel('Time').fill('14:30');
  await meeting.getByLabel('Length (minutes)').fill('4');
  await meeting.getByLabel('Attendees').fill('dana@tidewater.example, ops@tidewater.example');
  const violations = describeViolations(
    'end call dialog with a meeting',
    await seriousViolations(page),
  );
  expect(violations, violations.join('\n')).toEqual([]);
  await dialog.getByRole('button', { name: 'End call' }).click();
  // The backend's rule lands on the field, and nothing ends until it is fixed.
  await expect(meeting.getByRole('alert')).toHaveText('A meeting lasts at least 5 minutes.');
  await meeting.getByLabel('Length (minutes)').fill('45');
  await dialog.getByRole('button', { name: 'End call' }).click();

  await expect(call.outcome).toContainText('Meeting booked');
  await expect(call.outcome).toContainText('Send the lane benchmark before the meeting');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    call.outcome.getByRole('button', { name: /^Download invite/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    `Briefing Freight cost review ${await page.evaluate(
      (local) => new Date(local).toISOString().slice(0, 10),
      `${day}T14:30`,
    )}.ics`,
  );
  const event = readIcsEvent(await readFile((await download.path())!, 'utf8'));
  const startsAt = await page.evaluate((local) => new Date(local).toISOString(), `${day}T14:30`);
  expect(icsUtcToIso(event.get('DTSTART')!)).toBe(startsAt);
  expect(icsUtcToIso(event.get('DTEND')!)).toBe(
    new Date(Date.parse(startsAt) + 45 * 60_000).toISOString(),
  );
  expect(unescapeText(event.get('SUMMARY')!)).toBe('Briefing: Freight cost review');
  expect(event.all('ATTENDEE').map((attendee) => attendee.value)).toEqual([
    'mailto:dana@tidewater.example',
    'mailto:ops@tidewater.example',
  ]);
  expect(unescapeText(event.get('DESCRIPTION')!)).toContain('# Freight cost review');

  // The prospect lists it as upcoming and in the timeline; the briefing says which meeting.
  await page.getByRole('link', { name: 'Dana Whitfield' }).first().click();
  const upcoming = page.getByRole('region', { name: 'Upcoming meetings' });
  await expect(upcoming).toContainText('Briefing: Freight cost review');
  await expect(upcoming).toContainText('45 min');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Meeting');
  await upcoming.getByRole('link', { name: 'Freight cost review' }).click();
  await expect(page.getByRole('region', { name: 'For the meeting' })).toContainText(
    'Dana Whitfield',
  );
});
