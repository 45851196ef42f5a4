import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildSiteFile } from '../../core/site-file';
import { formFromSite } from '../../renderer/features/site/site-form';
import { STORE_VERSION } from '../../renderer/store/persisted-schema';
import { threeHubSite } from '../helpers/three-hub-site';
import { expect, test } from './harness/fixtures';
import { fixtureSite, loadStore, storeWith } from './harness/seed';

const site = threeHubSite();
const PASSWORD = 'Correct-Horse-42-Battery';

/** A store holding only the questionnaire's finished answers, on its Review page. */
function draftStore(): string {
  const value = { ...formFromSite(site, site.engineer), mode: 'create' };
  return JSON.stringify({
    state: {
      preferences: { theme: 'light' },
      site: null,
      siteDraft: { page: 5, value },
      progress: {},
      exports: {},
    },
    version: STORE_VERSION,
  });
}

async function openHub(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: 'Servers' }).click();
  await page.locator('tr[data-unit]', { hasText: name }).getByRole('button').first().click();
}

test.describe('what next, totals, legend, validation, polish (issue 10)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('6: one click from a new site, from step 1 and from the dashboard to the place meant', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, draftStore());
    await page.getByRole('button', { name: 'Create site' }).click();
    const status = page.getByTestId('site-status');
    await expect(status).toContainText('Created the site');
    await status.getByRole('button', { name: 'Make the certificates' }).click();
    await expect(page.getByRole('heading', { name: 'Generate certificates' })).toBeFocused();

    // Step 1 of a hub says the Certificates area makes it: the button goes there.
    await openHub(page, 'EX01');
    await page.getByRole('button', { name: 'Open the Certificates area' }).click();
    await expect(page.getByRole('heading', { name: 'Generate certificates' })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Generate certificates' })).toBeInViewport();

    // The dashboard's next step opens that step, at its top.
    await page.getByRole('tab', { name: 'Servers' }).click();
    const mx1 = page.locator('tr[data-unit]', { hasText: 'MX1' });
    await mx1.getByTestId('next-step-link').click();
    await expect(page.locator('.step-screen h2.step-title')).toBeFocused();
    await expect(page.locator('.step-screen .eyebrow')).toContainText('on MX1');
  });

  test('6: generation results stand out, in view, with the export one click away', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(fixtureSite('2013-multi')));
    await page.getByRole('tab', { name: 'Certificates', exact: true }).click();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Type it again').fill(PASSWORD);
    await page.getByRole('button', { name: /^Generate for/ }).click();
    const result = page.getByTestId('generate-result');
    await expect(result).toBeVisible({ timeout: 60_000 });
    await expect(result).toBeFocused();
    await expect(result).toBeInViewport();
    await expect(result).toHaveClass(/result-ok/);
    await app.screenshot('issue10-generate-result');
    await result.getByRole('button', { name: 'Export them to a USB stick' }).click();
    await expect(page.getByRole('heading', { name: 'Export to a USB stick' })).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Export to a USB stick' })).toBeInViewport();
  });

  test('7: the site total stays fixed under a filter; "n shown" says how many rows', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(site));
    await page.getByRole('tab', { name: 'Servers' }).click();
    const total = page.getByTestId('site-total');
    await expect(total).toContainText(/0 of \d+ steps finished on the site/);
    const before = await total.textContent();
    const rows = await page.locator('tr[data-unit]').count();
    await expect(page.getByTestId('rows-shown')).toHaveText(`${rows} shown`);
    await page.getByPlaceholder('Search servers, domains, steps…').fill('no such server');
    await expect(page.getByTestId('rows-shown')).toHaveText(`0 of ${rows} shown`);
    await expect(total).toHaveText(before ?? '');
    await page.getByRole('button', { name: 'Show every server' }).click();
    await expect(page.locator('tr[data-unit]')).toHaveCount(rows);
  });

  test('7: the trust matrix explains its marks, and a cell names itself on hover', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(site));
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.getByRole('button', { name: 'Trust matrix' }).click();
    const legend = page.getByTestId('trust-legend');
    await expect(legend).toContainText('Not needed');
    await expect(legend).toContainText('The hub itself');
    await expect(legend).toContainText('Missing');
    const none = page.locator('td.cell-none').first();
    await expect(none).toHaveAttribute('title', /already trust each other/);
    await none.hover();
    expect(await none.evaluate((td) => getComputedStyle(td).boxShadow)).not.toBe('none');
    await expect(page.locator('td.cell-self').first()).toHaveAttribute('title', /itself/);
  });

  test('7: the import preview speaks of servers and statuses, never of internal keys', async ({
    app,
  }) => {
    const { page } = app;
    const key = 'trust-partner-certificate@pair:hub-1>hub-3';
    const mine = {
      status: 'blocked' as const,
      by: 'Jan',
      at: '2026-01-01T09:00:00.000Z',
      note: 'x',
      evidence: [],
    };
    await loadStore(page, storeWith(site, { [key]: mine }));
    const file = buildSiteFile(
      site,
      { [key]: { ...mine, status: 'done', by: 'Ana Lima', at: '2026-01-02T10:30:00.000Z' } },
      new Date('2026-01-03T00:00:00Z'),
    );
    const path = join(app.workDir, 'site.json');
    await writeFile(path, JSON.stringify(file));
    app.nextOpenFile = path;
    await page.getByRole('button', { name: 'Import site file…' }).click();
    const preview = page.getByTestId('import-preview');
    await expect(preview.getByTestId('overwritten-step')).toHaveText(
      'EX01 trusts MX2: Blocked → Done (by Ana Lima, 2026-01-02 10:30 UTC)',
    );
    await expect(preview).not.toContainText('@');
    await expect(preview).not.toContainText('hub-1');
  });

  test('9: an empty hub asks for its FQDN once; the banner count is live; focus on the first error', async ({
    app,
  }) => {
    const { page } = app;
    await page.getByLabel('Customer name').fill('Contoso');
    await page.getByLabel('Site name').fill('Amsterdam');
    await page.getByLabel('Your name (the engineer on this laptop)').fill('Jan');
    await page.getByLabel(/Your e-mail/).fill('jan@');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/Engineer e-mail 'jan@' is not an e-mail address/)).toBeVisible();
    await expect(page.getByLabel(/Your e-mail/)).toBeFocused();
    await page.getByLabel(/Your e-mail/).fill('jan@contoso.com');
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page.getByRole('heading', { name: /Hub servers/ })).toBeVisible();
    await page.getByRole('button', { name: 'Next →' }).click();
    const card = page.getByRole('region', { name: /^Hub 1\b/ });
    const messages = card.locator('.field-error');
    expect(await messages.count()).toBeLessThanOrEqual(3);
    await expect(card.locator('.field-error', { hasText: 'NetBIOS' })).toHaveCount(0);
    await expect(card.getByLabel('FQDN')).toBeFocused();
    const banner = page.getByTestId('page-problem');
    // The banner's count, read strictly ("One answer" or "<n> answers"); 0 when it is gone.
    const shown = async () => {
      if ((await banner.count()) === 0) return 0;
      const text = (await banner.textContent()) ?? '';
      if (text.startsWith('One answer')) return 1;
      const n = /^(\d+) answers on this page/u.exec(text)?.[1];
      expect(n, `banner reads: ${text}`).toBeDefined();
      return Number(n);
    };
    const before = await shown();
    expect(before).toBeGreaterThan(1);
    // Typing the FQDN fixes answers: the count drops at once, without pressing Next.
    await card.getByLabel('FQDN').fill('ex01.contoso.local');
    await expect.poll(shown).toBeLessThan(before);
    await expect.poll(shown).toBeGreaterThan(0);
    await card.getByLabel('IP addresses').fill('10.0.0.300, banana');
    await card.getByLabel('IP addresses').blur();
    await expect(card.locator('.field-error', { hasText: '10.0.0.300' })).toContainText('banana');
  });

  test('10: equal status marks, visible skipped mark, theme in Settings, one date format, empty states with a way on', async ({
    app,
  }) => {
    const { page } = app;
    for (const area of ['Servers', 'Certificates', 'Commands', 'Sign-off']) {
      await page.getByRole('tab', { name: area, exact: true }).click();
      await expect(page.getByTestId('no-site')).toBeVisible();
      await expect(
        page.getByTestId('no-site').getByRole('button', { name: 'Start the questionnaire' }),
      ).toBeVisible();
    }
    await expect(page.locator('nav.sidebar').getByRole('radio', { name: /theme/ })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect(page.getByRole('radio', { name: 'dark theme' })).toBeVisible();

    const at = '2026-01-02T10:30:00.000Z';
    const rec = (status: 'done' | 'skipped' | 'blocked') => ({
      status,
      by: 'Jan',
      at,
      note: 'n',
      evidence: [],
    });
    await loadStore(
      page,
      storeWith(site, {
        'certificate-generate@hub:hub-1': rec('done'),
        'certificate-import@hub:hub-1': rec('skipped'),
        'certificate-assign-smtp@hub:hub-1': rec('blocked'),
      }),
    );
    await openHub(page, 'EX01');
    const icons = page.locator('.step-list .status-icon');
    const widths = new Set(
      await icons.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width))),
    );
    expect(widths.size).toBe(1);
    for (const s of ['Done', 'Skipped', 'Blocked', 'To do'])
      await expect(page.locator('.step-list').getByRole('img', { name: s }).first()).toBeVisible();
    const skipped = page.locator('.status-icon-skipped').first();
    expect(await skipped.evaluate((e) => getComputedStyle(e).color)).not.toBe(
      await page.locator('body').evaluate((b) => getComputedStyle(b).color),
    );
    await page
      .locator('.step-list')
      .getByRole('button', { name: /Import the PFX/ })
      .click();
    await expect(page.getByTestId('step-stamp')).toHaveText('Skipped · Jan · 2026-01-02 10:30 UTC');
  });
});
