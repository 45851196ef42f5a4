import { defineConfig } from '@playwright/test';

/** The real Electron app (only run by test/electron/run.mjs when the binary exists). */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.electron.ts',
  outputDir: '../../test-results/electron-artifacts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
});
