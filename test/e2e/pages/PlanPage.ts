import { expect, type Locator, type Page } from '@playwright/test';

/** The call plan screen: opener editor, checker panel and the Dial button. */
export class PlanPage {
  readonly opener: Locator;
  readonly verdict: Locator;
  readonly findings: Locator;
  readonly dial: Locator;
  readonly saveState: Locator;

  constructor(readonly page: Page) {
    this.opener = page.getByRole('textbox', { name: 'Opener', exact: true });
    this.verdict = page.getByRole('region', { name: 'Opener check' }).getByRole('status');
    this.findings = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
    this.dial = page.getByRole('button', { name: /^Dial/ });
    this.saveState = page.getByRole('status', { name: 'Save status' });
  }

  highlight(severity: 'block' | 'warn' | 'info', text: string): Locator {
    return this.page.locator(`.opener-mirror mark.hl-${severity}`, { hasText: text });
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveState).toHaveText(/^Saved \d/);
  }
}
