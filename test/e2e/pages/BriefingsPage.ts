import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The Briefings list and the briefing editor, found by role and label as a screen reader would. */
export class BriefingsPage {
  readonly table: Locator;
  readonly dialog: Locator;
  readonly items: Locator;
  readonly insightSearch: Locator;
  readonly saveState: Locator;
  readonly document: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Briefings' });
    this.dialog = page.getByRole('dialog');
    this.items = page
      .getByRole('list', { name: 'Insights in this briefing' })
      .getByRole('listitem');
    this.insightSearch = page.getByLabel('Add insights from your library');
    this.saveState = page.locator('.save-state');
    this.document = page.getByRole('article', { name: 'Briefing document' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Briefings/ })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Briefings' })).toBeVisible();
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ hasText: title });
  }

  /** A new briefing with no prospect, i.e. a template; leaves the editor open. */
  async createTemplate(title: string): Promise<void> {
    await this.page.getByRole('button', { name: /New briefing/ }).click();
    await this.dialog.getByLabel('Title').fill(title);
    await this.dialog.getByRole('button', { name: 'Create template' }).click();
    // The editor's header comes first; the preview beside it repeats the title.
    await expect(this.page.getByRole('heading', { level: 1, name: title }).first()).toBeVisible();
  }

  async addInsight(query: string, headline: string): Promise<void> {
    await this.insightSearch.fill(query);
    await this.page.getByRole('button', { name: `Add: ${headline}` }).click();
    await expect(this.items.filter({ hasText: headline })).toHaveCount(1);
  }

  item(headline: string): Locator {
    return this.items.filter({ hasText: headline });
  }

  talkingPoints(headline: string): Locator {
    return this.page.getByRole('textbox', { name: `Talking points: ${headline}` });
  }

  async move(headline: string, direction: 'up' | 'down'): Promise<void> {
    await this.page.getByRole('button', { name: `Move ${direction}: ${headline}` }).click();
  }

  async addQuestions(questions: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Add question' }).click();
    for (const [index, question] of questions.entries()) {
      const box = this.page.getByRole('textbox', { name: `Question ${index + 1}`, exact: true });
      await box.fill(question);
      if (index < questions.length - 1) await box.press('Enter');
    }
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText(/^Saved \d/);
  }

  /** Exports through the UI and returns the downloaded file's name and text. */
  async exportMarkdown(): Promise<{ filename: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export Markdown' }).click();
    const file = await download;
    const path = await file.path();
    return { filename: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}
