import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { laptop125 } from './harness/laptop';
import { fixtureSite, loadStore, storeWith } from './harness/seed';

const site = fixtureSite('2013-multi');

/** The visible button-like control the engineer presses to pick a file, and its real input. */
async function filePicker(page: Page, label: string) {
  const input = page.getByLabel(label);
  await expect(input).toHaveAttribute('type', 'file');
  const box = await input.boundingBox();
  // The native "Choose File / No file chosen" control is not drawn among our styled buttons.
  expect(box === null || box.width <= 1 || box.height <= 1).toBe(true);
  const visible = page.locator(`label[for="${await input.getAttribute('id')}"]`);
  await expect(visible).toBeVisible();
  return { input, visible };
}

test.describe('polish and validation left over (issue 10, items 9 and 10)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('10: the file pickers look like the other buttons, and stay keyboard and screen-reader usable', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(site));
    await page.getByRole('tab', { name: 'Certificates' }).click();
    const secondary = page.getByRole('button', { name: 'Choose a folder…' });
    const look = (l: Locator) =>
      l.evaluate((e) => {
        const s = getComputedStyle(e);
        return [s.backgroundColor, s.borderRadius, s.fontWeight, s.paddingLeft].join(' ');
      });
    const buttonLook = await look(secondary);
    const { input, visible } = await filePicker(page, 'Choose a certificate or PFX file');
    expect(await look(visible)).toBe(buttonLook);
    await expect(visible).toContainText('Choose a file…');
    // Keyboard: Tab lands on the input (hidden, yet focusable), its label shows the focus ring.
    await input.focus();
    await expect(input).toBeFocused();
    const ring = await visible.evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(ring).not.toBe('none');
    await input.setInputFiles({
      name: 'ex01.cer',
      mimeType: 'application/pkix-cert',
      buffer: Buffer.from('not a certificate'),
    });
    await expect(page.getByTestId('file-chosen')).toHaveText('ex01.cer');
    await page.getByTestId('file-chosen').scrollIntoViewIfNeeded();
    await app.screenshot('polish-file-picker-inspector');

    // The evidence picker on a step.
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.locator('tr[data-unit]').first().getByRole('button').first().click();
    const evidence = await filePicker(page, 'Attach a screenshot or photo (PNG or JPEG)');
    expect(await look(evidence.visible)).toBe(buttonLook);
  });

  test('10: empty states say what to do next, with the way there', async ({ app }) => {
    const { page } = app;
    await loadStore(page, storeWith(site));
    // Sign-off before any certificate: the expiry list is empty and offers to make them.
    await page.getByRole('tab', { name: 'Sign-off' }).click();
    const expiry = page.getByRole('region', { name: 'Certificate expiry' });
    await expiry.getByRole('button', { name: 'Make the certificates' }).click();
    await expect(page.getByRole('heading', { name: 'Generate certificates' })).toBeFocused();
    // The export panel before any certificate: the same way, not a grey sentence.
    const exportPanel = page.getByRole('region', { name: 'Export to a USB stick' });
    await exportPanel.getByRole('button', { name: 'Generate certificates first' }).click();
    await expect(page.getByRole('heading', { name: 'Generate certificates' })).toBeFocused();
  });

  test('9: an invalid optional e-mail is refused in Settings too, naming the field and the fix', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(site));
    await page.getByRole('tab', { name: 'Settings' }).click();
    const email = page.getByLabel('Your e-mail (optional)');
    await email.fill('jan@contoso');
    await page.getByRole('button', { name: 'Save my name' }).click();
    await expect(page.getByText(/e-mail 'jan@contoso' is not an e-mail address/)).toBeVisible();
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/Saved: your ticks/)).toHaveCount(0);
    await email.fill('');
    await page.getByRole('button', { name: 'Save my name' }).click();
    await expect(page.getByText(/Saved: your ticks/)).toBeVisible();
  });
});

test.describe('copy feedback for c (issue 10, item 10)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('c with the command off screen: a toast in view names the command, goes away, and comes back on the next c', async ({
    app,
    context,
  }) => {
    const { page } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await loadStore(page, storeWith(site));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.locator('tr[data-unit]', { hasText: 'EX01' }).getByRole('button').first().click();
    await page
      .locator('.step-list')
      .getByRole('button', { name: /Final verification/ })
      .click();
    const first = page.getByTestId('command').first();
    await page.evaluate(() => {
      const main = document.getElementById('main');
      main?.scrollTo({ top: main.scrollHeight });
    });
    await expect(first).not.toBeInViewport();
    const toast = page.getByTestId('checklist-announce');
    await page.locator('main').focus();
    await page.keyboard.press('c');
    await expect(toast).toBeInViewport();
    await expect(toast).toContainText(/^Copied: /u);
    const command = await first.locator('.command-text').innerText();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
    await page.screenshot({ path: 'test-results/screens/polish-copy-toast-1366.png' });
    // The toast does not stay over the page; the next c shows it again.
    await expect(toast).toBeHidden({ timeout: 15_000 });
    await page.keyboard.press('c');
    await expect(toast).toBeInViewport();
    // Back at the command, its button says it was copied.
    await first.scrollIntoViewIfNeeded();
    await expect(first.getByRole('button', { name: /^Copy command 1:/ })).toHaveText('Copied ✓');
  });
});

test.describe('the file pickers at 125 %, dark', () => {
  test.use(laptop125);
  test('still drawn like buttons', async ({ app }) => {
    const { page } = app;
    await loadStore(page, storeWith(site).replace('"theme":"light"', '"theme":"dark"'));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.locator('tr[data-unit]').first().getByRole('button').first().click();
    const evidence = await filePicker(page, 'Attach a screenshot or photo (PNG or JPEG)');
    await evidence.visible.scrollIntoViewIfNeeded();
    await app.screenshot('polish-file-picker-evidence-dark-125');
  });
});
