import { defineConfig } from '@playwright/test';

// Run through `npm run test:electron`, which checks for the Electron binary, builds the app and
// passes the binary's path in ONEUP_ELECTRON_BINARY.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // One Electron at a time: each is a full browser plus a main process, on 2-core CI machines.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
