import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteFile, serializeSiteFile } from '../../core/site-file';
import { expect, test } from './harness/fixtures';
import { laptop125 } from './harness/laptop';
import { chooseTheme } from './harness/theme';
import { fixtureSite, loadStore, storeWith } from './harness/seed';

const PASSWORD = 'Correct-Horse-Battery-42';

/** Every file below a folder, relative. */
function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

test.describe('certificates', () => {
  test.use({ viewport: { width: 1440, height: 1000 } });

  test('generate for the site, export to a stick verified, inspect the PFX; no secret reaches the page storage', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(fixtureSite('2013-multi')));
    await page.getByRole('tab', { name: 'Certificates' }).click();
    await expect(page.locator('tr[data-hub]')).toHaveCount(3);
    await expect(page.locator('tr[data-state="none"]')).toHaveCount(3);

    // A weak or mismatched password is refused before anything is sent.
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: /^Generate for 3 hubs/ }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'at least 12 characters' }),
    ).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Type it again').fill(`${PASSWORD}x`);
    await page.getByRole('button', { name: /^Generate for 3 hubs/ }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'differ' })).toBeVisible();
    await page.getByLabel('Type it again').fill(PASSWORD);
    await app.screenshot('certificates-generate');
    await page.getByRole('button', { name: /^Generate for 3 hubs/ }).click();
    await expect(page.getByTestId('generate-result')).toContainText(
      '3 of 3 certificates generated',
      { timeout: 30_000 },
    );
    await expect(page.locator('tr[data-state="generated"]')).toHaveCount(3);
    // Progress came as events from main (each hub's stages), not by polling.
    expect(app.events.filter((e) => e === 'cert:progress').length).toBeGreaterThanOrEqual(6);
    expect(app.calls.filter((c) => c === 'cert:generate')).toHaveLength(1);
    expect(app.calls.some((c) => /progress/u.test(c))).toBe(false);
    // The password fields are emptied once used.
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');

    const usb = join(app.workDir, 'usb');
    mkdirSync(usb);
    app.nextFolder = usb;
    await page.getByRole('button', { name: 'Choose a folder…' }).click();
    await expect(page.getByTestId('export-folder')).toHaveText(usb);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByTestId('export-report')).toContainText('read back and verified', {
      timeout: 30_000,
    });
    await expect(page.locator('tr[data-state="exported"]')).toHaveCount(3);
    await app.screenshot('certificates-exported');

    const files = walk(usb);
    expect(files.some((f) => f.endsWith('.pfx'))).toBe(true);
    expect(files).toContain('SHA256SUMS');
    // The stick's own checksum file is right, as sha256sum sees it.
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: usb });

    // Exporting again asks before replacing anything.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('alertdialog')).toContainText('already exist');
    await page.getByRole('button', { name: 'Keep them' }).click();
    await page.getByRole('button', { name: 'Verify the stick' }).click();
    await expect(page.getByTestId('verify-report')).toContainText('match SHA256SUMS');

    // The inspector reads a PFX from the stick, with its password.
    const pfx = files.find((f) => f.endsWith('.pfx'))!;
    await page.locator('input[type=file]').setInputFiles(join(usb, pfx));
    await page.getByLabel(/PFX password \(optional/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inspect' }).click();
    const report = page.getByTestId('inspect-report');
    await expect(report).toContainText('correct');
    await expect(report).toContainText('matches the certificate');
    await expect(report).toContainText('RSA 2048 bits');
    await app.screenshot('certificates-inspector');

    // Nothing secret is in the page's storage or in any IPC answer shown on screen.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    for (const secret of [PASSWORD, 'PRIVATE KEY', 'BEGIN ENCRYPTED', 'MII'])
      expect(stored).not.toContain(secret);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain(PASSWORD);
    expect(app.problems).toEqual([]);
  });

  test('site CA mode: one root signs every hub; the stick and scripts carry the root; the matrix links to its step', async ({
    app,
  }) => {
    const { page } = app;
    await loadStore(page, storeWith(fixtureSite('2013-multi', { siteCa: true })));
    await page.getByRole('tab', { name: 'Certificates' }).click();
    await expect(page.getByText(/Signed by the site CA "Secure SMTP CA/)).toBeVisible();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Type it again').fill(PASSWORD);
    await page.getByRole('button', { name: /^Generate for 3 hubs/ }).click();
    await expect(page.getByTestId('generate-result')).toContainText('signed by the site CA', {
      timeout: 30_000,
    });
    // The root's own end date is shown: it must outlive every hub certificate it signs.
    await expect(page.getByTestId('site-ca-line')).toContainText(
      /valid until \d{4}-\d{2}-\d{2} \(\d+ days left\)/u,
    );
    const usb = join(app.workDir, 'usb');
    mkdirSync(usb);
    app.nextFolder = usb;
    await page.getByRole('button', { name: 'Choose a folder…' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByTestId('export-report')).toContainText('read back and verified', {
      timeout: 30_000,
    });
    const files = walk(usb);
    const hubFolders = [
      ...new Set(files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]!)),
    ];
    expect(hubFolders).toHaveLength(3);
    for (const folder of hubFolders) {
      expect(files).toContain(`${folder}/public/site-ca.cer`);
      const script = files.find((f) => f.startsWith(`${folder}/install-`))!;
      expect(readFileSync(join(usb, script), 'utf8')).toContain('public\\site-ca.cer');
    }
    // Each hub certificate chains to the root on the stick.
    const ca = join(usb, `${hubFolders[0]}/public/site-ca.cer`);
    execFileSync('openssl', [
      'x509',
      '-inform',
      'der',
      '-in',
      ca,
      '-out',
      join(app.workDir, 'ca.pem'),
    ]);
    for (const folder of hubFolders) {
      const verdict = execFileSync(
        'openssl',
        [
          'verify',
          '-CAfile',
          join(app.workDir, 'ca.pem'),
          join(usb, `${folder}/public/${folder}.crt`),
        ],
        { encoding: 'utf8' },
      );
      expect(verdict).toContain(': OK');
    }
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page.getByRole('button', { name: 'Trust matrix' }).click();
    await page.locator('button[data-pair]').first().click();
    await expect(page.getByRole('heading', { name: /Trust the site CA/ })).toBeVisible();
    expect(app.problems).toEqual([]);
  });

  test('replacing a certificate sends the steps that used the old one back to "to do"', async ({
    app,
  }) => {
    const { page } = app;
    const site = fixtureSite('2013-multi');
    await loadStore(page, storeWith(site));
    await page.getByRole('tab', { name: 'Certificates', exact: true }).click();
    const generate = async () => {
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Type it again').fill(PASSWORD);
      await page.getByRole('button', { name: /^Generate for/ }).click();
      await expect(page.getByTestId('generate-result')).toBeVisible({ timeout: 30_000 });
    };
    await generate();
    // EX01's PFX is imported and trusted by MX1...
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page
      .locator('tr[data-unit^="hub:"]', { hasText: 'EX01' })
      .getByRole('button')
      .first()
      .click();
    await page.getByRole('button', { name: /Import the PFX on the hub/ }).click();
    await page.getByRole('radio', { name: 'Done' }).click();
    await page.getByRole('button', { name: '← All servers' }).click();
    await page
      .locator('tr[data-unit^="hub:"]', { hasText: 'MX1' })
      .getByRole('button')
      .first()
      .click();
    await page
      .getByRole('button', { name: /Trust the partner hub's certificate.*MX1 trusts EX01/ })
      .click();
    await page.getByRole('radio', { name: 'Done' }).click();
    // ...then its certificate is replaced.
    await page.getByRole('tab', { name: 'Certificates', exact: true }).click();
    await page.getByLabel('Hubs').selectOption({ label: 'Only EX01' });
    await expect(page.getByTestId('replace-warning')).toContainText('replaces 1 certificate');
    await generate();
    await page.getByRole('tab', { name: 'Servers' }).click();
    await page
      .locator('tr[data-unit^="hub:"]', { hasText: 'MX1' })
      .getByRole('button')
      .first()
      .click();
    await page
      .getByRole('button', { name: /Trust the partner hub's certificate.*MX1 trusts EX01/ })
      .click();
    await expect(page.getByRole('radio', { name: 'To do' })).toBeChecked();
    await expect(page.getByLabel('Note')).toHaveValue(
      /was replaced on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC: do this again/,
    );
  });
});

test.describe('certificates at 1366x768, 125 %', () => {
  test.use(laptop125);

  test('a site file that adds a partner hub marks the sticks that lack it as out of date', async ({
    app,
  }) => {
    test.setTimeout(150_000); // three RSA keys and an export on a shared 2-core machine
    const { page } = app;
    const site = fixtureSite('2013-multi');
    await loadStore(page, storeWith(site));
    await page.getByRole('tab', { name: 'Certificates', exact: true }).click();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Type it again').fill(PASSWORD);
    await page.getByRole('button', { name: /^Generate for 3 hubs/ }).click();
    await expect(page.getByTestId('generate-result')).toBeVisible({ timeout: 30_000 });
    const usb = join(app.workDir, 'usb');
    mkdirSync(usb);
    app.nextFolder = usb;
    await page.getByRole('button', { name: 'Choose a folder…' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.locator('tr[data-state="exported"]')).toHaveCount(3, { timeout: 30_000 });

    // Another laptop added MX2 in the partner forest; its site file is imported here.
    const mx2 = { ...site.hubs[1]!, id: 'hub-4', fqdn: 'mx2.fabrikam.local', netbiosName: 'MX2' };
    const file = join(app.workDir, 'with-mx2.smtp-site.json');
    writeFileSync(
      file,
      serializeSiteFile(buildSiteFile({ ...site, hubs: [...site.hubs, mx2] }, {}, new Date())),
    );
    app.nextOpenFile = file;
    await page.getByRole('tab', { name: 'Site' }).click();
    await page.getByRole('button', { name: 'Import site file…' }).click();
    await page.getByTestId('import-preview').getByRole('button', { name: 'Apply import' }).click();
    await page.getByRole('tab', { name: 'Certificates', exact: true }).click();

    // EX01 and EX02 must trust MX2: the bundles on the stick lack that, and the table says so.
    for (const hub of ['hub-1', 'hub-3'])
      await expect(page.locator(`tr[data-hub="${hub}"]`)).toHaveAttribute(
        'data-state',
        'bundle-stale',
      );
    await expect(page.locator('tr[data-hub="hub-1"]')).toContainText('export again');
    await expect(page.locator('tr[data-hub="hub-4"]')).toHaveAttribute('data-state', 'none');
    await chooseTheme(page, 'dark');
    await page.locator('.cert-table').scrollIntoViewIfNeeded();
    await page.screenshot({
      path: join('test-results', 'screens', 'certificates-bundle-stale-1366-dark.png'),
    });
    expect(app.problems).toEqual([]);
  });
});

test.describe('finding the stick at 1366x768, 125 %', () => {
  test.use(laptop125);

  test('Find USB sticks offers the stick; the system disk is only listed apart, with a warning', async ({
    app,
  }) => {
    const { page } = app;
    const stick = join(app.workDir, 'STICK');
    mkdirSync(stick);
    app.drives = {
      mounts: [
        '/dev/sda2 / ext4 rw,relatime 0 0',
        '/dev/sda1 /boot/efi vfat rw 0 0',
        `/dev/sdb1 ${stick} vfat rw,nosuid,nodev 0 0`,
        'proc /proc proc rw 0 0',
      ].join('\n'),
      removableDisks: ['sdb'],
    };
    await loadStore(page, storeWith(fixtureSite('2013-multi')));
    await page.getByRole('tab', { name: 'Certificates', exact: true }).click();
    await page.getByRole('button', { name: 'Find USB sticks' }).click();
    const removable = page.getByRole('list', { name: 'Removable drives' });
    await expect(removable.getByRole('button')).toHaveText([`${stick} (/dev/sdb1, vfat)`]);
    // The system disk is not a button anywhere, and the reason is there to read.
    await expect(page.getByRole('button', { name: /\/dev\/sda/u })).toHaveCount(0);
    const fixed = page.getByTestId('fixed-drives');
    await expect(fixed.locator('summary')).toHaveText('2 fixed disks not offered');
    await fixed.locator('summary').click();
    await expect(fixed).toContainText('/ (/dev/sda2, ext4)');
    await expect(fixed).toContainText('private key');
    await app.screenshot('issue10-find-usb-sticks');
    await removable.getByRole('button').click();
    await expect(page.getByTestId('export-folder')).toHaveText(stick);

    // Only fixed disks: nothing to click, and what to do says so.
    app.drives = { mounts: '/dev/sda2 / ext4 rw 0 0', removableDisks: [] };
    await page.getByRole('button', { name: 'Find USB sticks' }).click();
    await expect(page.getByTestId('no-removable')).toContainText('plug the stick in');
    await expect(page.getByRole('list', { name: 'Removable drives' })).toHaveCount(0);
    expect(app.problems).toEqual([]);
  });
});
