import { defineConfig } from 'vitest/config';

// Tests that replace modules, timers, globals or the environment run each file in a fresh process
// ("isolated"). Everything else shares one module graph per worker ("shared"): re-importing the
// backend, zod and the checker for every file cost about three quarters of the suite's CPU time.
const isolated = [
  'test/renderer/**/*.test.{ts,tsx}',
  'test/unit/electron/**/*.test.ts',
  'test/api/plan-autosave.test.ts',
  'test/db/background-jobs.test.ts',
  'test/db/backup-schedule.test.ts',
  'test/db/recovery-faults.test.ts',
  'test/db/recovery.test.ts',
  'test/unit/checker/determinism.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['test/setup/language-model.ts'],
    pool: 'forks',
    // Sized for a loaded 2-core CI machine, where a busy minute made the slowest tests take
    // 30-40 s (crash runs, permission checks as another user). A hung test still ends in a minute.
    // No test asserts elapsed time: speed lives in `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    restoreMocks: true,
    unstubEnvs: true,
    unstubGlobals: true,
    projects: [
      {
        extends: true,
        test: { name: 'isolated', include: isolated },
      },
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/{unit,db,api,host}/**/*.test.ts'],
          exclude: isolated,
          isolate: false,
        },
      },
    ],
  },
});
