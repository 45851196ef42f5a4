import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { fixtureSite, loadStore, storeWith } from './harness/seed';

const PASSWORD = 'Hygiene-Horse-Battery-77';
/** The DER of the PKCS#12 bag-type OID arc (1.2.840.113549.1.12.10.1): in every PFX's bags. */
const PKCS12_BAG_OID = Buffer.from('060b2a864886f70d010c0a01', 'hex');
const TEXT_MARKERS = ['PRIVATE KEY', 'BEGIN ENCRYPTED', 'Proc-Type: 4,ENCRYPTED', PASSWORD];

/** Every file below a folder, skipping the named sub-folders. */
function walk(dir: string, skip: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (skip.includes(full)) return [];
    return statSync(full).isDirectory() ? walk(full, skip) : [full];
  });
}

/** The secret markers found in some bytes (as bytes and, for a PDF, as its extracted text). */
function markersIn(bytes: Buffer, extracted = ''): string[] {
  const text = `${bytes.toString('latin1')}\n${extracted}`;
  const found = TEXT_MARKERS.filter((m) => text.includes(m));
  if (bytes.includes(PKCS12_BAG_OID)) found.push('PKCS#12 bag');
  return found;
}

test('key hygiene: after generate, export, site file and PDF report, no key or password is anywhere but the stick and the sealed vault', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const logs: string[] = [];
  page.on('console', (m) => logs.push(m.text()));
  await loadStore(page, storeWith(fixtureSite('2013-multi')));

  await page.getByRole('tab', { name: 'Certificates' }).click();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Type it again').fill(PASSWORD);
  await page.getByRole('button', { name: /^Generate for 3 hubs/ }).click();
  await expect(page.getByTestId('generate-result')).toContainText('3 of 3 certificates generated', {
    timeout: 60_000,
  });
  const usb = join(app.workDir, 'usb');
  mkdirSync(usb);
  app.nextFolder = usb;
  await page.getByRole('button', { name: 'Choose a folder…' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('export-report')).toContainText('read back and verified', {
    timeout: 60_000,
  });
  // The control: the stick does hold the keys, so the scan below can see them when present.
  const stick = walk(usb, []).filter((f) => f.endsWith('.pfx'));
  expect(stick.length).toBe(3);
  expect(markersIn(readFileSync(stick[0] ?? ''))).toContain('PKCS#12 bag');

  await page.getByRole('tab', { name: 'Site', exact: true }).click();
  await page.getByRole('button', { name: 'Export site file…' }).click();
  await expect.poll(() => app.savedFiles.length).toBe(1);
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(page.getByTestId('signoff-note')).toContainText('Saved', { timeout: 60_000 });
  const pdf = app.savedFiles.find((f) => f.endsWith('.pdf'));
  expect(pdf).toBeDefined();

  // Everything the app wrote outside the stick (site file, PDF, evidence, any log) ...
  const written = walk(app.workDir, [usb]);
  expect(written).toEqual(expect.arrayContaining(app.savedFiles));
  const found = written.flatMap((file) => {
    const bytes = readFileSync(file);
    const extracted = file.endsWith('.pdf')
      ? execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      : '';
    return markersIn(bytes, extracted).map((m) => `${file}: ${m}`);
  });
  // ... the page's storage and its console.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  found.push(...markersIn(Buffer.from(stored)).map((m) => `localStorage: ${m}`));
  found.push(...markersIn(Buffer.from(logs.join('\n'))).map((m) => `console: ${m}`));
  expect(found).toEqual([]);
  expect(app.problems).toEqual([]);
});
