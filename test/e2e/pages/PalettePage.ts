import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette (Ctrl+K) and the shortcuts overlay (?), found by role and name. */
export class PalettePage {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly listbox: Locator;
  readonly overlay: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Command palette' });
    this.input = this.dialog.getByRole('combobox');
    this.listbox = this.dialog.getByRole('listbox');
    this.overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.input).toBeFocused();
  }

  group(name: string): Locator {
    return this.listbox.getByRole('group', { name });
  }

  option(name: string | RegExp): Locator {
    return this.listbox.getByRole('option', { name });
  }

  /** The option the combobox points at with aria-activedescendant. */
  async activeOptionText(): Promise<string> {
    const id = await this.input.getAttribute('aria-activedescendant');
    if (!id) return '';
    return (await this.page.locator(`[id="${id}"]`).textContent()) ?? '';
  }

  overlayRow(title: string): Locator {
    return this.overlay.locator('.shortcuts-row').filter({ hasText: title });
  }
}
