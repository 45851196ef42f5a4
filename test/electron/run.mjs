// Layer 3: the real app through Playwright's _electron, when the Electron binary is installed.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary) {
  console.log(
    'electron suite skipped: Electron binary not installed (node_modules/electron/dist is absent and cannot be downloaded on this machine)',
  );
  process.exit(0);
}
const result = spawnSync(
  'npx',
  ['playwright', 'test', '--config', 'test/electron/playwright.config.ts'],
  {
    stdio: 'inherit',
    env: { ...process.env, RUNBOOK_ELECTRON_BINARY: binary },
  },
);
process.exit(result.status ?? 1);
