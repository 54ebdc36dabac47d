import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';

/**
 * Traces are kept for a failed test, except where ONEUP_E2E_TRACE=off (.ci/run sets it): recording
 * them cost a fifth of the suite's time on a 2-core machine (insights and plans specs, 2.3 → 1.8
 * min), and a clean clone's CI has nobody to open them.
 */
const trace = process.env.ONEUP_E2E_TRACE === 'off' ? 'off' : 'retain-on-failure';

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
    trace,
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
  },
  // Parallel runs on one machine must not wipe each other's traces.
  outputDir: process.env.ONEUP_E2E_OUTPUT ?? '../../test-results/e2e',
});
