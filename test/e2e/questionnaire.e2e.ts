import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { STORE_KEY } from '../../renderer/store/persisted-schema';
import { expect, test } from './harness/fixtures';
import { chooseTheme } from './harness/theme';

/** Types into the focused field like a person, then moves on with Tab. */
async function typeAndTab(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** The hub card of the n-th hub (1-based), as the engineer sees it. */
const hubCard = (page: Page, n: number) =>
  page.getByRole('region', { name: new RegExp(`^Hub ${n}\\b`) });

test.describe('new site questionnaire', () => {
  test('a new user creates a multi-domain site with three hubs, edits it, exports and imports it', async ({
    app,
  }) => {
    // A long journey (three hubs typed by keyboard, export, two imports): slow on a shared machine.
    test.setTimeout(120_000);
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'New site' })).toBeVisible();

    // Page 1, by keyboard: Enter on a field tries Next; the empty site name is named and focused.
    await page.getByLabel('Customer name').click();
    await typeAndTab(page, 'Contoso Ltd');
    await page.keyboard.press('Tab'); // leave Site name empty for now
    await typeAndTab(page, 'Ana Lima');
    await page.keyboard.type('ana.lima@contoso.com');
    await page.keyboard.press('Enter');
    const siteName = page.getByLabel('Site name');
    await expect(siteName).toBeFocused();
    await expect(siteName).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Site name is empty: fill it in')).toBeVisible();
    await page.keyboard.type('Amsterdam and Fabrikam link');
    await expect(siteName).not.toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Enter');

    // Page 2: environment and version.
    await expect(page.getByRole('heading', { name: /Environment & Exchange/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Step 2 of 6/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('radio', { name: /One domain with several hub servers/ }),
    ).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const multi = page.getByRole('radio', { name: /Several untrusted domains/ });
    await expect(multi).toBeFocused();
    // Arrow keys move and select; Space confirms the choice explicitly (and is what a slow
    // machine needs when the arrow's selection lands after the focus moved).
    await page.keyboard.press('Space');
    await expect(multi).toBeChecked();
    await page.getByRole('radio', { name: /2016 \/ 2019 \/ Subscription Edition/ }).check();
    await app.screenshot('questionnaire-environment');
    await page.getByRole('button', { name: 'Next →' }).click();

    // Page 3: three hubs.
    await expect(page.getByRole('heading', { name: /Hub servers/ })).toBeVisible();
    const hub1 = hubCard(page, 1);
    await hub1.getByLabel('FQDN').fill('ex01.contoso.local');
    await expect(hub1.getByLabel('NetBIOS name')).toHaveValue('EX01');
    await expect(hub1.getByLabel('AD domain')).toHaveValue('contoso.local');
    await expect(hub1.getByLabel('AD forest root')).toHaveValue('contoso.local');
    await hub1.getByLabel('SMTP domain').fill('contoso.com');
    await hub1.getByLabel('Windows Server version').selectOption('2019');
    await hub1.getByLabel('Send connector name').fill('To Fabrikam');
    await expect(hub1.getByLabel('Receive connector name')).toHaveAttribute(
      'placeholder',
      'Default Frontend EX01',
    );
    await hub1.getByLabel('IP addresses').fill('10.1.0.25');
    // No default: the engineer answers explicitly (issue 9).
    await hub1.getByLabel(/also take anonymous mail/).selectOption('yes');
    await expect(
      hub1.getByText(/Clearing Anonymous users on it would stop that mail/),
    ).toBeVisible();

    await page.getByRole('button', { name: '+ Add hub' }).click();
    const hub2 = hubCard(page, 2);
    await expect(hub2.getByLabel('FQDN')).toBeFocused();
    await page.keyboard.type('ex02 .contoso.local');
    await page.keyboard.press('Tab');
    await expect(hub2.getByText("FQDN 'ex02 .contoso.local' contains a space")).toBeVisible();
    await expect(hub2.getByLabel('FQDN')).toHaveAttribute('aria-invalid', 'true');
    await hub2.getByLabel('FQDN').fill('ex02.contoso.local');
    await expect(hub2.getByText(/contains a space/)).toHaveCount(0);
    await expect(hub2.getByLabel('NetBIOS name')).toHaveValue('EX02');
    await hub2.getByLabel('SMTP domain').fill('contoso.com');
    await hub2.getByLabel('Windows Server version').selectOption('2016');
    // Send connector left empty on purpose: the review will send us back to it.

    await page.getByRole('button', { name: '+ Add hub' }).click();
    const hub3 = hubCard(page, 3);
    await expect(hub3.getByLabel('FQDN')).toBeFocused();
    await page.keyboard.type('mx1.fabrikam.local');
    await hub3.getByLabel('SMTP domain').fill('fabrikam.com');
    await hub3.getByLabel('Windows Server version').selectOption('2022');
    await hub3.getByLabel('Send connector name').fill('To Contoso');
    await hub3.getByLabel('IP addresses').fill('10.2.0.25, 10.2.0.26');
    await app.screenshot('questionnaire-hubs');

    // Steps can be opened directly: go to the review.
    await page.getByRole('button', { name: /Review/ }).click();
    await expect(page.getByRole('heading', { name: /Step 6 of 6/ })).toBeFocused();
    const fix = page.getByRole('button', { name: 'Fix Hub 2 · Send connector name' });
    await expect(fix).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create site' })).toBeDisabled();
    await app.screenshot('questionnaire-review-problems');
    await fix.click();
    await expect(hub2.getByLabel('Send connector name')).toBeFocused();
    await expect(hub2.getByText(/Send connector name is empty/)).toBeVisible();
    await page.keyboard.type('To Fabrikam');
    await page.keyboard.press('Enter'); // Next -> SteelHeads
    await expect(page.getByRole('heading', { name: /SteelHeads/ })).toBeVisible();
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page.getByRole('heading', { name: /Certificates/ })).toBeVisible();
    await expect(page.getByRole('radio', { name: /^2048 bits/ })).toBeChecked();
    await expect(page.getByLabel('Validity (days)')).toHaveValue('730');
    await expect(page.getByRole('radio', { name: /1024/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page.getByText('Every answer is complete and consistent.')).toBeVisible();
    await app.screenshot('questionnaire-review');
    await page.getByRole('button', { name: 'Create site' }).click();

    const summary = page.getByTestId('site-summary');
    await expect(
      summary.getByRole('heading', { name: 'Amsterdam and Fabrikam link' }),
    ).toBeVisible();
    await expect(summary.getByRole('row')).toHaveCount(4);
    await expect(summary).toContainText('Default Frontend MX1');
    await app.screenshot('site-summary');

    // The site survives a reload; a step record made elsewhere in the app is there too.
    await page.evaluate((key) => {
      window.dispatchEvent(new Event('pagehide')); // the app's pending write first (see loadStore)
      const blob = JSON.parse(localStorage.getItem(key) ?? '{}');
      blob.state.progress['prereq.trust@hub-1'] = {
        status: 'done',
        by: 'Ana Lima',
        at: '2026-11-28T20:00:00.000Z',
        note: 'netdom trust verified',
        evidence: [],
      };
      localStorage.setItem(key, JSON.stringify(blob));
    }, STORE_KEY);
    await page.reload();
    await expect(
      summary.getByRole('heading', { name: 'Amsterdam and Fabrikam link' }),
    ).toBeVisible();
    await expect(summary.getByRole('row')).toHaveCount(4);
    await expect(summary).toContainText('1 step record');

    // Edit: change an answer; committing keeps the progress.
    await page.getByRole('button', { name: 'Edit site' }).click();
    await expect(
      page.getByRole('heading', { name: 'Edit site: Amsterdam and Fabrikam link' }),
    ).toBeVisible();
    await expect(page.getByLabel('Customer name')).toHaveValue('Contoso Ltd');
    await page.getByRole('button', { name: /Hubs/ }).click();
    await expect(hub2.getByLabel('Receive connector name')).toHaveValue('');
    await hub2.getByLabel('IP addresses').fill('10.1.0.26');
    await page.getByRole('button', { name: /SteelHeads/ }).click();
    await page.getByRole('button', { name: '+ Add server-side SteelHead' }).click();
    await expect(page.getByLabel('Name')).toBeFocused();
    await page.keyboard.type('sh-fab.fabrikam.local');
    await page.getByLabel('RiOS version').fill('9.12.1');
    await expect(page.getByRole('radio', { name: /Server side/ })).toBeChecked();
    await page.getByLabel('SSL optimisation licence installed').click();
    await page.getByLabel('mx1.fabrikam.local').click();
    await app.screenshot('questionnaire-steelheads');
    await page.getByRole('button', { name: /Certificates/ }).click();
    await page.getByLabel('Allow a legacy 1024-bit key').click();
    await page.getByRole('radio', { name: /^1024 bits/ }).click();
    await expect(page.getByText(/1024-bit keys are below today/)).toBeVisible();
    await app.screenshot('questionnaire-certificates');
    await page.getByLabel('Allow a legacy 1024-bit key').click();
    await expect(page.getByRole('radio', { name: /^2048 bits/ })).toBeChecked();
    await page.getByLabel('Validity (days)').fill('two years');
    await page.getByLabel('Validity (days)').blur();
    await expect(page.getByText('Validity must be a number of days')).toBeVisible();
    await page.getByLabel('Validity (days)').fill('1095');
    await page.getByRole('button', { name: /Review/ }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toContainText('Progress on every step was kept');
    await expect(summary).toContainText('valid 1095 days');
    await expect(summary).toContainText('sh-fab.fabrikam.local (server-side)');
    await expect(summary).toContainText('1 step record');

    // Export: the file in the chosen folder holds the three hubs and nothing secret.
    await page.getByRole('button', { name: 'Export site file…' }).click();
    const exported = join(app.workDir, 'contoso-ltd-amsterdam-and-fabrikam-link.smtprunbook');
    await expect(page.getByRole('status')).toContainText(`Site file saved to ${exported}`);
    const text = await readFile(exported, 'utf8');
    expect(text).not.toMatch(/PRIVATE KEY|password|passphrase/iu);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'secure-smtp-runbook.site', formatVersion: 1 });
    expect(file.site.schemaVersion).toBe(1);
    expect(file.site.hubs.map((h: { fqdn: string }) => h.fqdn)).toEqual([
      'ex01.contoso.local',
      'ex02.contoso.local',
      'mx1.fabrikam.local',
    ]);
    expect(file.site.hubs[1].ipAddresses).toEqual(['10.1.0.26']);
    expect(Object.keys(file.progress)).toEqual(['prereq.trust@hub-1']);

    // A file that is not a site file is refused with a message, and nothing changes.
    const wrong = join(app.workDir, 'notes.json');
    await writeFile(wrong, '{"format": "something-else"}');
    app.nextOpenFile = wrong;
    await page.getByRole('button', { name: 'Import site file…' }).click();
    await expect(page.getByRole('alert')).toContainText('not a site file');
    const broken = JSON.parse(text);
    broken.site.hubs[2].fqdn = 'mx1 .fabrikam.local';
    await writeFile(wrong, JSON.stringify(broken));
    await page.getByRole('button', { name: 'Import site file…' }).click();
    await expect(page.getByRole('alert')).toContainText(
      "Hub 3: FQDN 'mx1 .fabrikam.local' contains a space",
    );
    await expect(page.getByRole('alert')).toContainText('site.hubs.2.fqdn');
    await expect(summary.getByRole('row')).toHaveCount(4);

    // Import a copy changed on another laptop: the preview shows what changes before applying.
    file.site.customer.siteName = 'Amsterdam and Fabrikam link (visit 2)';
    file.site.hubs = file.site.hubs.filter((h: { id: string }) => h.id !== 'hub-2');
    file.site.hubs[1].windowsVersion = '2025';
    file.progress['prereq.trust@hub-1'].status = 'blocked';
    file.progress['cert.import@hub-3'] = { ...file.progress['prereq.trust@hub-1'], status: 'done' };
    const modified = join(app.workDir, 'from-other-laptop.smtp-site.json');
    await writeFile(modified, JSON.stringify(file, null, 2));
    app.nextOpenFile = modified;
    await page.getByRole('button', { name: 'Import site file…' }).click();
    const preview = page.getByTestId('import-preview');
    await expect(preview.getByRole('heading', { name: 'Import preview' })).toBeFocused();
    await expect(preview).toContainText(
      'Amsterdam and Fabrikam link → Amsterdam and Fabrikam link (visit 2)',
    );
    await expect(preview).toContainText('Removed ex02.contoso.local');
    await expect(preview).toContainText('Changed mx1.fabrikam.local: Windows Server version');
    await expect(preview).toContainText('1 step record added');
    await expect(preview).toContainText('1 step record overwritten');
    await expect(preview.getByTestId('overwritten-step')).toContainText(': Done → Blocked (by');
    await app.screenshot('site-import-preview');
    await preview.getByRole('button', { name: 'Apply import' }).click();
    await expect(
      summary.getByRole('heading', { name: 'Amsterdam and Fabrikam link (visit 2)' }),
    ).toBeVisible();
    await expect(summary.getByRole('row')).toHaveCount(3);
    await expect(summary).toContainText('2 step records');
    await page.reload();
    await expect(summary).toContainText('2 step records');
    await chooseTheme(page, 'dark');
    await app.screenshot('site-summary-dark');
    expect(app.calls.filter((c) => c.startsWith('site:'))).toEqual([
      'site:save-file',
      'site:open-file',
      'site:open-file',
      'site:open-file',
    ]);
    expect(app.problems).toEqual([]);
  });

  test('one domain: the engineer chooses how mail between the hubs is protected, and the choice survives an edit', async ({
    app,
  }) => {
    const { page } = app;
    await page.getByLabel('Customer name').fill('Contoso');
    await page.getByLabel('Site name').fill('Amsterdam');
    await page.getByLabel('Your name (the engineer on this laptop)').fill('Jan');
    await page.getByRole('button', { name: 'Next →' }).click();
    const choice = page.getByRole('radiogroup', { name: /Mail between the hubs/ });
    await expect(choice.getByRole('radio', { name: 'Keep TLS between the hubs' })).toBeChecked();
    await choice.getByRole('radio', { name: /downgraded Exchange Server authentication/ }).check();
    await app.screenshot('questionnaire-intra-org-choice');
    // Only one organisation has such mail: the question goes with a multi-domain site.
    await page.getByRole('radio', { name: /Several untrusted domains/ }).check();
    await expect(choice).toHaveCount(0);
    await page.getByRole('radio', { name: /One domain with several hub servers/ }).check();
    await expect(
      choice.getByRole('radio', { name: /downgraded Exchange Server authentication/ }),
    ).toBeChecked();
  });

  test('a half-filled questionnaire survives a reload, and the dark theme stays readable', async ({
    app,
  }) => {
    const { page } = app;
    await chooseTheme(page, 'dark');
    await page.getByLabel('Customer name').fill('Fabrikam Inc');
    await page.getByLabel('Site name').fill('Lisbon');
    await page.getByLabel('Your name (the engineer on this laptop)').fill('Rui Costa');
    await page.getByLabel('Your name (the engineer on this laptop)').press('Enter');
    await page.getByRole('button', { name: 'Next →' }).click();
    await hubCard(page, 1).getByLabel('FQDN').fill('hub 01.fabrikam.local');
    await page.reload();
    await expect(page.getByRole('heading', { name: /Hub servers/ })).toBeVisible();
    await expect(hubCard(page, 1).getByLabel('FQDN')).toHaveValue('hub 01.fabrikam.local');
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(hubCard(page, 1).getByLabel('FQDN')).toBeFocused();
    await expect(page.getByText('answers on this page need fixing')).toBeVisible();
    await expect(
      hubCard(page, 1)
        .getByText(/contains a space/)
        .first(),
    ).toBeVisible();
    await app.screenshot('questionnaire-hubs-dark');
    await page.getByRole('button', { name: 'Start over…' }).click();
    await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
    await page.getByRole('button', { name: 'Clear answers' }).click();
    await expect(page.getByRole('heading', { name: /Step 1 of 6/ })).toBeVisible();
    await expect(page.getByLabel('Customer name')).toHaveValue('');
    expect(app.problems).toEqual([]);
  });
});
