import { join, resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDateTime, formatDay } from '../../../core/dates';
import { documentId, formatDocumentId } from '../../../core/report/document-id';
import type { ReportRecord } from '../../../core/report/types';
import { verdictAt } from '../../../core/report/verdict';
import type { EvidenceViews } from '../evidence/evidence-view';
import {
  certificatesBlock,
  checksBlock,
  evidenceBlock,
  factsTable,
  remainingBlock,
  signatureBlock,
  skippedBlock,
  stepsBlock,
} from './pdf-sections';

/** What a completion certificate is printed from, besides the record. */
interface PdfInputs {
  readonly record: ReportRecord;
  readonly evidence: EvidenceViews;
  /** When it is printed (shown on it; not part of the document ID). */
  readonly issuedAt: Date;
  /** The folder holding the DejaVu fonts shipped in assets/fonts. */
  readonly fontsDir: string;
}

const NOT_COMPLETE = 'NOT COMPLETE';

function firstAndLast(record: ReportRecord): string {
  const times = record.sections
    .flatMap((s) => s.steps.map((step) => step.at))
    .filter((t): t is string => t !== null)
    .sort();
  const first = times[0];
  const last = times.at(-1);
  return first && last ? `${formatDay(first)} to ${formatDay(last)}` : 'no step recorded yet';
}

/** The pdfmake document: header and footer on every page, NOT COMPLETE header and watermark when open. */
function reportDocument(input: PdfInputs): TDocumentDefinitions {
  const { record } = input;
  const id = documentId(record);
  // The record's reasons plus what only the moment of printing tells (expired certificate, ...).
  const verdict = verdictAt(record, input.issuedAt);
  const complete = verdict.complete;
  const t = record.totals;
  const scope =
    record.scope.kind === 'site' ? 'Site' : `Hub ${record.hubs[0]?.fqdn ?? record.scope.hubId}`;
  const title = complete ? 'Completion certificate' : `Work record: ${NOT_COMPLETE}`;
  const summary = complete
    ? `All ${t.total} applicable steps are finished: ${t.done} done, ${t.skipped} skipped with a reason.`
    : `${NOT_COMPLETE}: ${t.finished} of ${t.total} steps finished (${t.done} done, ${t.skipped} skipped, ${t.blocked} blocked, ${t.total - t.finished - t.blocked} to do). Not a completion certificate because:`;
  const content: Content[] = [
    { text: title, style: 'h1', color: complete ? '#000000' : '#b00020' },
    {
      text: `${scope}: Secure SMTP between Exchange hub transport servers behind SteelHeads`,
      style: 'muted',
      margin: [0, 0, 0, 8],
    },
    factsTable([
      ['Customer', record.customer.name],
      ['Site', record.customer.siteName],
      [
        'Engineer',
        record.engineer.email
          ? `${record.engineer.name} <${record.engineer.email}>`
          : record.engineer.name,
      ],
      ['Hubs', record.hubs.map((h) => `${h.fqdn} (${h.exchange})`).join('\n')],
      ['Work recorded', firstAndLast(record)],
      ['Printed', formatDateTime(input.issuedAt)],
      ['Document ID', formatDocumentId(id)],
    ]),
    {
      text: summary,
      bold: true,
      color: complete ? '#1b5e20' : '#b00020',
      margin: [0, 0, 0, complete ? 10 : 4],
    },
    ...(complete
      ? []
      : [
          {
            ul: verdict.notComplete.map((why) => why.words),
            color: '#b00020',
            margin: [0, 0, 0, 10],
          } as Content,
        ]),
    ...remainingBlock(record),
    ...skippedBlock(record),
    ...certificatesBlock(record),
    ...checksBlock(record),
    { text: 'Steps', style: 'h2' },
    ...stepsBlock(record),
    signatureBlock(record),
    ...evidenceBlock(record, input.evidence),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [40, 56, 40, 64],
    info: {
      title: `${title}: ${record.customer.name}, ${record.customer.siteName}`,
      subject: `Document ID ${id}`,
      creator: 'Secure SMTP Runbook',
      producer: 'Secure SMTP Runbook',
      creationDate: input.issuedAt,
      modDate: input.issuedAt,
    },
    header: () => ({
      margin: [40, 20, 40, 0],
      columns: complete
        ? [{ text: `${record.customer.name}, ${record.customer.siteName}`, style: 'muted' }]
        : [
            { text: NOT_COMPLETE, bold: true, color: '#b00020', fontSize: 11, width: 'auto' },
            {
              text:
                t.finished < t.total
                  ? `${t.finished} of ${t.total} steps finished: not a completion certificate`
                  : 'not a completion certificate: why is on the first page',
              color: '#b00020',
              margin: [8, 2, 0, 0],
            },
          ],
    }),
    footer: (page: number, pages: number) => ({
      margin: [40, 6, 40, 0],
      columns: [
        { qr: id, fit: 48, width: 52 },
        {
          stack: [
            { text: `Document ID ${formatDocumentId(id)}`, font: 'Mono', fontSize: 7.5 },
            {
              text: `Check it: smtp-runbook report verify --site <site file> --id <document id>`,
              style: 'muted',
            },
          ],
          margin: [6, 8, 0, 0],
        },
        { text: `Page ${page} of ${pages}`, alignment: 'right', width: 80, margin: [0, 8, 0, 0] },
      ],
    }),
    watermark: complete
      ? undefined
      : { text: NOT_COMPLETE, color: '#b00020', opacity: 0.12, bold: true },
    content,
    defaultStyle: { font: 'DejaVu', fontSize: 9 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 3] },
      th: { bold: true },
      label: { bold: true },
      muted: { color: '#555555', fontSize: 8 },
      mono: { font: 'Mono', fontSize: 7.5 },
    },
  };
}

/** Renders a completion certificate to PDF bytes with the fonts shipped in assets/fonts. */
export async function renderReportPdf(input: PdfInputs): Promise<Buffer> {
  const dir = resolve(input.fontsDir);
  // Only our fonts are read; nothing is fetched (the app is offline and the record is data).
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => resolve(p).startsWith(dir + sep));
  pdfmake.setFonts({
    DejaVu: {
      normal: join(dir, 'DejaVuSans.ttf'),
      bold: join(dir, 'DejaVuSans-Bold.ttf'),
      italics: join(dir, 'DejaVuSans-Oblique.ttf'),
      bolditalics: join(dir, 'DejaVuSans-Bold.ttf'),
    },
    Mono: {
      normal: join(dir, 'DejaVuSansMono.ttf'),
      bold: join(dir, 'DejaVuSansMono.ttf'),
      italics: join(dir, 'DejaVuSansMono.ttf'),
      bolditalics: join(dir, 'DejaVuSansMono.ttf'),
    },
  });
  return pdfmake.createPdf(reportDocument(input)).getBuffer();
}
