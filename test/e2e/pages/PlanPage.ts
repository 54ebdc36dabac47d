import { expect, type Locator, type Page } from '@playwright/test';

/** The call plan screen: opener editor, checker panel and the Dial button. */
export class PlanPage {
  readonly opener: Locator;
  readonly verdict: Locator;
  readonly findings: Locator;
  readonly dial: Locator;
  readonly saveState: Locator;
  /** Shown when a save was refused because another tab or window saved first. */
  readonly conflict: Locator;

  constructor(readonly page: Page) {
    this.opener = page.getByRole('textbox', { name: 'Opener', exact: true });
    this.verdict = page.getByRole('region', { name: 'Opener check' }).getByRole('status');
    this.findings = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
    this.dial = page.getByRole('button', { name: /^Dial/ });
    this.saveState = page.getByRole('status', { name: 'Save status' });
    this.conflict = page.getByRole('region', { name: 'This plan was changed elsewhere' });
  }

  highlight(severity: 'block' | 'warn' | 'info', text: string): Locator {
    return this.page.locator(`.opener-mirror mark.hl-${severity}`, { hasText: text });
  }

  /** The plan's id, from the address bar. */
  id(): number {
    return Number(/#\/plans\/(\d+)/u.exec(this.page.url())?.[1]);
  }

  /** Types at the end of the opener, as a rep adding a sentence would. */
  async appendToOpener(text: string): Promise<void> {
    // Ctrl+End: the end of the text, not of the wrapped line the caret is on.
    await this.opener.press('Control+End');
    await this.opener.pressSequentially(text);
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveState).toHaveText(/^Saved \d/);
  }
}
