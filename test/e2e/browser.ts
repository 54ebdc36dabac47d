import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Playwright cannot download its own browsers here, so the tests drive an installed Chromium or
 * Chrome: ONEUP_CHROMIUM if set, else the first of the usual paths that exists.
 */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.ONEUP_CHROMIUM;
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumPath();
  return {
    // Undefined falls back to a Playwright-managed Chromium on machines that have one.
    ...(executablePath ? { executablePath } : {}),
    headless: true,
    // Without these Chromium's background connections fail noisily on a closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
