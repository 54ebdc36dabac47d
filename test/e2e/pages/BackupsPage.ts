import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Backups, and the confirmation it asks for. */
export class BackupsPage {
  readonly section: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Backups' });
    this.dialog = page.getByRole('alertdialog');
  }

  async open(): Promise<void> {
    await this.page.goto(this.page.url().replace(/#.*$/u, '#/settings'));
    await expect(this.section).toBeVisible();
  }

  /** Clicks "Back up now" and returns the time the app reports for the new backup. */
  async backUpNow(): Promise<string> {
    await this.section.getByRole('button', { name: 'Back up now' }).click();
    const status = this.section.getByRole('status');
    await expect(status).toHaveText(/^Backed up at .+\.$/u);
    return /^Backed up at (.+)\.$/u.exec((await status.textContent()) ?? '')![1]!;
  }

  async restore(when: string): Promise<void> {
    await this.section.getByRole('button', { name: `Restore ${when}`, exact: true }).click();
    await expect(this.dialog).toContainText(`replaced by the backup of ${when}`);
    await expect(this.dialog).toContainText('set aside');
    await this.dialog.getByRole('button', { name: 'Restore backup' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.section.getByRole('status')).toContainText(`Restored the backup of ${when}`);
  }

  async undoRestore(): Promise<void> {
    await this.section.getByRole('button', { name: 'Undo restore', exact: true }).click();
    await this.dialog.getByRole('button', { name: 'Undo restore' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.section.getByRole('status')).toContainText('Put back the library');
  }
}
