import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';

const hubCard = (page: Page, n: number) =>
  page.getByRole('region', { name: new RegExp(`^Hub ${n}\\b`) });

/** Fills one hub card; NetBIOS name, AD domain and forest follow the FQDN. */
async function fillHub(page: Page, n: number, fqdn: string, smtp: string, send: string) {
  if (n > 1) await page.getByRole('button', { name: '+ Add hub' }).click();
  const card = hubCard(page, n);
  await card.getByLabel('FQDN').fill(fqdn);
  await card.getByLabel('SMTP domain').fill(smtp);
  await card.getByLabel('Windows Server version').selectOption('2019');
  await card.getByLabel('Send connector name').fill(send);
}

test.describe('a field engineer from first start to a reloaded, half-done site', () => {
  test.use({ viewport: { width: 1440, height: 1000 } });

  test('questionnaire -> tailored plan -> step -> copy -> done -> reload -> trust matrix', async ({
    app,
    context,
  }) => {
    const { page } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    // The questionnaire: a multi-domain site with three hubs on Exchange 2016/2019/SE.
    await page.getByLabel('Customer name').fill('Contoso Ltd');
    await page.getByLabel('Site name').fill('Amsterdam link');
    await page.getByLabel('Your name (the engineer on this laptop)').fill('Ana Lima');
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('radio', { name: /Several untrusted domains/ }).click();
    await page.getByRole('radio', { name: /2016 \/ 2019 \/ Subscription Edition/ }).click();
    await page.getByRole('button', { name: 'Next →' }).click();
    await fillHub(page, 1, 'ex01.contoso.local', 'contoso.com', 'To Fabrikam');
    await fillHub(page, 2, 'ex02.contoso.local', 'contoso.com', 'To Fabrikam');
    await fillHub(page, 3, 'mx1.fabrikam.local', 'fabrikam.com', 'To Contoso');
    await page.getByRole('button', { name: /Review/ }).click();
    await expect(page.getByText('Every answer is complete and consistent.')).toBeVisible();
    await page.getByRole('button', { name: 'Create site' }).click();
    await expect(page.getByTestId('site-summary')).toBeVisible();

    // The tailored plan: three hubs, two organisations (once each), no SteelHeads given.
    await page.getByRole('tab', { name: 'Servers' }).click();
    await expect(page.locator('tr[data-unit^="hub:"]')).toHaveCount(3);
    await expect(page.locator('tr[data-unit^="org:"]')).toHaveCount(2);
    await page
      .locator('tr[data-unit^="hub:"]', { hasText: 'EX01' })
      .getByRole('button')
      .first()
      .click();

    // A step: EX01 trusts MX1. Copy its first command and check what reached the clipboard.
    await page.getByRole('button', { name: /Trust the partner hub's certificate/ }).click();
    await expect(page.locator('.step-head')).toContainText('EX01 trusts MX1');
    await page.getByRole('button', { name: /^Copy command 1/ }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Import-Certificate');
    expect(copied).toContain('mx1.fabrikam.local.cer');
    expect(copied).toContain('Cert:\\LocalMachine\\Root');
    await page.getByRole('radio', { name: 'Done' }).click();
    await expect(page.getByTestId('step-stamp')).toContainText('Ana Lima');
    // And one more: the domain security step on the send connector.
    await page
      .getByRole('button', { name: /Enable domain security on the send connector/ })
      .click();
    // Moving from an MMC step to a shell step shows the shell's instructions, not an empty tab.
    await expect(page.getByRole('tab', { name: 'Exchange Management Shell' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.locator('.click-path')).toContainText('run the command below');
    await page.getByRole('radio', { name: 'Done' }).click();
    await app.screenshot('journey-step-done');

    // Close and reopen: the progress is still there, stamped.
    await page.reload();
    // It reopens on the step last worked on; the dashboard is one step back.
    await expect(page.locator('.step-screen')).toBeVisible();
    await page.getByRole('button', { name: '← All servers' }).click();
    const ex01 = page.locator('tr[data-unit^="hub:"]', { hasText: 'EX01' });
    await expect(ex01).toContainText('2/');
    await ex01.getByRole('button').first().click();
    await expect(page.locator('.step-link.status-done')).toHaveCount(2);

    // The trust matrix reflects it: EX01 -> MX1 trusted, the rest still missing.
    await page.getByRole('button', { name: '← All servers' }).click();
    await page.getByRole('button', { name: 'Trust matrix' }).click();
    const ex01Hub = 'hub-1';
    const mx1Hub = 'hub-3';
    await expect(page.locator(`button[data-pair="${ex01Hub}>${mx1Hub}"]`)).toContainText('Trusted');
    await expect(page.locator(`button[data-pair="${mx1Hub}>${ex01Hub}"]`)).toContainText('Missing');
    await expect(page.getByTestId('trust-missing')).toHaveText('3 of 4 trusts missing');
    await app.screenshot('journey-trust-matrix');
    expect(app.problems).toEqual([]);
  });
});
