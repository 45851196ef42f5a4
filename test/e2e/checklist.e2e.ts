import { largeSite, progressFor } from '../helpers/large-site';
import { expect, test } from './harness/fixtures';
import { fixtureSite, loadStore, storeWith } from './harness/seed';

test.describe('checklist screens (site loaded from a saved store)', () => {
  test.use({ viewport: { width: 1440, height: 1000 } });
  test('dashboard, a step screen with its illustration, copy, mark done, trust matrix', async ({
    app,
    context,
  }) => {
    const { page } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await loadStore(page, storeWith(fixtureSite('2016-2019-se-multi')));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await expect(page.getByRole('heading', { name: 'Servers' })).toBeVisible();
    await app.screenshot('dashboard');
    await page.getByRole('button', { name: 'Prerequisites' }).click();
    await expect(page.locator('.step-picture > figure')).toHaveAttribute(
      'data-illustration',
      'steelhead-licences',
    );
    await app.screenshot('step-screen-steelhead');
    await page.getByRole('button', { name: '← All servers' }).click();
    const firstHub = page.locator('tr[data-unit^="hub:"]').first();
    await firstHub.getByRole('button').first().click();
    await expect(page.locator('.step-screen')).toBeVisible();
    await app.screenshot('step-screen');
    await page.getByRole('button', { name: /^Copy command 1/ }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.length).toBeGreaterThan(10);
    await page.getByRole('radio', { name: 'Done' }).click();
    await expect(page.locator('.step-link.status-done')).toHaveCount(1);
    await page.reload();
    // A restart lands on the step last worked on; the dashboard is one step back.
    await expect(page.locator('.step-screen')).toBeVisible();
    await page.getByRole('button', { name: '← All servers' }).click();
    await page.getByRole('button', { name: 'Trust matrix' }).click();
    await app.screenshot('trust-matrix');
    expect(app.problems).toEqual([]);
  });

  test('Exchange 2010 steps show their console illustration; 2007 certificate steps are shell only', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(fixtureSite('2010-sp1-multi')));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.locator('tr[data-unit^="hub:"]').first().getByRole('button').first().click();
    await page.getByRole('button', { name: /Assign the SMTP service/ }).click();
    const figure = page.locator('.step-picture > figure[data-illustration]');
    await expect(figure).toHaveAttribute('data-illustration', 'emc-assign-services-wizard');
    await expect(figure).toHaveAttribute('aria-label', /SMTP/);
    await app.screenshot('step-screen-emc-2010');
    await page.getByRole('button', { name: 'Enlarge the screen' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await app.screenshot('illustration-enlarged');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page
      .getByRole('button', { name: /Permission|receive connector/i })
      .first()
      .click();
    await app.screenshot('step-screen-receive-connector');

    await loadStore(page, storeWith(fixtureSite('2007-multi')));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.locator('tr[data-unit^="hub:"]').first().getByRole('button').first().click();
    await page.getByRole('button', { name: /Import the PFX/ }).click();
    await expect(page.getByTestId('shell-only-badge')).toBeVisible();
    await expect(page.locator('.step-picture > figure[data-illustration]')).toHaveAttribute(
      'data-illustration',
      'ems-console',
    );
    await app.screenshot('step-screen-2007-shell-only');
    expect(app.problems).toEqual([]);
  });

  test('a single-domain site has no domain-security steps anywhere', async ({ app }) => {
    const { page } = app;
    await loadStore(page, storeWith(fixtureSite('2016-2019-se-single')));
    await page.getByRole('tab', { name: 'Servers' }).click();
    for (const row of await page.locator('tr[data-unit]').all()) {
      await row.getByRole('button').first().click();
      await expect(page.locator('.step-list')).toBeVisible();
      await expect(page.locator('.step-list')).not.toContainText(
        /domain security|secure lists|domain-secure/i,
      );
      await page.getByRole('button', { name: '← All servers' }).click();
    }
  });

  test('a site with the most hubs it may hold (64): every hub on the dashboard, the trust matrix a page of rows at a time', async ({
    app,
  }) => {
    // Hundreds of rows and a 200-column matrix: slow when the machine is shared.
    test.setTimeout(120_000);
    const { page } = app;
    const site = largeSite(64, 8);
    await loadStore(page, storeWith(site, progressFor(site, 25)));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await expect(page.locator('tr[data-unit^="hub:"]')).toHaveCount(64);
    await page.getByPlaceholder('Search servers, domains, steps…').fill('ex37.');
    await expect(page.locator('tr[data-unit^="hub:"]')).toHaveCount(1);
    await page.getByPlaceholder('Search servers, domains, steps…').fill('');
    await page.getByRole('button', { name: 'Trust matrix' }).click();
    await expect(page.getByTestId('trust-rows')).toHaveText('Rows 25 of 64');
    await page.getByRole('button', { name: 'Show 25 more rows' }).click();
    await expect(page.getByTestId('trust-rows')).toHaveText('Rows 50 of 64');
    await page.getByPlaceholder('Show rows for hubs matching…').fill('f3.corp');
    await expect(page.getByTestId('trust-rows')).toHaveText('Rows 8 of 8');
    await app.screenshot('trust-matrix-64-hubs');
    expect(app.problems).toEqual([]);
  });

  test('keyboard: j and k move between steps, d marks done and moves on, arrows stay in the radios', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(fixtureSite('2013-multi')));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.locator('tr[data-unit^="hub:"]').first().getByRole('button').first().click();
    const current = page.locator('.step-link[aria-current="step"]');
    await expect(current).toContainText('1.');
    await page.locator('main').focus();
    await page.keyboard.press('j');
    await expect(current).toContainText('2.');
    await page.keyboard.press('k');
    await expect(current).toContainText('1.');
    await page.keyboard.press('d');
    await expect(current).toContainText('2.');
    await expect(page.locator('.step-link.status-done')).toHaveCount(1);
    // In the status radios the arrow keys change the choice, not the step.
    await page.getByRole('radio', { name: 'To do' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(current).toContainText('2.');
  });

  test('a blocked step needs a note and shows up, with the remaining work, under Sign-off', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(fixtureSite('2013-multi')));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.locator('tr[data-unit^="hub:"]').first().getByRole('button').first().click();
    await page.getByRole('radio', { name: 'Blocked' }).click();
    await page.getByRole('button', { name: 'Save status and note' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Blocked needs a note' })).toBeVisible();
    await page.getByLabel('What blocks it (required)').fill('Change window only on Saturday');
    await page.getByRole('button', { name: 'Save status and note' }).click();
    await expect(page.getByTestId('step-stamp')).toContainText('Blocked');
    await page.getByRole('tab', { name: 'Sign-off' }).click();
    await expect(page.getByTestId('signoff-summary')).toContainText('0 of');
    await expect(page.getByTestId('report-blocked')).toContainText(
      'Change window only on Saturday',
    );
    await app.screenshot('signoff');
  });

  test('a typed note is kept when the engineer moves to another step', async ({ app }) => {
    const { page } = app;
    await loadStore(page, storeWith(fixtureSite('2013-multi')));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.locator('tr[data-unit^="hub:"]').first().getByRole('button').first().click();
    await page.locator('.step-link').nth(1).click();
    await page.getByLabel('Note').fill('PFX copied to C:\\SecureSMTP by Jan');
    await page.locator('.step-link').nth(2).click();
    await page.locator('.step-link').nth(1).click();
    await expect(page.getByLabel('Note')).toHaveValue('PFX copied to C:\\SecureSMTP by Jan');
  });
});
