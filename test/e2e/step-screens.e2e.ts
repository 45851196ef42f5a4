import type { Locator, Page } from '@playwright/test';
import { planFor } from '../../core/plan/plan';
import { threeHubSite } from '../helpers/three-hub-site';
import { expect, test } from './harness/fixtures';
import { loadStore, storeWith } from './harness/seed';

// Issue 10's walk-through: Exchange 2010 SP1, two untrusted domains, three hubs, two SteelHeads.
const site = threeHubSite();

async function openUnit(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('tab', { name: 'Servers' }).click();
  await page.locator('tr[data-unit]', { hasText: name }).getByRole('button').first().click();
}

async function openStep(page: Page, name: RegExp): Promise<void> {
  // A site may have the same step for several SteelHeads: the first in working order.
  await page.locator('.step-list').getByRole('button', { name }).first().click();
}

/** The step heading is focused, inside the window, and <main> is scrolled to its top. */
async function expectAtTop(page: Page, title: RegExp): Promise<void> {
  const heading = page.locator('.step-screen h2.step-title');
  await expect(heading).toContainText(title);
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect.poll(() => page.locator('main').evaluate((m) => m.scrollTop)).toBe(0);
}

async function scrollToBottom(page: Page): Promise<void> {
  await page.locator('main').evaluate((m) => m.scrollTo({ top: m.scrollHeight }));
  await expect.poll(() => page.locator('main').evaluate((m) => m.scrollTop)).toBeGreaterThan(200);
}

const figure = (page: Page): Locator => page.locator('.step-picture > figure[data-illustration]');

test.describe('step screens an engineer can follow (issue 10)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('1: each drawing shows this site: the send connector of the step, the server it runs on', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(site));
    await openUnit(page, 'EX01');
    await openStep(page, /Enable domain security on the send connector/);
    const drawing = figure(page);
    await expect(drawing).toHaveAttribute(
      'data-illustration',
      'emc-send-connector-domain-security',
    );
    await expect(drawing.locator('[data-role="selected"]')).toHaveText(['To Fabrikam']);
    await expect(drawing.locator('[data-role="server"]')).toHaveText('EX01');
    await expect(
      drawing.locator('[data-role="window-title"]', { hasText: 'Properties' }),
    ).toHaveText('To Fabrikam Properties');
    await expect(drawing).toContainText('Which tab holds this box is not verified');
    await app.screenshot('issue10-send-connector');

    // The organisation step of fabrikam.local runs on MX1: so says the shell's window.
    await page.getByRole('button', { name: '← All servers' }).click();
    await openUnit(page, 'Organisation fabrikam.local');
    await expect(figure(page).locator('[data-role="window-title"]')).toContainText(
      'mx1.fabrikam.local',
    );
    await expect(figure(page).locator('[data-role="server"]')).toHaveText('MX1');

    // The in-path-rule step draws in-path rules, not SSL certificate pages.
    await page.getByRole('button', { name: '← All servers' }).click();
    await openUnit(page, 'SteelHeads');
    await openStep(page, /in-path rules/);
    await expect(figure(page)).toHaveAttribute('data-illustration', 'steelhead-in-path-rules');
    await expect(figure(page)).not.toContainText('Certificate Authorities');
    await expect(figure(page)).toContainText('10.2.0.25/32');

    // On 2010 the console can create the Partner connector: drawn, with the partner addresses.
    await page.getByRole('button', { name: '← All servers' }).click();
    await openUnit(page, 'MX2');
    await openStep(page, /Partner receive connector/);
    await expect(page.getByTestId('shell-only-badge')).toHaveCount(0);
    await expect(figure(page)).toHaveAttribute('data-illustration', 'emc-new-receive-connector');
    await expect(figure(page).locator('[data-role="target"]')).toHaveText([/10\.1\.0\.25/]);
    expect(app.problems).toEqual([]);
  });

  test('2: a step opens at its top with its heading focused after a list click, j, d and Done', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(site));
    await openUnit(page, 'EX01');
    await expectAtTop(page, /Generate the hub certificate/);

    await scrollToBottom(page);
    await openStep(page, /Import the PFX/);
    await expectAtTop(page, /Import the PFX/);

    await scrollToBottom(page);
    await page.locator('main').focus();
    await page.keyboard.press('j');
    await expectAtTop(page, /Assign the SMTP service/);

    await scrollToBottom(page);
    await page.keyboard.press('d');
    await expectAtTop(page, /Trust the partner hub/);

    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Done, next step →' }).click();
    await expectAtTop(page, /Trust the partner hub/);
    await expect(page.locator('.step-link[aria-current="step"]')).toContainText('MX2');

    // The enlarged drawing opens at its top, its heading focused.
    await page.getByRole('button', { name: 'Enlarge the screen' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading')).toBeFocused();
    await expect(dialog.getByRole('heading')).toBeInViewport();
    await expect.poll(() => dialog.evaluate((d) => d.scrollTop)).toBe(0);
    await page.keyboard.press('Escape');
  });

  test('3: one save model: a chosen Skipped is never dropped silently, d on a blocked step asks', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(site));
    await openUnit(page, 'EX01');
    await openStep(page, /Import the PFX/);
    await page.getByRole('radio', { name: 'Skipped' }).click();
    await expect(page.getByLabel('Reason (required)')).toBeFocused();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Skipped needs a reason' }),
    ).toBeVisible();

    // Leaving asks; staying keeps the choice.
    await openStep(page, /Assign the SMTP service/);
    const ask = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(ask).toContainText('Skipped is chosen');
    await ask.getByRole('button', { name: 'Stay' }).click();
    await expect(page.locator('.step-screen h2.step-title')).toContainText('Import the PFX');
    await expect(page.getByRole('radio', { name: 'Skipped' })).toBeChecked();

    // Writing the reason saves it: the stamp says Skipped, and leaving no longer asks.
    await page.getByLabel('Reason (required)').fill('PFX imported by the customer last week');
    await page.getByLabel('Reason (required)').blur();
    await expect(page.getByTestId('step-stamp')).toContainText('Skipped');
    await openStep(page, /Assign the SMTP service/);
    await expect(ask).toBeHidden();
    await expectAtTop(page, /Assign the SMTP service/);

    // Blocked, then d: the app asks before turning it done.
    await page.getByLabel('Note').fill('Change window on Saturday only');
    await page.getByRole('radio', { name: 'Blocked' }).click();
    await expect(page.getByTestId('step-stamp')).toContainText('Blocked');
    await page.locator('main').focus();
    await page.keyboard.press('d');
    const blocked = page.getByRole('dialog', { name: 'This step is blocked' });
    await expect(blocked).toContainText('Change window on Saturday only');
    await blocked.getByRole('button', { name: 'Keep it blocked' }).click();
    await expect(page.getByTestId('step-stamp')).toContainText('Blocked');
    await page.keyboard.press('d');
    await blocked.getByRole('button', { name: 'Mark done' }).click();
    await expect(page.locator('.step-link.status-done')).toHaveCount(1);
  });

  for (const size of [
    { name: '1366x768', width: 1366, height: 768 },
    { name: '1093x614 (125 %)', width: 1093, height: 614 },
  ]) {
    test(`4: at ${size.name} the drawing has the width and its captions are legible`, async ({
      app,
    }) => {
      const { page } = app;
      await page.setViewportSize({ width: size.width, height: size.height });
      await loadStore(page, storeWith(site));
      await openUnit(page, 'EX01');
      if (size.width < 1300) {
        await expect(page.locator('.step-list')).toHaveCount(0);
        await page.getByRole('button', { name: /Show the step list/ }).click();
        await page.getByRole('button', { name: 'Hide the step list' }).click();
      }
      await page.locator('main').focus();
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      const svg = figure(page).locator('svg');
      // 11-unit SVG text is at least 11 CSS pixels once the 800-unit drawing is 800 px wide.
      expect((await svg.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(800);
      const caption = await figure(page)
        .locator('figcaption')
        .evaluate((c) => parseFloat(getComputedStyle(c).fontSize));
      expect(caption).toBeGreaterThanOrEqual(14);
      // The menu folds to a rail and opens again.
      const toggle = page.getByRole('button', { name: 'Expand the menu' });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await expect(page.getByRole('button', { name: 'Collapse the menu' })).toBeVisible();
    });
  }

  test('4: in dark mode the console drawings stay light', async ({ app }) => {
    const { page } = app;
    await loadStore(page, storeWith(site).replace('"theme":"light"', '"theme":"dark"'));
    await openUnit(page, 'EX01');
    await openStep(page, /Assign the SMTP service/);
    const fills = await figure(page)
      .locator('svg > rect')
      .first()
      .evaluate((r) => getComputedStyle(r).fill);
    expect(fills).toBe('rgb(238, 241, 245)');
    const bg = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(bg).toBe('rgb(17, 20, 24)');
  });

  test('5: commands wrap with a continuation mark and copy exactly as generated', async ({
    app,
    context,
  }) => {
    const { page } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await loadStore(page, storeWith(site));
    await openUnit(page, 'EX01');
    await openStep(page, /Final verification/);
    const blocks = page.locator('.command-text');
    expect(await blocks.count()).toBeGreaterThan(3);
    for (const block of await blocks.all()) {
      const [scroll, client] = await block.evaluate((b) => [b.scrollWidth, b.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
    }
    // At least one line wraps, and its wrapped rows carry the visible mark.
    const wrapped = await page
      .locator('.command-line')
      .evaluateAll((lines) =>
        lines
          .filter(
            (l) =>
              l.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(l).lineHeight),
          )
          .map((l) => getComputedStyle(l, '::before').content),
      );
    expect(wrapped.length).toBeGreaterThan(0);
    expect(wrapped[0]).toContain('↪');
    // Every copy button puts the command itself on the clipboard: no mark, no added break.
    const ex01 = planFor(site).hubs.find((h) => h.netbiosName === 'EX01');
    const final = ex01?.steps.find((s) => s.stepId === 'final-verification');
    const expected = final?.commands.map((c) => c.command) ?? [];
    expect(expected.length).toBeGreaterThan(3);
    for (const [i, command] of expected.entries()) {
      await page.getByRole('button', { name: new RegExp(`^Copy command ${i + 1}:`) }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
    }
    await expect(page.getByRole('button', { name: /^Copy command 1:/ })).toHaveText('Copied ✓');
    // c copies the first command even when it is off screen, and says so.
    await page.locator('main').focus();
    await page.keyboard.press('c');
    await expect(page.getByTestId('checklist-announce')).toContainText('Copied');
  });
});
