import { readFileSync } from 'node:fs';
import { PRODUCTION_CSP } from '../../core/security/csp';
import { STORE_KEY, STORE_VERSION } from '../../renderer/store/persisted-schema';
import { expect, test } from './harness/fixtures';
import { chooseTheme } from './harness/theme';
import { loadStore } from './harness/seed';

test.describe('foundation', () => {
  test('a click in the real UI reaches a real handler through the contract and the answer shows', async ({
    app,
  }) => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Check the app' }).click();
    await expect(page.getByTestId('app-info')).toContainText('secure-smtp-runbook 0.1.0');
    await expect(page.getByTestId('app-info')).toContainText(`Node ${process.versions.node}`);
    await page.getByRole('button', { name: 'Check an export folder…' }).click();
    await expect(page.getByTestId('folder-report')).toContainText(app.workDir);
    await expect(page.getByTestId('folder-report')).toContainText('Yes');
    expect(app.calls).toEqual(['app:info', 'folder:pick']);
    console.log(
      `[e2e] round trip through the contract: ${app.calls.join(' -> ')} answered on screen`,
    );
    await app.screenshot('settings-about');
    expect(app.problems).toEqual([]);
  });

  test('the served page carries the production CSP as header and meta tag', async ({ app }) => {
    const response = await app.page.request.get(`${app.origin}/index.html`);
    expect(response.headers()['content-security-policy']).toBe(PRODUCTION_CSP);
    expect(await response.text()).toContain(`content="${PRODUCTION_CSP}"`);
    const escape = await app.page.request.get(`${app.origin}/%2e%2e/%2e%2e/package.json`);
    expect(escape.status()).toBe(404);
  });

  test('a malformed argument comes back as a typed error naming the field', async ({ app }) => {
    const result = await app.page.evaluate(() =>
      // @ts-expect-error deliberately wrong purpose, as a compromised renderer might send
      window.runbook!.folderPick({ purpose: 'steal-keys' }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', field: 'purpose' },
    });
    const extra = await app.page.evaluate(() =>
      // @ts-expect-error unknown key must be refused by the strict schema
      window.runbook!.appInfo({ sneaky: true }),
    );
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  test('the page sees only the runbook API: no Node, no ipcRenderer', async ({ app }) => {
    const globals = await app.page.evaluate(() => ({
      keys: Object.keys(window.runbook ?? {}).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
    }));
    expect(globals).toEqual({
      keys: [
        'appInfo',
        'bundleChooseTarget',
        'bundleExport',
        'bundleTargets',
        'bundleVerify',
        'certGenerate',
        'certInspectBytes',
        'certList',
        'evidenceAddImage',
        'evidenceAddText',
        'evidenceGet',
        'evidenceRemove',
        'fileDrag',
        'fileShowItem',
        'folderPick',
        'folderShow',
        'onBundleProgress',
        'onCertProgress',
        'onMenuCommand',
        'onSiteFileGiven',
        'reportPrint',
        'reportSaveIcs',
        'reportSavePdf',
        'siteOpenFile',
        'siteSaveFile',
        'stateReadStick',
      ],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
  });

  test('navigation works from the keyboard alone and the theme can be overridden', async ({
    app,
  }) => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Site' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('tab', { name: 'Servers' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Servers' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await chooseTheme(page, 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await app.screenshot('shell-dark');
  });

  test('a corrupted saved store is kept aside and reported, never wiped', async ({ app }) => {
    const { page } = app;
    await loadStore(page, '{"state": {"preferences": ');
    await expect(page.getByTestId('notice-kept-aside')).toContainText('not valid JSON');
    // A change after the failure must not destroy the kept copy.
    await chooseTheme(page, 'light');
    const kept = await page.evaluate((key) => {
      const keys = Object.keys(localStorage).filter((k) => k.startsWith(`${key}.kept.`));
      return keys.map((k) => localStorage.getItem(k));
    }, STORE_KEY);
    expect(kept).toEqual(['{"state": {"preferences": ']);
    await app.screenshot('store-kept-aside');
  });

  test('an older saved format is migrated and the user is told', async ({ app }) => {
    const { page } = app;
    const v1 = readFileSync('test/fixtures/store/v1.json', 'utf8').trim();
    await loadStore(page, v1);
    await expect(page.getByTestId('notice-migrated')).toContainText(`format 1 to ${STORE_VERSION}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
