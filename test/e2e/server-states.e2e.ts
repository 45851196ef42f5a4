import { execFileSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './harness/fixtures';
import { laptop125 } from './harness/laptop';
import { fixtureSite, loadStore, storeWith } from './harness/seed';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/server-states/${name}`, import.meta.url));

test.describe('reading server states from the stick', () => {
  // The size users see: 1366x768 at 125 % scaling, dark mode.
  test.use({
    ...laptop125,
    colorScheme: 'dark',
  });

  test('a before-state warns on the permission-group step; an after-state marks the steps verified', async ({
    app,
  }) => {
    const { page } = app;
    const hubFolder = join(app.workDir, 'ex01.contoso.local');
    await mkdir(hubFolder, { recursive: true });
    await copyFile(
      fixture('state-EX01-2010-before-internet-facing.xml'),
      join(hubFolder, 'state-EX01-20261205T080500Z.xml'),
    );
    await loadStore(page, storeWith(fixtureSite('2010-sp1-multi')));
    await page.getByRole('tab', { name: 'Servers' }).click();

    // Before the work: the dashboard reads the stick (the folder picker answers with workDir).
    await page.getByRole('button', { name: 'Read server states from the stick' }).click();
    await expect(page.getByTestId('read-states-result')).toContainText(
      'EX01: ex01.contoso.local/state-EX01-20261205T080500Z.xml',
    );
    await page.getByRole('button', { name: 'EX01' }).click();
    await page.getByRole('button', { name: /^Show the step list/ }).click();
    await page
      .getByRole('button', { name: /Allow the Partners permission group/ })
      .first()
      .click();
    const warning = page.locator('.step-warning.error', { hasText: 'lists AnonymousUsers' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('Mark this hub');
    await app.screenshot('server-state-before-warning');

    // After the work: a newer state on the stick; read again from the hub's own panel.
    await copyFile(
      fixture('state-EX01-2010-after.xml'),
      join(hubFolder, 'state-EX01-20261205T104000Z.xml'),
    );
    await page.getByTestId('hub-state').locator('summary').click();
    await page
      .getByTestId('hub-state')
      .getByRole('button', { name: 'Read server states from the stick' })
      .click();
    await expect(page.getByTestId('hub-state')).toContainText('state-EX01-20261205T104000Z.xml');
    await expect(page.locator('.step-warning', { hasText: 'lists AnonymousUsers' })).toHaveCount(0);
    const note = page.getByTestId('step-server-state');
    await expect(note).toHaveAttribute('data-status', 'verified');
    await expect(note).toContainText('Verified on the server');
    await expect(note).toContainText(
      'PASS: Partners among the permission groups of EX01\\Default EX01',
    );
    await page
      .getByRole('button', { name: /Enable domain security on the send connector/ })
      .first()
      .click();
    await expect(page.getByTestId('step-server-state')).toHaveAttribute('data-status', 'verified');
    // One click marks it done, with a note naming the file it rests on; then the offer goes.
    await page.getByTestId('mark-done-verified').click();
    await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
    await expect(page.locator('.status-form textarea')).toHaveValue(
      /^Verified on the server: collected state ex01\.contoso\.local\/state-EX01-20261205T104000Z\.xml \(collected 2026-12-05 10:40 UTC, SHA-256 [0-9a-f]{64}\)\.$/u,
    );
    await expect(page.getByTestId('mark-done-verified')).toHaveCount(0);
    // The hub's panel lists every check with the file's SHA-256 as evidence.
    const panel = page.getByTestId('hub-state');
    await expect(panel).toContainText('SHA-256');
    await expect(panel.locator('tr.verdict-pass')).not.toHaveCount(0);
    await expect(panel.locator('tr.verdict-fail')).toHaveCount(0);
    await app.screenshot('server-state-after-verified');

    // Kept across a restart (store format 6).
    await page.reload();
    await page.getByRole('tab', { name: 'Servers' }).click();
    // A restart lands on the place last worked on (issue 13): back to the dashboard first.
    const back = page.getByRole('button', { name: '← All servers' });
    if (await back.isVisible()) await back.click();
    await page.getByRole('button', { name: 'EX01' }).click();
    await expect(page.getByTestId('hub-state')).toContainText('state-EX01-20261205T104000Z.xml');

    // The completion certificate shows which checks came from the collected state, and when;
    // what it did not show is listed as not checked. The saved PDF says the same.
    await page.getByRole('tab', { name: 'Sign-off' }).click();
    const checks = page.getByTestId('report-checks');
    await expect(checks).toContainText(/collected state of EX01, 2026-12-05 \d\d:\d\d UTC/u);
    await expect(checks.locator('tr.check-pass').first()).toContainText('collected state of EX01');
    // EX01's own certificate is not known to the app here, so the state cannot show it.
    await expect(
      checks.locator('tr.check-not-checked', { hasText: 'Our certificate for ex01' }),
    ).toContainText('not shown by the collected state');
    await expect(
      checks.locator('tr.check-not-checked', { hasText: 'no output pasted' }).first(),
    ).toContainText(/^mx1\.fabrikam\.local/u); // the hub nothing was read for
    await app.screenshot('server-state-in-certificate');
    await page.getByRole('button', { name: 'Save PDF…' }).click();
    await expect(page.getByTestId('signoff-note')).toContainText('Saved', { timeout: 30_000 });
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', app.savedFiles.at(-1)!, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/gu, ' ');
    expect(text).toMatch(/collected state of EX01, 2026-12-05 \d\d:\d\d UTC/u);
    expect(app.problems).toEqual([]);
  });

  test('a hostile file on the stick is listed as not used, with why', async ({ app }) => {
    const { page } = app;
    await copyFile(
      fixture('hostile-entity-expansion.xml'),
      join(app.workDir, 'state-EX01-20261205T110000Z.xml'),
    );
    await loadStore(page, storeWith(fixtureSite('2010-sp1-multi')));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.getByRole('button', { name: 'Read server states from the stick' }).click();
    await expect(page.getByTestId('read-states-result')).toContainText(
      'Not used: state-EX01-20261205T110000Z.xml: cannot read this: the file declares a DTD',
    );
  });
});
