import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HubCertView } from '../../../../core/certificates/metadata';
import { documentId, formatDocumentId } from '../../../../core/report/document-id';
import { buildReportRecord } from '../../../../core/report/record';
import { renderReportPdf } from '../../../../electron/services/report/pdf';
import { pdfPages, renderPages } from '../../../helpers/poppler';
import {
  allDone,
  mixedProgress,
  planFor,
  realCertificates,
  REPORT_NOW,
  REPORT_PFX_PASSWORD,
  reportSite,
} from '../../../helpers/report-site';

const fontsDir = join(import.meta.dirname, '../../../../assets/fonts');
const site = reportSite();
const plan = planFor(site);
let certs: HubCertView[] = [];

beforeAll(async () => {
  certs = await realCertificates(site);
}, 120_000);

async function pdfOf(
  progress: ReturnType<typeof allDone>,
  scope: Parameters<typeof buildReportRecord>[1],
) {
  const record = buildReportRecord({ plan, progress, certs, siteCa: null }, scope);
  const bytes = await renderReportPdf({
    record,
    evidence: new Map(),
    issuedAt: REPORT_NOW,
    fontsDir,
  });
  return { record, bytes, pages: pdfPages(bytes) };
}

/** pdftotext -layout may break a long value; compare without white space. */
const squash = (s: string) => s.replace(/\s+/gu, '');

describe('completion certificate PDF (pdfmake, read back by poppler)', () => {
  it('an incomplete site says NOT COMPLETE on every page and lists what remains and why steps were skipped', async () => {
    const { record, bytes, pages } = await pdfOf(mixedProgress(plan), { kind: 'site' });
    expect(record.complete).toBe(false);
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries())
      expect(page, `page ${i + 1}`).toContain('NOT COMPLETE');
    const all = pages.join('\n');
    expect(all).toContain('Still to do (2)');
    expect(squash(all)).toContain(squash('Zapora sieciowa: już skonfigurowane przez klienta'));
    expect(squash(all)).toContain(squash('Waiting for the domain admin (Ωmega)'));
    for (const hub of site.hubs) expect(all).toContain(hub.fqdn);
    expect(all).toContain(plan.hubs[0]!.steps[0]!.title.slice(0, 20));
    for (const c of certs) expect(squash(all)).toContain(c.metadata.thumbprint);
    const id = formatDocumentId(documentId(record));
    for (const [i, page] of pages.entries()) expect(page, `page ${i + 1}`).toContain(id);
    expect(all).toMatch(new RegExp(`Page ${pages.length} of ${pages.length}`, 'u'));
    expect(renderPages(bytes, 'report-site-incomplete')).toHaveLength(pages.length);
  }, 120_000);

  it('Greek and Polish names print as written (embedded DejaVu fonts)', async () => {
    const { pages } = await pdfOf(allDone(plan), { kind: 'site' });
    const all = pages.join('\n');
    expect(all).toContain('Ζαχαρίας Παπαδόπουλος ΑΕ');
    expect(all).toContain('Θεσσαλονίκη DC1');
    expect(all).toContain('Łukasz Żółkiewski-Gęślą');
  }, 120_000);

  it('a finished hub prints a clean certificate: no NOT COMPLETE, its own thumbprint and SHA-256', async () => {
    const hub = site.hubs[0]!;
    const { record, bytes, pages } = await pdfOf(allDone(plan), { kind: 'hub', hubId: hub.id });
    expect(record.complete).toBe(true);
    const all = pages.join('\n');
    expect(all).not.toContain('NOT COMPLETE');
    expect(all).toContain('Completion certificate');
    const cert = certs.find((c) => c.hubId === hub.id)!;
    expect(squash(all)).toContain(cert.metadata.thumbprint);
    expect(squash(all)).toContain(cert.metadata.sha256);
    expect(all).not.toContain(site.hubs[1]!.fqdn + ' (Exchange Server');
    expect(renderPages(bytes, 'report-hub-complete')).toHaveLength(pages.length);
  }, 120_000);

  it('no key or password text appears in the PDF or its text', async () => {
    const { bytes, pages } = await pdfOf(mixedProgress(plan), { kind: 'site' });
    const all = pages.join('\n');
    expect(all).not.toMatch(/PRIVATE KEY|BEGIN RSA|password/iu);
    expect(all).not.toContain(REPORT_PFX_PASSWORD);
    expect(Buffer.from(bytes).includes(REPORT_PFX_PASSWORD)).toBe(false);
  }, 120_000);
});
