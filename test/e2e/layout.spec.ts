import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { describeViolations, seriousViolations } from './a11y';
import { callApi, expect, openApp, test } from './fixtures';
import { PalettePage } from './pages/PalettePage';
import { ProspectsPage } from './pages/ProspectsPage';
import { Sidebar } from './pages/Sidebar';

const ONE_DOWN =
  "Hi Dana, is now a good time? I'm just calling to touch base about our solutions. We are the leading provider of freight software and we help companies like yours save time and money. I was wondering if maybe you'd have a few minutes sometime for a quick demo?";
const WIDTHS = [900, 1280, 1440] as const;
const SCHEMES = ['light', 'dark'] as const;
/** `ONEUP_SCREENSHOTS=1` writes the pictures where the docs show them; otherwise to test output. */
const DOCS_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots', 'widths');

interface Overflow {
  element: string;
  container: string;
  by: number;
}

/**
 * Every visible element inside the page's main area that sticks out of its parent (or whose own
 * text runs past its box), except inside containers meant to scroll. Positioned elements (badges
 * laid over something on purpose) are not judged against their parent.
 */
function findOverflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        el.classList.length ? `.${[...el.classList].join('.')}` : ''
      } "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const scrolls = (el: Element) => {
      const { overflowX } = getComputedStyle(el);
      return (
        overflowX === 'auto' ||
        overflowX === 'scroll' ||
        overflowX === 'hidden' ||
        overflowX === 'clip'
      );
    };
    const found: { element: string; container: string; by: number }[] = [];
    const root = document.querySelector('.shell') ?? document.body;
    const viewport = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > viewport + 1) {
      found.push({
        element: 'html',
        container: 'window',
        by: document.documentElement.scrollWidth - viewport,
      });
    }
    for (const el of root.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (el.closest('.visually-hidden')) continue;
      // Text wider than its own box, spilling out where nothing clips it.
      if (
        style.display !== 'inline' &&
        !scrolls(el) &&
        el.scrollWidth > el.clientWidth + 1 &&
        el.clientWidth > 0
      ) {
        found.push({
          element: describe(el),
          container: '(its own box)',
          by: el.scrollWidth - el.clientWidth,
        });
      }
      if (style.position === 'absolute' || style.position === 'fixed') continue;
      const parent = el.parentElement;
      if (!parent || parent === document.body) continue;
      if (scrolls(parent) || getComputedStyle(parent).display === 'inline') continue;
      const outer = parent.getBoundingClientRect();
      const by = Math.max(box.right - outer.right, outer.left - box.left);
      if (by > 1)
        found.push({ element: describe(el), container: describe(parent), by: Math.round(by) });
    }
    return found;
  });
}

test('Today, plan, live call, Review and prospect fit 900, 1280 and 1440 px in light and dark, with nothing sticking out', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(180_000);
  const outDir = process.env.ONEUP_SCREENSHOTS ? DOCS_DIR : testInfo.outputPath('widths');
  mkdirSync(outDir, { recursive: true });
  await openApp(page, host.url);
  // The first-run questions answered, so Today shows the day rather than the welcome card.
  await callApi(page, 'settings:update', {
    repName: 'Sam Ortiz',
    repCompany: 'Freightwise',
    firstRunDone: true,
  });
  await callApi(page, 'sample:load', {});
  const { items } = await callApi(page, 'prospects:list', {});
  const prospect = items[0]!;
  // A long address must wrap inside the facts card.
  await callApi(page, 'prospects:update', {
    id: prospect.id,
    patch: {
      email: 'procurement.operations.director.north-america@tidewater-supply-company.example',
    },
  });
  const insights = await callApi(page, 'insights:list', {});
  const briefing = await callApi(page, 'briefings:create', {
    title: 'Freight cost review',
    prospectId: prospect.id,
    items: [{ insightId: insights.items[0]!.id }],
  });
  const { plan } = await callApi(page, 'plans:create', {
    prospectId: prospect.id,
    insightIds: insights.items.slice(0, 2).map((insight) => insight.id),
    briefingId: briefing.id,
    objective: 'Book a freight briefing',
    opener: ONE_DOWN,
    meetingSlots: ['Thu 10:00', 'Fri 14:00'],
  });
  const outcomes = ['meeting_booked', 'voicemail', 'not_interested', 'callback'] as const;
  for (const [index, outcome] of outcomes.entries()) {
    await callApi(page, 'calls:log', {
      prospectId: items[index % items.length]!.id,
      outcome,
      opener: ONE_DOWN,
      startedAt: new Date(Date.now() - (index + 1) * 86_400_000).toISOString(),
      nextStep: 'Send the lane benchmark',
      ...(outcome === 'meeting_booked'
        ? {
            meeting: {
              startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
              durationMinutes: 45,
              attendees: ['dana@tidewater.example'],
            },
          }
        : {}),
    });
  }
  await callApi(page, 'plans:dial', {
    planId: plan.id,
    opener: ONE_DOWN,
    overrideReason: 'Testing the layout',
  });

  // The page read its settings and lists before the setup above: read them again.
  await page.reload();
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached();
  const sidebar = new Sidebar(page);
  const menuButton = sidebar.nav.getByRole('button', { name: 'Show the menu' });
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const prospectHeading = page.getByRole('heading', { level: 1, name: prospect.name });
  /** A screen the rep reaches from the one before it, the way a rep would, and what says it is shown. */
  interface Screen {
    name: string;
    go: () => Promise<void>;
    ready: Locator;
  }
  // One round, keyboard first: Today by its keys, the prospect from Today's meeting, the live call
  // from the prospect's timeline, its plan from the call (links taken with Enter), Review from the
  // sidebar (by its keys at 900 px, where the sidebar is folded).
  const screens: Screen[] = [
    {
      name: 'today',
      go: async () => {
        await page.keyboard.press('g');
        await page.keyboard.press('t');
      },
      ready: page.getByRole('region', { name: 'Upcoming meetings' }).getByRole('listitem'),
    },
    {
      name: 'prospect',
      go: () =>
        page
          .getByRole('region', { name: 'Upcoming meetings' })
          .getByRole('link', { name: prospect.name })
          .press('Enter'),
      ready: timeline.getByRole('link', { name: 'Call', exact: true }),
    },
    {
      name: 'live-call',
      go: () =>
        timeline
          .getByRole('listitem')
          .filter({ hasText: 'no outcome yet' })
          .getByRole('link', { name: 'Call' })
          .press('Enter'),
      ready: page.getByRole('timer'),
    },
    {
      name: 'plan',
      go: () => page.getByRole('link', { name: 'the call plan' }).press('Enter'),
      ready: page.getByRole('status').filter({ hasText: 'Blocked' }),
    },
    {
      name: 'review',
      go: async () => {
        // At 900 px the sidebar is folded (its button is walked in the test below): keys there.
        if (await menuButton.isVisible()) {
          await page.keyboard.press('g');
          await page.keyboard.press('r');
        } else {
          await sidebar.link('Review').click();
        }
      },
      ready: page.getByRole('list', { name: 'Past calls' }),
    },
  ];
  const problems: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const screen of screens) {
        await screen.go();
        await expect(screen.ready.first()).toBeVisible();
        if (screen.name === 'prospect') await expect(prospectHeading).toBeVisible();
        await page.screenshot({ path: join(outDir, `${screen.name}-${width}-${colorScheme}.png`) });
        for (const overflow of await findOverflows(page)) {
          problems.push(
            `${screen.name} at ${width} px (${colorScheme}): ${overflow.element} sticks out of ${overflow.container} by ${overflow.by} px`,
          );
        }
        if (width === 900) {
          problems.push(
            ...describeViolations(
              `${screen.name} at 900 px (${colorScheme})`,
              await seriousViolations(page),
            ),
          );
        }
      }
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('at 900 px the menu folds into a button, and the verdict stays in view while typing the opener', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await openApp(page, host.url);
  // Sample data as a rep loads it, from the palette: the app then knows its lists changed (a seed
  // sent past the app would leave the list it fetched at start-up in its cache for 5 s).
  const palette = new PalettePage(page);
  await palette.open();
  await palette.input.fill('load sample');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const { items } = await callApi(page, 'prospects:list', {});
  const { plan } = await callApi(page, 'plans:create', {
    prospectId: items[0]!.id,
    objective: 'Tighten the opener',
    opener: ONE_DOWN,
  });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: /^Review/ })).toBeHidden();
  await nav.getByRole('button', { name: 'Show the menu' }).click();
  await nav.getByRole('link', { name: /^Review/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  await expect(nav.getByRole('link', { name: /^Review/ })).toBeHidden();

  // To the plan as a rep goes: the prospects list by its keys, the prospect, the plan.
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await new ProspectsPage(page).openProspect(items[0]!.name);
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('link', { name: 'Call plan: Tighten the opener' })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/plans/${plan.id}$`, 'u'));
  const opener = page.getByRole('textbox', { name: 'Opener', exact: true });
  await opener.click();
  await opener.press('End');
  await page.keyboard.type(' Is now a good time?');
  const verdict = page.getByRole('status').filter({ hasText: 'Blocked' });
  await expect(verdict).toBeInViewport();
  await expect(opener).toBeInViewport();
});
