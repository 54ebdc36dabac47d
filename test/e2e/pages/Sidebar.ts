import type { Locator, Page } from '@playwright/test';

/** The app's main navigation: how a rep leaves a screen. */
export class Sidebar {
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
  }

  link(
    name:
      'Today' | 'Prospects' | 'Insights' | 'Briefings' | 'Review' | 'Import & export' | 'Settings',
  ) {
    return this.nav.getByRole('link', { name: new RegExp(`^${name}`, 'u') });
  }
}
