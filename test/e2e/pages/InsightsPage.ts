import { expect, type Locator, type Page } from '@playwright/test';

export interface InsightFormFields {
  headline?: string;
  detail?: string;
  evidence?: string;
  source?: string;
  sourceUrl?: string;
  isPublic?: boolean;
  industries?: string;
  roles?: string;
  tags?: string;
}

const TEXT_FIELDS: [keyof InsightFormFields, string][] = [
  ['headline', 'Headline'],
  ['detail', 'Detail'],
  ['evidence', 'Evidence'],
  ['source', 'Source'],
  ['sourceUrl', 'Source link'],
  ['industries', 'Industries'],
  ['roles', 'Roles'],
  ['tags', 'Tags'],
];

/** The insight library screen, found the way a screen-reader user would find it. */
export class InsightsPage {
  readonly list: Locator;
  readonly search: Locator;
  readonly dialog: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Insights' });
    this.search = page.getByRole('searchbox', { name: 'Search insights' });
    this.dialog = page.getByRole('dialog');
    this.status = page.getByLabel('Show', { exact: true });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Insights/ })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  }

  item(headline: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: headline });
  }

  async create(fields: InsightFormFields & { headline: string }): Promise<void> {
    await this.page
      .getByRole('button', { name: /New insight|Add an insight/ })
      .first()
      .click();
    await this.fill(fields);
    await this.dialog.getByRole('button', { name: 'Add insight' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async fill(fields: InsightFormFields): Promise<void> {
    for (const [key, label] of TEXT_FIELDS) {
      const value = fields[key];
      if (typeof value === 'string')
        await this.dialog.getByLabel(label, { exact: true }).fill(value);
    }
    if (fields.isPublic !== undefined) {
      await this.dialog
        .getByRole('radio', { name: fields.isPublic ? 'Public research' : /own experience/ })
        .check();
    }
  }

  /** Checks that every given text field of the open dialog holds that value. */
  async expectForm(fields: InsightFormFields): Promise<void> {
    for (const [key, label] of TEXT_FIELDS) {
      const value = fields[key];
      if (typeof value === 'string')
        await expect(this.dialog.getByLabel(label, { exact: true })).toHaveValue(value);
    }
  }

  /** Opens an insight from the list and waits for its dialog. */
  async edit(headline: string): Promise<void> {
    await this.item(headline).getByRole('button', { name: headline }).click();
    await expect(this.dialog.getByRole('heading')).toHaveText('Edit insight');
  }
}
