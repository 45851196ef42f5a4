import { defineConfig } from 'vitest/config';

/** Unit and interop tests: real code, real files, real crypto; no Electron. */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/interop/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
