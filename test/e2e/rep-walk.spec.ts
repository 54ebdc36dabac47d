/// <reference lib="dom" />
// What a rep walking through the app with the sample data ran into (session 10): each test moves
// only through the app's own links, buttons and keys, as the rep did.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { dialDana, openTodayAsSam, openWithSampleData } from './flows';
import { CallPage } from './pages/CallPage';
import { PlanPage } from './pages/PlanPage';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * How many pixels the text a control shows (its placeholder, or a menu's chosen option) is wider
 * than the room the control gives it; 0 or less: it fits. A menu keeps 12 px for its arrow.
 */
function overflowOfShownText(control: Locator, text: string): Promise<number> {
  return control.evaluate((element, shown) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const arrow = element instanceof HTMLSelectElement ? 12 : 0;
    const room =
      element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
    return Math.ceil(context.measureText(shown).width - room);
  }, text);
}

/**
 * How many pixels of `shown` (the control's text or placeholder) a text field hides: a one-line
 * input cuts it on the right, a textarea below its last visible line. 0 or less: all of it shows.
 */
async function hiddenPartOf(control: Locator, shown: string): Promise<number> {
  const tag = await control.evaluate((element) => element.tagName);
  if (tag !== 'TEXTAREA') return overflowOfShownText(control, shown);
  return control.evaluate((element) => element.scrollHeight - element.clientHeight);
}

test('the prospects search shows its whole placeholder, and every filter its longest choice, at 1280 and 1024 px', async ({
  page,
  host,
}) => {
  const prospects = await openWithSampleData(page, host.url);
  const placeholder = (await prospects.search.getAttribute('placeholder')) ?? '';
  expect(placeholder).toContain('notes');
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    expect(
      await overflowOfShownText(prospects.search, placeholder),
      `${width} px`,
    ).toBeLessThanOrEqual(0);
    for (const label of ['Tag', 'Industry', 'Last contact', 'Sort by', 'Show']) {
      const menu = page.getByLabel(label, { exact: true });
      // Each choice is shown in turn; the longest fixed one is "Over 30 days ago".
      for (const option of await menu.locator('option').allTextContents()) {
        expect(
          await overflowOfShownText(menu, option),
          `${label}: ${option} at ${width} px`,
        ).toBeLessThanOrEqual(0);
      }
    }
  }
});

test("a cold start asks for Today's list once, and coming back to Today asks again", async ({
  page,
  host,
  context,
}) => {
  await openWithSampleData(page, host.url);
  // This tab asked for Today (empty) when it opened; the sample data since is on Today.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Today/ })
    .click();
  await expect(page.getByRole('region', { name: /^Plans ready to dial/ })).toContainText(
    'Grace Okafor',
  );
  // The rep opens OneUp again in a second tab: a cold start on a library with data.
  const second = await context.newPage();
  let todayAsks = 0;
  second.on('request', (request) => {
    if (request.url().endsWith('/api/today:get')) todayAsks += 1;
  });
  // Today's meetings are asked for when the screen mounts, where it asked for Today again.
  const meetingsAnswered = second.waitForResponse((response) =>
    response.url().endsWith('/api/meetings:upcoming'),
  );
  await openApp(second, host.url);
  await expect(second.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(second.getByRole('region', { name: /^Plans ready to dial/ })).toContainText(
    'Grace Okafor',
  );
  await meetingsAnswered;
  expect(todayAsks).toBe(1);

  // Leaving and coming back asks afresh: a call may have changed the queue.
  const nav = second.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: /^Prospects/ }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Prospects' })).toBeVisible();
  const askedAgain = second.waitForRequest((request) => request.url().endsWith('/api/today:get'));
  await nav.getByRole('link', { name: /^Today/ }).click();
  await askedAgain;
  expect(todayAsks).toBe(2);
});

test('the opener builder takes the insight picked after it opened, a one-click fix leaves focus in the opener, and a hovered Dial stays readable', async ({
  page,
  host,
}) => {
  const prospects = await openWithSampleData(page, host.url);
  await prospects.row('Priya Raman').click();
  await page.getByRole('button', { name: /New call plan/ }).click();
  const plan = new PlanPage(page);
  const builder = page.getByRole('region', { name: 'Opener builder' });
  await expect(builder.getByLabel('The insight')).toHaveValue(/pick an insight on the left/);

  // The insight part follows the pick; a part the rep typed stays as typed.
  await builder.getByLabel('How you benefit').fill('That could fill the gaps in your schedule.');
  await page.getByRole('button', { name: /Add insight: Clinics lose one visit in eight/ }).click();
  await expect(builder.getByLabel('The insight')).not.toHaveValue(/pick an insight/);
  await builder.getByRole('button', { name: 'Use this opener' }).click();
  await expect(plan.opener).toHaveValue(
    /Clinics lose one visit in eight to no-shows that a same-day text cuts in half\. That could fill the gaps in your schedule\./,
  );

  // A fix by keyboard: the button goes with its finding, and focus goes back into the text.
  await plan.appendToOpener(' I just wanted to add one thing.');
  const fix = page.getByRole('button', { name: 'Replace with “I wanted”' });
  await fix.focus();
  await page.keyboard.press('Enter');
  await expect(fix).toBeHidden();
  await expect(plan.opener).toBeFocused();
  await expect(plan.opener).toHaveValue(/ I wanted to add one thing\.$/);
  await page.keyboard.type(' Thanks.');
  await expect(plan.opener).toHaveValue(/ I wanted Thanks\. to add one thing\.$/);

  // Building again over the opener the rep wrote replaces it, and one click brings it back.
  const written = await plan.opener.inputValue();
  await page.getByRole('button', { name: 'Build from parts' }).click();
  await builder.getByRole('button', { name: 'Use this opener' }).click();
  await expect(plan.opener).not.toHaveValue(written);
  const replaced = page.getByRole('status').filter({ hasText: 'The builder replaced the opener' });
  await replaced.getByRole('button', { name: 'Undo' }).click();
  await expect(plan.opener).toHaveValue(written);
  await expect(replaced).toBeHidden();

  // The verdict's color under the pointer: white text on the light hover gray read as nothing.
  await expect(plan.dial).toContainText(/needs work|blocked|ready|fill in the blanks/i);
  await plan.dial.hover();
  const contrast = await plan.dial.evaluate((button) => {
    const channels = (color: string) =>
      (color.match(/[\d.]+/gu) ?? []).slice(0, 3).map((value) => {
        const c = Number(value) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = channels(color);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(button);
    const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort(
      (a, b) => b - a,
    );
    return (light! + 0.05) / (dark! + 0.05);
  });
  expect(contrast).toBeGreaterThanOrEqual(4.5);
});

test('Back from a prospect finds the list as the rep left it: search, filter and the row opened; the sidebar link opens a fresh list', async ({
  page,
  host,
}) => {
  const prospects = await openWithSampleData(page, host.url);
  await page.getByLabel('Tag', { exact: true }).selectOption('scheduling');
  await prospects.search.fill('practice');
  await expect(prospects.table.getByRole('row')).toHaveCount(3); // header, Priya, Tom
  // By keyboard: leave the search, j to Tom, Enter.
  await prospects.search.blur();
  await page.keyboard.press('j');
  await expect(prospects.row('Tom Reyes')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Reyes' })).toBeVisible();

  await page.goBack();
  await expect(prospects.search).toHaveValue('practice');
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('scheduling');
  await expect(prospects.table.getByRole('row')).toHaveCount(3);
  await expect(prospects.row('Tom Reyes')).toHaveAttribute('aria-selected', 'true');

  // By mouse: Priya's row, then Back; then Forward and Back again.
  await prospects.row('Priya Raman').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Raman' })).toBeVisible();
  await page.goBack();
  await expect(prospects.row('Priya Raman')).toHaveAttribute('aria-selected', 'true');
  await expect(prospects.search).toHaveValue('practice');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Raman' })).toBeVisible();
  await page.goBack();
  await expect(prospects.search).toHaveValue('practice');

  // Through the sidebar is a new visit: the whole list.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Insights/ })
    .click();
  await prospects.open();
  await expect(prospects.search).toHaveValue('');
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('');
  await expect(prospects.table.getByRole('row')).toHaveCount(10);
});

test('keyboard only, from an empty library to a booked meeting: the first-run questions and the meeting date take focus when they appear', async ({
  page,
  host,
}) => {
  // The tel: link goes to the operating system; the page stays where it is.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await openApp(page, host.url);
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('load sample');
  await expect(page.getByRole('option', { name: /Load sample data/ })).toBeVisible();
  await page.keyboard.press('Enter');
  // The palette closes at once and the load takes over a second: the app says it is working,
  // and the page's own button cannot start a second load meanwhile.
  await expect(
    page.getByRole('status').filter({ hasText: 'Loading the sample data…' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Loading sample data…' })).toBeDisabled();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByText('Loading the sample data…')).toBeHidden();

  // The questions are typed into first: the name field has focus (it was the page's body).
  const firstRun = page.getByRole('form', { name: 'About you' });
  await expect(firstRun.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type('Sam Ortiz');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Brightline Advisory');
  await page.keyboard.press('Enter');
  await expect(firstRun).toBeHidden();

  // The top of the queue, its plan, Dial, a note.
  await expect(page.getByRole('link', { name: /^Dana Whitfield/ })).toBeFocused();
  await page.keyboard.press('Enter');
  // The row that had focus went with Today: the plan's title takes it, not the page's body.
  await expect(
    page.getByRole('heading', { level: 1, name: /Call plan · Dana Whitfield/ }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Dana Whitfield', exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Enter');
  const call = new CallPage(page);
  await expect(call.heading).toBeVisible();
  await page.keyboard.press('n');
  await expect(call.notesBox).toBeFocused();
  await page.keyboard.type('They re-bid lanes once a year');
  await page.keyboard.press('Enter');
  await expect(call.savedNotes).toHaveText(['They re-bid lanes once a year']);

  // "Meeting booked" opens on the meeting's date, the field its key was pressed for.
  await page.keyboard.press('Alt+m');
  await expect(call.endDialog.getByRole('radio', { name: 'Meeting booked' })).toBeChecked();
  const date = call.endDialog.getByLabel('Date');
  await expect(date).toBeFocused();
  await page.keyboard.type('12102026');
  await expect(date).toHaveValue('2026-12-10');
  await page.keyboard.press('Enter');
  await expect(call.endDialog).toBeHidden();
  // The dialog and the live screen are gone; the next step after a call has focus.
  await expect(page.getByRole('button', { name: /^Next prospect/ })).toBeFocused();
  await expect(page.getByText('Meeting booked', { exact: true }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: /^Call plan · (?!Dana Whitfield)/ }),
  ).toBeFocused();
});

test('Dial on an opener still holding {myName} says where the name comes from, and its link leads there and back', async ({
  page,
  host,
}) => {
  const prospects = await openWithSampleData(page, host.url);
  await prospects.row('Priya Raman').click();
  await page.getByRole('button', { name: /New call plan/ }).click();
  await page.getByRole('button', { name: /Add insight: Clinics lose one visit in eight/ }).click();
  await page.getByRole('button', { name: 'Use this opener' }).click();
  const plan = new PlanPage(page);
  // No name or company in Settings yet: the builder left the slots as written.
  await expect(plan.opener).toHaveValue(/^Hi Priya, this is \{myName\} with \{myCompany\}\./);
  // Under the opener, before any dial: where those two come from.
  const unset = page.getByRole('note').filter({ hasText: 'not set yet' });
  await expect(unset).toContainText(
    '{myName} and {myCompany} are your name and company, not set yet.',
  );
  await expect(unset.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#/settings');
  await plan.waitSaved();
  await plan.dial.click();
  const dialog = page.getByRole('dialog', { name: 'Fill in the placeholders first' });
  await expect(dialog.getByRole('listitem').filter({ hasText: '{myName}' })).toContainText(
    'your name, not set yet',
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: '{myCompany}' })).toContainText(
    'your company, not set yet',
  );
  await dialog.getByRole('link', { name: 'Settings' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Your name').fill('Sam Ortiz');
  await page.getByLabel('Your company').fill('Brightline Advisory');
  await expect(page.getByText(/^Saved \d/).first()).toBeVisible();
  await page.goBack();
  // The opener is the rep's text: Settings does not rewrite it behind their back. It says what
  // the slots would become, and fills exactly those when asked.
  const opener = await plan.opener.inputValue();
  expect(opener).toMatch(/^Hi Priya, this is \{myName\} with \{myCompany\}\./);
  const note = page.getByRole('note').filter({ hasText: 'Still a template here' });
  await expect(note).toContainText('{myName} → Sam Ortiz');
  await expect(note).toContainText('{myCompany} → Brightline Advisory');
  await plan.dial.click();
  await expect(dialog.getByRole('listitem').filter({ hasText: '{myName}' })).toContainText(
    'fills in as “Sam Ortiz”',
  );
  await dialog.getByRole('button', { name: 'Fill in and go back' }).click();
  await expect(dialog).toBeHidden();
  await expect(plan.opener).toHaveValue(
    opener.replace('{myName}', 'Sam Ortiz').replace('{myCompany}', 'Brightline Advisory'),
  );
  await expect(note).toBeHidden();
  await plan.waitSaved();
  await page.reload();
  await expect(plan.opener).toHaveValue(/^Hi Priya, this is Sam Ortiz with Brightline Advisory\./);
});

test('a new plan shows the whole Objective placeholder, and a long objective whole, at 1280 and 1024 px', async ({
  page,
  host,
}) => {
  const prospects = await openWithSampleData(page, host.url);
  await prospects.row('Priya Raman').click();
  await page.getByRole('button', { name: /New call plan/ }).click();
  const objective = page.getByLabel('Objective', { exact: true });
  const placeholder = (await objective.getAttribute('placeholder')) ?? '';
  expect(placeholder).toContain('briefing');
  const long = 'Book a 30-minute briefing on no-show costs with the clinic operations team';
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await objective.fill('');
    expect(
      await hiddenPartOf(objective, placeholder),
      `placeholder at ${width} px`,
    ).toBeLessThanOrEqual(0);
    await objective.fill(long);
    expect(await hiddenPartOf(objective, long), `objective at ${width} px`).toBeLessThanOrEqual(0);
  }
  // One line of text: Enter adds no line break to it.
  await objective.press('Enter');
  await expect(objective).toHaveValue(long);
});

test('notes added on a live call while the host is down are saved when it is back, without Retry, and before the call ends', async ({
  page,
  host,
}) => {
  const call = await dialDana(page, host.url);
  await call.notesBox.fill('They re-bid once a year');
  await call.notesBox.press('Enter');
  await expect(call.savedNotes).toHaveText(['They re-bid once a year']);

  const port = host.port;
  await host.stop('SIGKILL');
  await call.notesBox.fill('Carrier contract renews in March');
  await call.notesBox.press('Enter');
  await expect(call.unsavedNotes).toContainText('Not saved');
  await expect(call.saveStatus).toContainText('Not saved');
  await host.start(port, { keepToken: true });
  // Nobody presses Retry: the note lands, and only then does the indicator say "Saved".
  await expect(call.savedNotes).toHaveText([
    'They re-bid once a year',
    'Carrier contract renews in March',
  ]);
  await expect(call.unsavedNotes).toHaveCount(0);
  await call.waitSaved();

  // Down again, a note fails, and the rep ends the call as soon as the host is back: ending
  // saves the note first, so the record has every note the screen showed.
  await host.stop('SIGKILL');
  await call.notesBox.fill('Wants the benchmark by Friday');
  await call.notesBox.press('Enter');
  await expect(call.unsavedNotes).toContainText('Not saved');
  await host.start(port, { keepToken: true });
  await page.getByRole('button', { name: 'End call…' }).click();
  await call.endDialog.getByRole('radio', { name: 'Callback' }).check();
  await call.endDialog.getByRole('button', { name: 'End call' }).click();
  await expect(call.outcome).toContainText('Callback');
  await expect(call.savedNotes).toHaveText([
    'They re-bid once a year',
    'Carrier contract renews in March',
    'Wants the benchmark by Friday',
  ]);
});

/** What `npm run check-opener` says of `text`, run as the rep would run it. */
function checkOpenerCommand(text: string, args: string[]): { verdict: string; score: number } {
  const output = execFileSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'scripts/check-opener.ts'), '--json', ...args],
    { input: text, cwd: ROOT },
  ).toString();
  const result = JSON.parse(output) as { verdict: string; score: number };
  return { verdict: result.verdict, score: result.score };
}

/** The plan and the email tab speak ahead of the dial; the live call of the opener as dialed. */
const VERDICT_WORDS: Record<string, RegExp> = {
  ready: /^Ready (to (dial|send)|when dialed)/u,
  needs_work: /^Need(s work|ed work when dialed)/u,
  blocked: /^Blocked/u,
};

/** The verdict and score the check panel on screen shows. */
async function shownCheck(page: Page): Promise<{ label: string; score: number }> {
  const verdict = page.getByRole('region', { name: 'Opener check' }).getByRole('status');
  await expect(verdict).not.toContainText('Checking');
  const score = await verdict.getByLabel(/^score \d+ of 100$/u).getAttribute('aria-label');
  return { label: (await verdict.innerText()).trim(), score: Number(/\d+/u.exec(score ?? '')![0]) };
}

test('the plan, the live call, the email tab and npm run check-opener give one text the same verdict', async ({
  page,
  host,
}) => {
  await openTodayAsSam(page, host.url);
  const texts = [
    'Hi Dana, this is Sam Ortiz with Brightline Advisory. Is now a good time? We are the leading provider of freight solutions and I would love to tell you about our company.',
    "Hi Dana, Sam Ortiz from Brightline Advisory. I'm calling because distributors your size who re-bid lanes quarterly paid 11% less last year. Worth 20 minutes Thursday at 10 to walk through the numbers?",
  ];
  const called: string[] = [];
  for (const text of texts) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Today/ })
      .click();
    const ready = page.getByRole('region', { name: /^Plans ready to dial/ });
    // The plan called last time is off the list the rep picks from (once, the test opened it
    // again from the list Today had cached before the call).
    for (const name of called) await expect(ready).not.toContainText(name);
    await ready.getByRole('link').first().click();
    const plan = new PlanPage(page);
    const heading = page.getByRole('heading', { level: 1, name: /^Call plan · / });
    const prospect = (await heading.innerText()).replace(/^Call plan · /u, '');
    called.push(prospect);
    const context = ['--rep-name', 'Sam Ortiz', '--rep-company', 'Brightline Advisory'];
    const call = checkOpenerCommand(text, [...context, '--prospect-name', prospect]);
    const email = checkOpenerCommand(text, [
      ...context,
      '--prospect-name',
      prospect,
      '--mode',
      'email',
      '--subject',
      'Lane benchmark',
    ]);

    await plan.opener.fill(text);
    const onPlan = await shownCheck(page);
    expect(onPlan.label, prospect).toMatch(VERDICT_WORDS[call.verdict]!);
    expect(onPlan.score, prospect).toBe(call.score);

    // The email tab checks the email as an email: nothing written is not "Blocked".
    await page.getByRole('tab', { name: 'Follow-up email' }).click();
    await expect(page.getByRole('region', { name: 'Opener check' })).toContainText('No email yet');
    // The body box is named on screen, under the Subject's name, not only for a screen reader.
    await expect(page.getByText('Body', { exact: true })).toBeVisible();
    await page.getByLabel('Subject').fill('Lane benchmark');
    await page.getByRole('textbox', { name: 'Email body' }).fill(text);
    const onEmail = await shownCheck(page);
    expect(onEmail.label, prospect).toMatch(VERDICT_WORDS[email.verdict]!);
    expect(onEmail.label).not.toContain('dial');
    expect(onEmail.score, prospect).toBe(email.score);
    await expect(page.getByRole('region', { name: 'Opener check' })).not.toContainText('wpm');

    await page.getByRole('tab', { name: 'Call opener' }).click();
    await plan.waitSaved();
    await plan.dial.click();
    if (call.verdict === 'blocked') {
      await page.getByLabel('Why dial anyway?').fill('Comparing the checks');
      await page.getByRole('button', { name: 'Dial anyway', exact: true }).click();
    }
    const live = new CallPage(page);
    await expect(live.heading).toBeVisible();
    const onCall = await shownCheck(page);
    expect(onCall.label, prospect).toMatch(VERDICT_WORDS[call.verdict]!);
    expect(onCall.score, prospect).toBe(call.score);
    await page.getByRole('button', { name: 'End call…' }).click();
    await live.endDialog.getByRole('radio', { name: 'Not interested' }).check();
    await live.endDialog.getByRole('button', { name: 'End call' }).click();
    await expect(live.outcome).toContainText('Not interested');
  }
});

test('a plan just dialed is off Today’s “Plans ready to dial” when the rep comes back, before Today is asked again', async ({
  page,
  host,
}) => {
  await openTodayAsSam(page, host.url);
  const menu = page.getByRole('navigation', { name: 'Main' });
  const ready = page.getByRole('region', { name: /^Plans ready to dial/ });
  const first = ready.getByRole('link').first();
  const prospect = (await first.innerText()).split('\n')[0]!.trim();
  expect(prospect).not.toBe('');
  await first.click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Call plan · ${prospect}` }),
  ).toBeVisible();

  await new PlanPage(page).dial.click();
  const call = new CallPage(page);
  await expect(call.heading).toBeVisible();
  await page.getByRole('button', { name: 'End call…' }).click();
  await call.endDialog.getByRole('radio', { name: 'Not interested' }).check();
  await call.endDialog.getByRole('button', { name: 'End call' }).click();
  await expect(call.outcome).toContainText('Not interested');

  // Today's answer is held back: what shows is what the window already had.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await page.route('**/api/today:get', async (route) => {
    asked.push(route.request().url());
    await held;
    await route.continue().catch(() => undefined);
  });
  await menu.getByRole('link', { name: /^Today/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(ready.getByRole('link').first()).toBeVisible();
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  await expect(ready).not.toContainText(prospect);
  release();
  await page.unroute('**/api/today:get');
  // And the server's own answer agrees: away through the sidebar and back, Today is asked again.
  await menu.getByRole('link', { name: /^Prospects/ }).click();
  await expect(page.getByRole('table', { name: 'Prospects' })).toBeVisible();
  const answered = page.waitForResponse('**/api/today:get');
  await menu.getByRole('link', { name: /^Today/ }).click();
  await answered;
  await expect(ready.getByRole('link').first()).toBeVisible();
  await expect(ready).not.toContainText(prospect);
});

test('a long screen scrolls inside the app, never the page: the sidebar stays, at 1280 and 1024 px', async ({
  page,
  host,
}) => {
  await openWithSampleData(page, host.url);
  const menu = page.getByRole('navigation', { name: 'Main' });
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const [link, ready] of [
      ['Today', page.getByRole('region', { name: /^Plans ready to dial/ })],
      ['Review', page.getByRole('heading', { name: 'By week' })],
      ['Settings', page.getByLabel('Your name')],
      ['Import & export', page.getByRole('heading', { name: 'Export', exact: true })],
    ] as const) {
      // Below 1100 px the sidebar is folded behind its button.
      const toggle = page.getByRole('button', { name: 'Show the menu' });
      if (await toggle.isVisible()) await toggle.click();
      await menu.getByRole('link', { name: new RegExp(`^${link}`) }).click();
      await expect(ready).toBeVisible();
      // The screen scrolls inside .main; a page taller than the window would scroll the whole
      // app, sidebar included, out of view once .main reached its end.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollHeight - window.innerHeight,
      );
      expect(overflow, `${link} at ${width}×${height}`).toBeLessThanOrEqual(0);
    }
  }
});

test('at 1024 px, where the opener is drawn above the plan’s other parts, Tab reaches it first', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openWithSampleData(page, host.url);
  await page.getByRole('button', { name: 'Show the menu' }).click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Today/ })
    .click();
  await page.getByRole('link', { name: /^Dana Whitfield/ }).click();
  const plan = new PlanPage(page);
  await plan.dial.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Call opener' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(plan.opener).toBeFocused();
  // After the opener and its check come the plan's other parts, as they are drawn.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Objective', { exact: true })).toBeFocused();
});

test('Review leads to what earns meetings from its top, below every past call', async ({
  page,
  host,
}) => {
  await openWithSampleData(page, host.url);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /^Review/ })
    .click();
  const rates = page.getByRole('heading', { level: 2, name: 'What earns meetings' });
  await expect(rates).not.toBeInViewport();
  await page.getByRole('button', { name: 'What earns meetings ↓' }).click();
  await expect(rates).toBeFocused();
  await expect(rates).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'By verdict at dial time' })).toBeInViewport();
});
