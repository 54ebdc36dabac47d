import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Most test files share one module graph per worker ("shared"): re-importing the backend, zod and
// the checker for every file cost about three quarters of the suite's CPU time. A file that
// replaces modules, timers, globals or the environment, or runs in jsdom, gets a fresh process
// ("isolated"). It is found by reading the file, so a new test cannot land in the wrong project.
const REPLACES_SOMETHING =
  /\bvi\.(?:mock|doMock|spyOn|useFakeTimers|stubEnv|stubGlobal)\(|process\.env(?:\.\w+|\[[^\]]+\])\s*=[^=]|delete process\.env|@vitest-environment/u;
const TEST_DIRS = ['unit', 'db', 'api', 'host', 'renderer'];
const testFiles = TEST_DIRS.flatMap((dir) =>
  readdirSync(join('test', dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/u.test(file))
    .map((file) => join('test', dir, file)),
);
const isolated = testFiles.filter((file) => REPLACES_SOMETHING.test(readFileSync(file, 'utf8')));

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['test/setup/language-model.ts'],
    pool: 'forks',
    // Vitest's default in a run is one worker fewer than the cores: one worker on a 2-core CI
    // machine, where the suite then kept about 60% of the CPU busy. Every core runs test files.
    maxWorkers: availableParallelism(),
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
          include: testFiles.filter((file) => !isolated.includes(file)),
          isolate: false,
        },
      },
    ],
  },
});
