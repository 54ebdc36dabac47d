import { expect, type Locator, type Page } from '@playwright/test';

/** The review screen: filters and search, analytics charts, past calls, the comparison. */
export class ReviewPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly compareButton: Locator;
  readonly comparison: Locator;
  readonly analytics: Locator;
  readonly noMatch: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Review' });
    this.search = page.getByLabel('Search openers and notes');
    this.list = page.getByRole('list', { name: 'Past calls' });
    // Direct children only: each row holds its own list of insights.
    this.rows = this.list.locator(':scope > li');
    this.compareButton = page.getByRole('button', { name: /^Compare/ });
    this.comparison = page.getByRole('region', { name: 'Comparison' });
    this.analytics = page.getByRole('region', { name: 'What earns meetings' });
    this.noMatch = page.getByRole('status').filter({ hasText: 'No calls match these filters.' });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('g');
    await this.page.keyboard.press('r');
    await expect(this.heading).toBeVisible();
  }

  filter(label: 'Outcome' | 'Verdict' | 'Insight' | 'Prospect'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  async tick(text: string | RegExp): Promise<void> {
    await this.row(text).getByRole('checkbox').check();
  }

  chart(title: string): Locator {
    return this.page.getByRole('figure', { name: title });
  }
}
