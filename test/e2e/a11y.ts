import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result, RunOptions } from 'axe-core';

/**
 * axe-core in the page under test, with the app's real Content-Security-Policy.
 *
 * `page.addScriptTag({ path })` does not work here: Playwright inlines the file into a <script>
 * element, and `script-src 'self'` refuses inline script. Evaluating the source through
 * `page.evaluate` does work (DevTools-protocol evaluation is not page script, so CSP does not
 * apply), which keeps the CSP under test instead of switching it off with `bypassCSP`.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type AxeGlobal = { axe?: { run(options: RunOptions): Promise<AxeResults> } };

const BLOCKING: readonly string[] = ['serious', 'critical'];

/** The serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Result[]> {
  const injected = await page.evaluate(() => typeof (globalThis as AxeGlobal).axe === 'object');
  if (!injected) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((options) => (globalThis as AxeGlobal).axe!.run(options), {
    resultTypes: ['violations'],
  } satisfies RunOptions);
  return results.violations.filter((violation) => BLOCKING.includes(violation.impact ?? ''));
}

/** One readable line per violation and element, for a failure message. */
export function describeViolations(where: string, violations: readonly Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${where}: [${violation.impact}] ${violation.id} — ${violation.help} — ${node.target.join(' ')}${
          node.failureSummary ? ` (${node.failureSummary.replace(/\s+/gu, ' ').slice(0, 200)})` : ''
        }`,
    ),
  );
}

/**
 * axe in the light and the dark theme on the page as it is now, at each `check`: one host and one
 * set-up serve both themes. `found` collects every violation with where and in which theme it was
 * seen; the page goes back to the default theme after each check.
 */
export function axeInBothThemes(page: Page): {
  found: string[];
  check: (where: string) => Promise<void>;
} {
  const found: string[] = [];
  const check = async (where: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      found.push(...describeViolations(`${where} (${colorScheme})`, await seriousViolations(page)));
    }
    await page.emulateMedia({ colorScheme: null });
  };
  return { found, check };
}
