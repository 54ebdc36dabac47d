import { expect, type Locator, type Page } from '@playwright/test';

/** The Prospects screen, found the way a screen-reader user would find it. */
export class ProspectsPage {
  readonly table: Locator;
  readonly search: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Prospects' });
    this.search = page.getByRole('searchbox', { name: 'Search prospects' });
    this.dialog = page.getByRole('dialog');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  async create(fields: {
    name: string;
    company?: string;
    phone?: string;
    email?: string;
  }): Promise<void> {
    await this.page
      .getByRole('button', { name: /New prospect|Add a prospect/ })
      .first()
      .click();
    await this.fill(fields);
    await this.dialog.getByRole('button', { name: 'Add prospect' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async fill(fields: {
    name?: string;
    company?: string;
    phone?: string;
    email?: string;
  }): Promise<void> {
    if (fields.name !== undefined) await this.dialog.getByLabel('Name').fill(fields.name);
    if (fields.company !== undefined) await this.dialog.getByLabel('Company').fill(fields.company);
    if (fields.phone !== undefined) await this.dialog.getByLabel('Phone').fill(fields.phone);
    if (fields.email !== undefined) await this.dialog.getByLabel('Email').fill(fields.email);
  }
}
