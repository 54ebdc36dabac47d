import type { Locator, Page } from '@playwright/test';

/** One prospect's page: its details and the timeline of plans and calls. */
export class ProspectDetailPage {
  readonly timeline: Locator;

  constructor(readonly page: Page) {
    this.timeline = page.getByRole('region', { name: 'Timeline' });
  }

  /** The timeline's link to a call plan (named "Call plan" or "Call plan: <objective>"). */
  planLink(): Locator {
    return this.timeline.getByRole('link', { name: /^Call plan/u });
  }
}
