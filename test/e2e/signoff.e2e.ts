import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { allSteps, planFor } from '../../core/plan';
import { formatDocumentId } from '../../core/report/document-id';
import { expect, test } from './harness/fixtures';
import { laptop125 } from './harness/laptop';
import { fixtureSite, loadStore, storeWith } from './harness/seed';

test.use({ ...laptop125, colorScheme: 'dark' });

/** A small real PNG (a screenshot stand-in) written to the work folder. */
function screenshotFile(dir: string): string {
  const png = new PNG({ width: 80, height: 50 });
  for (let i = 0; i < 80 * 50; i += 1) png.data.set([20, 120 + (i % 100), 200, 255], i * 4);
  const path = join(dir, 'ems-output.png');
  writeFileSync(path, PNG.sync.write(png));
  return path;
}

/** pdftotext of a PDF, pages split on form feeds. */
function pdfText(path: string): string[] {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '');
}

const OUTPUT = 'DomainSecureEnabled : True\nTLSSendDomainSecureList : {fabrikam.com}';

test('evidence attached on a step shows on the step, in the sign-off preview, in the saved PDF and on paper', async ({
  app,
}) => {
  const { page } = app;
  await loadStore(page, storeWith(fixtureSite('2013-multi')));
  await page.getByRole('tab', { name: 'Servers' }).click();
  await page.locator('tr[data-unit^="hub:"]').first().getByRole('button').first().click();

  // An image through the file picker, and pasted command output.
  await page
    .getByLabel('Attach a screenshot or photo (PNG or JPEG)')
    .setInputFiles(screenshotFile(app.workDir));
  await expect(page.locator('.step-evidence img')).toHaveCount(1);
  await page.getByLabel("Paste the command's output").fill(OUTPUT);
  await page.getByRole('button', { name: 'Attach output' }).click();
  await expect(page.locator('.step-evidence pre')).toContainText('DomainSecureEnabled : True');
  // The step itself shows what core made of the paste: pass or fail per expectation it covers.
  await expect(page.getByTestId('step-pasted-checks')).toContainText(
    'Pass: fabrikam.com in TLSSendDomainSecureList',
  );
  await app.screenshot('step-evidence');

  // A file that is not an image is refused by content, with the reason.
  const fake = join(app.workDir, 'notes.png');
  writeFileSync(fake, 'not really a png');
  await page.getByLabel('Attach a screenshot or photo (PNG or JPEG)').setInputFiles(fake);
  await expect(page.getByRole('alert')).toContainText('notes.png is not a PNG or JPEG image');
  await expect(page.locator('.step-evidence img')).toHaveCount(1);

  await page.getByRole('tab', { name: 'Sign-off' }).click();
  const doc = page.getByTestId('report-document');
  await expect(doc.getByTestId('report-not-complete')).toBeVisible();
  await expect(doc.locator('.evidence-list img')).toHaveCount(1);
  await expect(doc.locator('.evidence-list pre')).toContainText('TLSSendDomainSecureList');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(doc).toHaveClass(/paper/u);
  const id = (await doc.getByTestId('report-id').textContent())?.trim() ?? '';
  expect(id).toMatch(/^([0-9a-f]{8} ){7}[0-9a-f]{8}$/u);
  await app.screenshot('signoff-preview');

  // Save PDF…: the services write it; poppler reads it back.
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(page.getByTestId('signoff-note')).toContainText('Saved', { timeout: 30_000 });
  const saved = app.savedFiles.at(-1) ?? '';
  expect(saved).toMatch(/\.pdf$/u);
  const pages = pdfText(saved);
  for (const p of pages) expect(p).toContain('NOT COMPLETE');
  for (const p of pages) expect(p).toContain(id);
  expect(pages.join('\n')).toContain('DomainSecureEnabled : True');
  expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');

  // Print…: the certificate PDF itself goes to the printer (Electron's print dialog on the PDF), not the window.
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(() => app.printed.length, { timeout: 30_000 }).toBe(1);
  await expect(page.getByTestId('signoff-note')).toContainText('was sent to the printer');
  const printed = join('test-results', 'signoff-printed.pdf');
  writeFileSync(printed, app.printed[0]!);
  const paper = pdfText(printed);
  expect(paper.length).toBeGreaterThan(0);
  for (const p of paper) expect(p).toContain('NOT COMPLETE');
  for (const p of paper) expect(p).toContain(id);
  expect(paper.join('\n')).toContain('DomainSecureEnabled : True');
  expect(paper.join('\n')).not.toContain('Check a paper copy');
  execFileSync('pdftoppm', [
    '-r',
    '50',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    printed,
    join('test-results', 'signoff-printed'),
  ]);

  // The File menu runs the same actions from anywhere: Print completion certificate…, Save PDF….
  await page.getByRole('tab', { name: 'Servers' }).click();
  app.send('menu:command', { id: 'report:certificate' });
  await expect.poll(() => app.printed.length, { timeout: 30_000 }).toBe(2);
  const again = join('test-results', 'signoff-printed-menu.pdf');
  writeFileSync(again, app.printed[1]!);
  for (const p of pdfText(again)) expect(p).toContain(id);
  const savedBefore = app.savedFiles.length;
  await page.getByRole('tab', { name: 'Servers' }).click();
  app.send('menu:command', { id: 'report:pdf' });
  await expect.poll(() => app.savedFiles.length, { timeout: 30_000 }).toBe(savedBefore + 1);
  for (const p of pdfText(app.savedFiles.at(-1)!)) expect(p).toContain(id);
  await expect(page.getByRole('tab', { name: 'Sign-off' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // Check a paper copy: the ID on the page matches the records.
  await page.getByLabel('Document ID printed at the foot of the page').fill(id.toUpperCase());
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByTestId('paper-check-answer')).toContainText(
    'MATCHES: the paper is the completion certificate of the site',
  );
  expect(formatDocumentId(id.replace(/ /gu, ''))).toBe(id);
  expect(app.problems).toEqual([]);
});

test('what remains links to its step', async ({ app }) => {
  const { page } = app;
  await loadStore(page, storeWith(fixtureSite('2013-multi')));
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  const first = page.getByTestId('signoff-remaining').getByRole('button').first();
  const title = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.locator('.step-title')).toContainText(title);
});

test('the certificate is signed by this laptop’s engineer, not by the name an imported site brought', async ({
  app,
}) => {
  const { page } = app;
  const site = fixtureSite('2013-multi'); // prepared by Jan O'Neill on another laptop
  const seeded = JSON.parse(storeWith(site)) as { state: Record<string, unknown> };
  seeded.state.installation = { engineer: { name: 'Ana Lima', email: '' } };
  await loadStore(page, JSON.stringify(seeded));
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('.report-document')).toContainText('Ana Lima');
  await expect(page.locator('.report-document')).not.toContainText("Jan O'Neill");

  // An unnamed laptop prints a blank engineer line and asks for a name before Save PDF.
  seeded.state.installation = { engineer: { name: '', email: '' } };
  await loadStore(page, JSON.stringify(seeded));
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await expect(page.getByTestId('signoff-unnamed')).toBeVisible();
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(page.getByTestId('signoff-note')).toContainText('Settings › You, on this laptop');
  await expect(page.locator('.report-document')).not.toContainText("Jan O'Neill");
  expect(app.problems).toEqual([]);
});

test('every step done is not enough: no certificates and evidence gone from the data folder make it NOT COMPLETE, with why', async ({
  app,
}) => {
  const { page } = app;
  const site = fixtureSite('2010-sp1-multi');
  const plan = planFor(site);
  const at = '2026-11-27T09:00:00.000Z';
  const missing = 'e'.repeat(64);
  const progress = Object.fromEntries(
    allSteps(plan).map((s, i) => [
      s.key,
      { status: 'done' as const, by: 'Jan', at, note: '', evidence: i === 0 ? [missing] : [] },
    ]),
  );
  await loadStore(page, storeWith(site, progress));
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  const summary = page.getByTestId('signoff-summary');
  await expect(summary).toContainText(
    `All ${allSteps(plan).length} steps are done or skipped with a reason, but the document will say NOT COMPLETE`,
  );
  const why = page.getByTestId('signoff-not-complete');
  for (const hub of site.hubs)
    await expect(why).toContainText(`no certificate in the records for ${hub.fqdn}`);
  await expect(why).toContainText('1 evidence file the records refer to is not at hand');
  const doc = page.getByTestId('report-document');
  await expect(doc.getByRole('heading', { name: 'Work record: NOT COMPLETE' })).toBeVisible();
  await expect(doc.getByTestId('report-not-complete')).toContainText(
    `no certificate in the records for ${site.hubs[0]!.fqdn}`,
  );
  await app.screenshot('signoff-not-complete-reasons');

  // The PDF main makes says the same, on every page.
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(page.getByTestId('signoff-note')).toContainText('Saved', { timeout: 30_000 });
  const pages = pdfText(app.savedFiles.at(-1) ?? '');
  for (const p of pages) expect(p).toContain('NOT COMPLETE');
  const all = pages.join('\n').replace(/\s+/gu, ' ');
  expect(all).not.toContain('Completion certificate');
  expect(all).toContain(`no certificate in the records for ${site.hubs[0]!.fqdn}`);
  expect(all).toContain('1 evidence file the records refer to is not at hand');

  // A missing certificate is one click from where it is made.
  await why.getByRole('button', { name: 'Open Certificates' }).first().click();
  await expect(page.getByRole('tab', { name: 'Certificates' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});
