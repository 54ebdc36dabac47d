import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/{unit,db,api,host,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup/language-model.ts'],
    pool: 'forks',
    // Sized for a loaded 2-core CI machine, where a busy minute made the slowest tests take
    // 30-40 s (crash runs, permission checks as another user). A hung test still ends in a minute.
    // No test asserts elapsed time: speed lives in `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
