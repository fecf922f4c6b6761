import { defineConfig } from 'vitest/config';

// Browser tests: headless Chromium against the real server; run with `npx vitest run -c vitest.e2e.config.ts`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
