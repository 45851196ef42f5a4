import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { laptop125 } from './harness/laptop';
import { fixtureSite, loadStore, storeWith } from './harness/seed';

const PASSWORD = 'Correct-Horse-Battery-42';
const site = fixtureSite('2013-multi');

/** Generates every hub's certificate and exports them to <workDir>/usb; returns that folder. */
async function generateAndExport(
  page: Page,
  workDir: string,
  next: (f: string) => void,
  theme: 'light' | 'dark' = 'light',
) {
  await loadStore(page, storeWith(site).replace('"theme":"light"', `"theme":"${theme}"`));
  await page.getByRole('tab', { name: 'Certificates' }).click();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Type it again').fill(PASSWORD);
  await page.getByRole('button', { name: /^Generate for 3 hubs/ }).click();
  await expect(page.getByTestId('generate-result')).toContainText('3 of 3', { timeout: 60_000 });
  const usb = join(workDir, 'usb');
  mkdirSync(usb);
  next(usb);
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(page.getByTestId('export-folder')).toHaveText(usb);
  // Record every state the progress line shows while the export runs (it is gone when done).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
    new MutationObserver(() => {
      const line = document.querySelector('[data-testid="export-progress"]');
      const bar = line?.querySelector('progress');
      if (line && bar) seen.push(`${bar.value}|${line.textContent ?? ''}`);
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('export-report')).toBeVisible({ timeout: 30_000 });
  return usb;
}

test.describe('files out of the app, and the export’s progress (issue 13)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the export panel shows the files written and switched in as main reports them', async ({
    app,
  }) => {
    const { page } = app;
    await generateAndExport(page, app.workDir, (f) => (app.nextFolder = f));
    const seen = await page.evaluate(
      () => (window as unknown as { __progressSeen: string[] }).__progressSeen,
    );
    expect(app.events.filter((e) => e === 'bundle:progress').length).toBeGreaterThan(10);
    const shown = seen.map((s) => s.split('|')).filter(([, t]) => /of \d+ files/u.test(t ?? ''));
    expect(shown.length, `progress states seen: ${seen.join(' / ')}`).toBeGreaterThan(0);
    expect(
      shown.some(([, t]) =>
        /^(Writing and reading back|Putting in place): \d+ of \d+ files$/u.test(t ?? ''),
      ),
    ).toBe(true);
    const values = shown.map(([v]) => Number(v));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(Math.max(...values)).toBeGreaterThan(0);
  });

  test('each exported hub’s folder and .cer can be dragged out, or shown from the keyboard; other paths are refused', async ({
    app,
  }) => {
    const { page } = app;
    const usb = await generateAndExport(page, app.workDir, (f) => (app.nextFolder = f));
    const hub = site.hubs[0]!;
    const folder = join(usb, hub.fqdn);
    const cer = join(usb, hub.fqdn, 'public', `${hub.fqdn}.cer`);

    // The exported hub row: its folder and its certificate, as drag sources.
    const row = page.getByTestId('export-hubs').locator(`tr[data-hub="${hub.id}"]`);
    await expect(row.getByTestId('drag-bundle-folder')).toHaveAttribute('draggable', 'true');
    await row.getByTestId('drag-certificate').dispatchEvent('dragstart');
    await row.getByTestId('drag-bundle-folder').dispatchEvent('dragstart');
    await expect.poll(() => app.dragged).toEqual([[cer], [folder]]);

    // Keyboard: Tab from "Show in folder" reaches the first hub's folder; Enter shows it.
    await page.getByTestId('export-report').getByRole('button', { name: 'Show in folder' }).focus();
    await page.keyboard.press('Tab');
    await expect(row.getByTestId('drag-bundle-folder')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(row.getByTestId('drag-certificate')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => app.shownItems).toEqual([cer]);

    // The certificate row of the status table offers the same items.
    const certRow = page.locator(`.cert-table tr[data-hub="${hub.id}"]`);
    await certRow.getByTestId('drag-certificate').dispatchEvent('dragstart');
    await expect.poll(() => app.dragged.length).toBe(3);
    expect(app.dragged[2]).toEqual([cer]);

    // The page cannot make main drag or show anything else.
    const pfx = join(usb, hub.fqdn, 'private', `${hub.fqdn}.pfx`);
    for (const path of ['/etc/passwd', pfx, usb]) {
      const r = await page.evaluate((p) => window.runbook!.fileDrag({ paths: [p] }), path);
      expect(r).toMatchObject({ ok: false, error: { code: 'drag-not-exported' } });
      const s = await page.evaluate((p) => window.runbook!.fileShowItem({ path: p }), path);
      expect(s).toMatchObject({ ok: false, error: { code: 'drag-not-exported' } });
    }
    expect(app.dragged).toHaveLength(3);
    expect(app.shownItems).toHaveLength(1);
    await page.getByTestId('export-hubs').scrollIntoViewIfNeeded();
    await app.screenshot('files-out-export-1366');
  });
});

test.describe('files out at 125 % in dark mode', () => {
  test.use(laptop125);

  test('the exported hub rows stay readable', async ({ app }) => {
    const { page } = app;
    await generateAndExport(page, app.workDir, (f) => (app.nextFolder = f), 'dark');
    await expect(page.getByTestId('export-hubs').locator('tr[data-hub]')).toHaveCount(3);
    await page.getByTestId('export-hubs').scrollIntoViewIfNeeded();
    await app.screenshot('files-out-export-dark-125');
  });
});
