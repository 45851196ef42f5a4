import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'runbook-electron-'));
  app = await electron.launch({
    executablePath: process.env['RUNBOOK_ELECTRON_BINARY'],
    args: ['out/main/index.js', `--user-data-dir=${userData}`],
  });
  page = await app.firstWindow();
});

test.afterEach(async () => {
  await app.close();
  await rm(userData, { recursive: true, force: true });
});

test('loads from app:// with the runbook API only', async () => {
  expect(page.url()).toBe('app://runbook/index.html');
  await expect(page).toHaveTitle('Secure SMTP Runbook');
  const globals = await page.evaluate(() => ({
    keys: Object.keys(window.runbook ?? {}).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.keys.length).toBeGreaterThan(0);
  // Progress arrives as an event from main (no polling channel).
  expect(globals.keys).toContain('onCertProgress');
  expect(globals.keys).not.toContain('certProgress');
});

test('app info round-trips through ipcMain with the real Electron versions', async () => {
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Check the app' }).click();
  await expect(page.getByTestId('app-info')).toContainText('Electron');
  await page.screenshot({ path: 'test-results/screens/electron-settings.png' });
});

test('navigation away from the app and new windows are refused', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://runbook/index.html');
  await page.evaluate(() => window.open('https://example.com/'));
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
});

test('every browser permission is denied, whatever the page asks for', async () => {
  const states = await page.evaluate(async () => {
    const names = ['notifications', 'geolocation', 'camera', 'microphone', 'clipboard-read'];
    const out: Record<string, string> = {};
    for (const name of names) {
      try {
        out[name] = (await navigator.permissions.query({ name: name as PermissionName })).state;
      } catch {
        out[name] = 'unsupported';
      }
    }
    return out;
  });
  expect(Object.keys(states)).toHaveLength(5);
  for (const [name, state] of Object.entries(states)) {
    expect([name, state]).toEqual([name, expect.stringMatching(/^(denied|unsupported)$/u)]);
  }
  expect(Object.values(states)).toContain('denied');
});
