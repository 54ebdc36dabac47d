import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Sized for a loaded 2-core CI machine: with one worker at load average 15, specs took up to
  // 60 s (disk-full) and single waits over 10 s. Each step is bounded on its own (20 s), so a
  // stuck step fails with its own message long before the test's two minutes are up.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: '../../.tmp/e2e-report.json' }]],
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
  },
  // Parallel runs on one machine must not wipe each other's traces.
  outputDir: process.env.ONEUP_E2E_OUTPUT ?? '../../test-results/e2e',
});
