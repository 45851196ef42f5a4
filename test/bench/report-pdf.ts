import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { HubCertView } from '../../core/certificates/metadata';
import { formatDateTime } from '../../core/dates';
import { planFor } from '../../core/plan';
import { stepStatusWords } from '../../core/plan/progress';
import { documentId, formatDocumentId } from '../../core/report/document-id';
import { buildReportRecord } from '../../core/report/record';
import type { ReportRecord } from '../../core/report/types';
import { renderReportPdf } from '../../electron/services/report/pdf';
import { launchChromium } from '../helpers/chromium';
import { largeSite } from '../helpers/large-site';
import { allDone } from '../helpers/report-site';
import { formatRatio, formatSummary, summarise } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const fontsDir = join(import.meta.dirname, '../../assets/fonts');

const hex = (s: string, n: number) =>
  createHash('sha256').update(s).digest('hex').toUpperCase().slice(0, n);

/** Certificate facts for every hub (shaped like generated ones; keys are not needed to print). */
function facts(hubs: { id: string; fqdn: string }[]): HubCertView[] {
  return hubs.map((h) => ({
    hubId: h.id,
    profile: 'windows-legacy',
    friendlyName: h.fqdn,
    signedBy: null,
    metadata: {
      subject: `CN=${h.fqdn}`,
      issuer: `CN=${h.fqdn}`,
      sans: [h.fqdn],
      notBefore: '2026-11-28T10:00:00.000Z',
      notAfter: '2028-11-27T10:00:00.000Z',
      keyBits: 2048,
      serialHex: hex(h.id, 16),
      thumbprint: hex(`${h.id}1`, 40),
      sha256: hex(`${h.id}256`, 64),
      selfSigned: true,
      isCa: true,
      extKeyUsage: ['serverAuth', 'clientAuth'],
    },
  }));
}

const esc = (s: string) => s.replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);

/** The same content as HTML with print CSS, for Chromium's print-to-PDF (the peer). */
function html(record: ReportRecord): string {
  const id = formatDocumentId(documentId(record));
  const rows = record.sections
    .map(
      (s) =>
        `<h3>${esc(s.title)}</h3><table><thead><tr><th>Step</th><th>Where</th><th>Status</th><th>Who</th><th>When</th><th>Notes</th></tr></thead><tbody>${s.steps
          .map(
            (x) =>
              `<tr><td>${esc(x.title)}</td><td>${esc(x.runOn)}</td><td>${stepStatusWords[x.status]}</td><td>${esc(x.by)}</td><td>${x.at ? formatDateTime(x.at) : ''}</td><td>${esc(x.note)}</td></tr>`,
          )
          .join('')}</tbody></table>`,
    )
    .join('');
  const certs = record.certificates
    .map(
      (c) =>
        `<h3>${esc(c.fqdn)}</h3><table><tr><th>Subject</th><td>${esc(c.subject)}</td></tr><tr><th>SANs</th><td>${esc(c.sans.join(', '))}</td></tr><tr><th>Thumbprint</th><td>${c.thumbprint}</td></tr><tr><th>SHA-256</th><td>${c.sha256}</td></tr></table>`,
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>
@font-face{font-family:DejaVu;src:url(file://${fontsDir}/DejaVuSans.ttf)}
body{font-family:DejaVu,sans-serif;font-size:9pt}table{width:100%;border-collapse:collapse}td,th{border-bottom:1px solid #ccc;text-align:left}
tr{break-inside:avoid}</style><h1>Completion certificate</h1><p>${esc(record.customer.name)} ${esc(record.customer.siteName)}</p><p>Document ID ${id}</p>${certs}${rows}`;
}

/** The site PDF of a generated 50-hub site: pdfmake (ours) against headless Chromium printing the same content. */
export async function benchReportPdf(): Promise<string[]> {
  const site = largeSite(50, 5);
  const plan = planFor(site);
  const record = buildReportRecord(
    { plan, progress: allDone(plan), certs: facts(site.hubs), siteCa: null },
    { kind: 'site' },
  );
  const browser = await launchChromium();
  const page = await browser.newPage();
  const markup = html(record);
  const ours: number[] = [];
  const peer: number[] = [];
  let oursBytes = 0;
  let peerBytes = 0;
  try {
    for (let i = 0; i < RUNS + 1; i += 1) {
      const t0 = performance.now();
      const pdf = await renderReportPdf({
        record,
        evidence: new Map(),
        issuedAt: new Date(),
        fontsDir,
      });
      const t1 = performance.now();
      await page.setContent(markup);
      const printed = await page.pdf({
        format: 'A4',
        displayHeaderFooter: true,
        footerTemplate: '<span class="pageNumber"></span>',
      });
      const t2 = performance.now();
      if (i === 0) continue; // warm-up
      ours.push(t1 - t0);
      peer.push(t2 - t1);
      oursBytes = pdf.length;
      peerBytes = printed.length;
    }
  } finally {
    await browser.close();
  }
  return [
    `site PDF, 50 hubs, ${record.totals.total} steps`,
    formatSummary('pdfmake (ours)', summarise(ours)),
    formatSummary('headless Chromium print-to-PDF (peer)', summarise(peer)),
    formatRatio('ours / peer', ours, peer),
    `bytes: ours ${oursBytes}, peer ${peerBytes}`,
  ];
}
