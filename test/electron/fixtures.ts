import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  _electron,
  test as base,
  expect,
  type ElectronApplication,
  type Page,
} from '@playwright/test';

const ROOT = join(import.meta.dirname, '..', '..');

/** The desktop app on a data directory of its own; `relaunch` keeps the directory. */
export class DesktopApp {
  private app: ElectronApplication | undefined;

  constructor(readonly dataDir: string) {}

  async launch(): Promise<Page> {
    const executablePath = process.env.ONEUP_ELECTRON_BINARY;
    if (!executablePath) {
      throw new Error(
        'ONEUP_ELECTRON_BINARY is not set: run these tests with `npm run test:electron`.',
      );
    }
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (
        value !== undefined &&
        name !== 'ELECTRON_RENDERER_URL' &&
        name !== 'ELECTRON_RUN_AS_NODE'
      )
        env[name] = value;
    }
    env.ONEUP_DATA_DIR = this.dataDir;
    this.app = await _electron.launch({
      executablePath,
      // Chromium refuses to start as root with its sandbox on, as in some CI containers.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      cwd: ROOT,
      env,
    });
    const window = await this.app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    return window;
  }

  get electron(): ElectronApplication {
    if (!this.app) throw new Error('The desktop app is not running.');
    return this.app;
  }

  async close(): Promise<void> {
    await this.app?.close();
    this.app = undefined;
  }

  async relaunch(): Promise<Page> {
    await this.close();
    return this.launch();
  }
}

export const test = base.extend<{ desktop: DesktopApp; appWindow: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this destructuring
  desktop: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oneup-electron-'));
    const desktop = new DesktopApp(dataDir);
    await use(desktop);
    await desktop.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  appWindow: async ({ desktop }, use) => {
    await use(await desktop.launch());
  },
});

export { expect };
