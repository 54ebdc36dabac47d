import { expect, type Locator, type Page } from '@playwright/test';

/** The call screen: live (timer, teleprompter, notes box, outcomes) or the record of a call. */
export class CallPage {
  readonly heading: Locator;
  readonly timer: Locator;
  readonly teleprompter: Locator;
  readonly notesBox: Locator;
  readonly saveStatus: Locator;
  readonly notes: Locator;
  readonly savedNotes: Locator;
  readonly unsavedNotes: Locator;
  readonly endDialog: Locator;
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Call with/ });
    this.timer = page.getByRole('timer', { name: 'Time on the call' });
    this.teleprompter = page.getByRole('region', { name: 'Opener as dialed' });
    this.notesBox = page.getByRole('textbox', { name: /^Note\b/ });
    this.saveStatus = page.getByRole('status', { name: 'Save status' });
    this.notes = page.locator('.notes-timeline > li');
    this.savedNotes = page.locator('.notes-timeline > li[data-state="saved"] .note-body');
    this.unsavedNotes = page.locator('.notes-timeline > li:not([data-state="saved"])');
    this.endDialog = page.getByRole('dialog', { name: 'End the call' });
    this.outcome = page.getByRole('region', { name: 'Outcome' });
  }

  async goto(callId: number): Promise<void> {
    await this.page.evaluate((to) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = to;
    }, `#/calls/${callId}`);
    await expect(this.heading).toBeVisible();
  }

  outcomeButton(label: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${label}`) });
  }

  tagButton(label: string): Locator {
    return this.page
      .getByRole('group', { name: 'Tags for the note you are writing' })
      .getByRole('button', { name: new RegExp(`^${label}`) });
  }

  /** The draft text the screen last reported as durably saved. */
  savedDraft(): Promise<string | null> {
    return this.saveStatus.getAttribute('data-saved-draft');
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved \d/);
  }
}
