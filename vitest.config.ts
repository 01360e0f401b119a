import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests run the bundled dist/cli.cjs: build it once before any test file runs.
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 20_000,
  },
});
