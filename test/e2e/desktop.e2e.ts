import type { Locator, Page } from '@playwright/test';
import { buildSiteFile, serializeSiteFile } from '../../core/site-file';
import { expect, test } from './harness/fixtures';
import { laptop125 } from './harness/laptop';
import { fixtureSite } from './harness/seed';

/** Presses Tab until `target` has the focus (keyboard only; fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test.describe('the desktop, as the engineer sees it (1366x768 at 125 %, dark)', () => {
  test.use({
    ...laptop125,
    colorScheme: 'dark',
  });

  test('keyboard only: demo site, a tailored plan, an illustrated step marked done, a restart that lands on it, sign-off', async ({
    app,
  }) => {
    test.setTimeout(150_000); // a long keyboard walk on a shared machine
    const { page } = app;
    // First run: an empty Site area that offers the demo.
    await expect(page.getByTestId('demo-hint')).toBeVisible();
    await app.screenshot('desktop-first-run');
    await tabTo(page, page.getByRole('button', { name: 'Open the demo site' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('demo-banner')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Servers' })).toBeVisible();
    await expect(page.locator('tr[data-unit^="hub:"]')).toHaveCount(2);
    await app.screenshot('desktop-demo-dashboard');

    // Open the first hub's checklist with the keyboard.
    await tabTo(page, page.locator('tr[data-unit="hub:hub-1"]').getByRole('button').first());
    await page.keyboard.press('Enter');
    await expect(page.locator('.step-screen')).toBeVisible();
    // j moves on until a step with a drawing of its console screen.
    const figure = page.locator('.step-picture > figure[data-illustration]');
    for (let i = 0; i < 15 && (await figure.count()) === 0; i += 1) {
      await page.locator('.step-screen h2').focus(); // not a text field: the letter keys apply
      await page.keyboard.press('j');
      await expect(page.locator('.step-screen')).toBeVisible();
    }
    await expect(figure).toHaveCount(1);
    const title = (await page.locator('.step-screen h2.step-title').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(5);
    await app.screenshot('desktop-demo-illustrated-step');

    // Done with the radio group (arrow keys), then a note typed and not yet saved.
    await tabTo(page, page.getByRole('radio', { name: 'To do' }));
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
    await tabTo(page, page.getByRole('textbox', { name: 'Note' }));
    await page.keyboard.type('Customer asked to repeat this after the change window');
    await app.screenshot('desktop-step-note-typed');

    // A restart (the window reloads its page from the saved store) lands on the same step.
    await page.reload();
    await expect(page.locator('.step-screen h2.step-title')).toHaveText(title);
    await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue(
      'Customer asked to repeat this after the change window',
    );
    await app.screenshot('desktop-restart-on-last-step');

    // The Sign-off area (where the completion certificate is made) by keyboard: arrows + Enter.
    await tabTo(page, page.getByRole('tab', { name: 'Servers' }));
    // One press at a time, as a person does who watches the focus move.
    for (const next of ['Certificates', 'Commands', 'Sign-off']) {
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('tab', { name: next })).toBeFocused();
    }
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('signoff-summary')).toContainText(/1 of \d+ steps finished/u);
    await expect(page.getByTestId('demo-banner')).toBeVisible();
    await app.screenshot('desktop-demo-signoff');

    // The demo goes when asked, with what was done on it.
    await tabTo(page, page.getByRole('button', { name: 'Remove the demo' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('no-site')).toBeVisible();
    await expect(page.getByTestId('demo-banner')).toHaveCount(0);
    expect(app.problems).toEqual([]);
  });

  test('menu commands arrive as ids and the page acts on them; a site file from the OS or a drop opens its preview', async ({
    app,
  }) => {
    const { page } = app;
    app.send('menu:command', { id: 'help:shortcuts' });
    await expect(page.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeFocused();
    const sheet = page.locator('.shortcut-table');
    await expect(sheet).toContainText('Ctrl+O');
    await expect(sheet).toContainText('Print completion certificate');
    await expect(page.getByTestId('build-info')).toContainText(
      /^Secure SMTP Runbook \d+\.\d+\.\d+, built \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/u,
    );
    await app.screenshot('desktop-shortcut-sheet');

    app.send('menu:command', { id: 'theme:light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    app.send('menu:command', { id: 'theme:dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    app.send('menu:command', { id: 'report:pdf' });
    await expect(page.getByRole('tab', { name: 'Sign-off' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    const content = serializeSiteFile(
      buildSiteFile(fixtureSite('2013-multi'), {}, new Date('2026-12-01T10:00:00Z')),
    );
    app.send('site:file-given', { path: '/media/usb/contoso.smtprunbook', content });
    await expect(page.getByTestId('import-preview')).toBeVisible();
    await expect(page.getByTestId('import-preview')).toContainText('Contoso');
    await app.screenshot('desktop-site-file-given');
    await page
      .getByRole('button', { name: /Cancel|Keep/u })
      .first()
      .click();

    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.smtprunbook', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, content);
    await expect(page.getByTestId('import-preview')).toBeVisible();
    expect(app.problems).toEqual([]);
  });

  test('ticks are signed by this laptop’s engineer, not by the engineer named in a site file', async ({
    app,
  }) => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Your name').fill('Ana Lima');
    await page.getByRole('button', { name: 'Save my name' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ana Lima' })).toBeVisible();
    await app.screenshot('desktop-engineer-settings');

    const content = serializeSiteFile(buildSiteFile(fixtureSite('2013-multi'), {}, new Date()));
    app.send('site:file-given', { path: 'C:\\sites\\contoso.smtprunbook', content });
    await page.getByRole('button', { name: 'Apply import' }).click();
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.locator('tr[data-unit^="hub:"]').first().getByRole('button').first().click();
    await page.getByRole('radio', { name: 'Done' }).click();
    await expect(page.locator('.status-form')).toContainText('Ana Lima');
    await expect(page.locator('.status-form')).not.toContainText("Jan O'Neill");
    expect(app.problems).toEqual([]);
  });
});
