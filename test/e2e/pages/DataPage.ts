import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The Import & export screen, found by role and label as a screen-reader user would. */
export class DataPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly summary: Locator;
  readonly previewTable: Locator;
  readonly mappingTable: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Import & export', level: 1 });
    this.fileInput = page.getByLabel('File to import');
    this.summary = page.locator('.import-summary');
    this.previewTable = page.getByRole('table', { name: /rows as they will be saved/u });
    this.mappingTable = page.getByRole('table', { name: 'Columns in the file and where they go' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: /Import & export/u }).click();
    await expect(this.heading).toBeVisible();
  }

  async choose(name: string, content: string | Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.fileInput.setInputFiles({
      name,
      mimeType,
      buffer: typeof content === 'string' ? Buffer.from(content) : content,
    });
    await expect(this.summary).toBeVisible();
  }

  mapping(column: string): Locator {
    return this.page.getByLabel(`Import column "${column}" as`);
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^Import \d/u });
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async export(label: string): Promise<{ filename: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Export ${label}` }).click();
    const file = await download;
    return {
      filename: file.suggestedFilename(),
      text: await readFile((await file.path())!, 'utf8'),
    };
  }
}
