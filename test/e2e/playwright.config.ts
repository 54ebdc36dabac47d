import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../.tmp/e2e-report.json' }]],
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  // Parallel runs on one machine must not wipe each other's traces.
  outputDir: process.env.ONEUP_E2E_OUTPUT ?? '../../test-results/e2e',
});
