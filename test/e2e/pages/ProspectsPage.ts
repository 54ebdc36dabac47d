import { expect, type Locator, type Page } from '@playwright/test';

export interface ProspectFormFields {
  name?: string;
  title?: string;
  company?: string;
  phone?: string;
  email?: string;
  notes?: string;
}

const FIELD_LABELS: [keyof ProspectFormFields, string][] = [
  ['name', 'Name'],
  ['title', 'Title'],
  ['company', 'Company'],
  ['phone', 'Phone'],
  ['email', 'Email'],
  ['notes', 'Notes'],
];

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

  /** Goes to the list the way a rep does: the sidebar link, no reload. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Prospects/ })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Prospects' })).toBeVisible();
  }

  /** Opens a prospect's page from the list and returns its id, read from the address. */
  async openProspect(name: string): Promise<number> {
    await this.row(name).getByRole('button', { name }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    return Number(/#\/prospects\/(\d+)$/u.exec(this.page.url())![1]);
  }

  /** The edit dialog of the prospect whose page is open. */
  async editOpenProspect(): Promise<void> {
    await this.page.getByRole('button', { name: /^Edit/ }).click();
    await expect(this.dialog.getByRole('heading')).toHaveText(/^Edit /);
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

  async fill(fields: ProspectFormFields): Promise<void> {
    for (const [key, label] of FIELD_LABELS) {
      const value = fields[key];
      if (value !== undefined) await this.dialog.getByLabel(label, { exact: true }).fill(value);
    }
  }

  /** Checks that every given field of the open dialog holds that value. */
  async expectForm(fields: ProspectFormFields): Promise<void> {
    for (const [key, label] of FIELD_LABELS) {
      const value = fields[key];
      if (value !== undefined)
        await expect(this.dialog.getByLabel(label, { exact: true })).toHaveValue(value);
    }
  }
}
