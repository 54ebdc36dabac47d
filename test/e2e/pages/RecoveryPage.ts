import type { Locator, Page } from '@playwright/test';

/** The recovery screen shown instead of the app when the library could not be opened. */
export class RecoveryPage {
  readonly title: Locator;
  readonly tryAgain: Locator;
  readonly startEmpty: Locator;
  readonly restoreLatest: Locator;
  readonly retryStatus: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.tryAgain = page.getByRole('button', { name: 'Try again' });
    this.startEmpty = page.getByRole('button', { name: 'Start empty…' });
    this.restoreLatest = page.getByRole('button', { name: 'Restore this backup…' });
    this.retryStatus = page.locator('.recovery-retry').getByRole('status');
  }
}
