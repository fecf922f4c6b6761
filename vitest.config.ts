import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import isolated from './tests/harness/isolated-files.json' with { type: 'json' };

const NEEDS_OWN_MODULES: string[] = isolated.files;

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Vitest's default (cores − 1) is a single worker on a 2-core machine, leaving a core idle while one test
    // file waits on a child process or a timer.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: NEEDS_OWN_MODULES,
          // Loading the extractor's modules (NLP, gazetteer, date parser) again for every file was over half the
          // suite's time. Files that mock a module or stub a global run in 'isolated' (tests/harness checks the list).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: NEEDS_OWN_MODULES } },
    ],
  },
});
