import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDateTime } from '../../../core/dates';
import { stepStatusWords } from '../../../core/plan/progress';
import { checkOutcomeWords, checkSourceWords } from '../../../core/report/checks';
import { formatDocumentId, recordsId } from '../../../core/report/document-id';
import { remainingSteps, skippedSteps } from '../../../core/report/record';
import type { ReportRecord, ReportStep } from '../../../core/report/types';
import type { EvidenceViews } from '../evidence/evidence-view';

/*
 * The blocks of a completion certificate, as pdfmake content. Words and facts come from the record
 * (built in core); this file only lays them out.
 */

const head = (cells: readonly string[]): TableCell[] =>
  cells.map((text) => ({ text, style: 'th' }));

const when = (at: string | null) => (at ? formatDateTime(at) : '');

/** A two-column table of facts (label, value). */
export function factsTable(rows: readonly (readonly [string, string])[]): Content {
  return {
    table: {
      widths: [110, '*'],
      body: rows.map(([k, v]) => [{ text: k, style: 'label' }, { text: v }]),
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 10],
  };
}

/** The steps still open, so an incomplete document says plainly what is missing. */
export function remainingBlock(record: ReportRecord): Content[] {
  const open = remainingSteps(record);
  if (open.length === 0) return [];
  return [
    { text: `Still to do (${open.length})`, style: 'h2', color: '#b00020' },
    {
      ul: open.map(
        (s) =>
          `${s.title} (${s.runOn}): ${stepStatusWords[s.status]}${s.note ? `: ${s.note}` : ''}`,
      ),
      margin: [0, 0, 0, 10],
    },
  ];
}

/** Skipped steps with their reasons. */
export function skippedBlock(record: ReportRecord): Content[] {
  const skipped = skippedSteps(record);
  if (skipped.length === 0) return [];
  return [
    { text: `Skipped steps and why (${skipped.length})`, style: 'h2' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 90, '*'],
        body: [
          head(['Step', 'Where', 'Reason']),
          ...skipped.map((s) => [s.title, s.runOn, s.note]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 10],
    },
  ];
}

/** Each hub's certificate facts (never a key or a password: the record holds none). */
export function certificatesBlock(record: ReportRecord): Content[] {
  const out: Content[] = [{ text: 'Certificates', style: 'h2' }];
  for (const c of record.certificates) {
    out.push({ text: c.fqdn, style: 'h3' });
    out.push(
      factsTable([
        ['Subject', c.subject],
        ['DNS names (SAN)', c.sans.join(', ')],
        ['Valid', `${when(c.notBefore)} to ${when(c.notAfter)}`],
        ['Key size', `${c.keyBits} bits RSA`],
        ['PFX profile', c.profile],
        [
          'Issuer',
          c.signedBy ? `${c.issuer} (site CA ${c.signedBy})` : `${c.issuer} (self-signed)`,
        ],
        ['Thumbprint (SHA-1)', c.thumbprint],
        ['SHA-256', c.sha256],
        ...(c.stale.length > 0 ? [['Does not fit the site', c.stale.join('; ')] as const] : []),
      ]),
    );
  }
  for (const fqdn of record.hubsWithoutCertificate)
    out.push({
      text: `${fqdn}: no certificate in the records.`,
      color: '#b00020',
      margin: [0, 0, 0, 6],
    });
  return out;
}

/** Checked verification of each hub's live state: pass or fail per expectation. */
/** The records ID, for checking this paper where the evidence (pasted output, states) is not at hand. */
function recordsIdLine(record: ReportRecord): Content {
  return {
    text: `Records ID (steps, who and when, notes and certificate facts, without the checked verification): ${formatDocumentId(recordsId(record))}`,
    style: 'muted',
    margin: [0, 0, 0, 10],
  };
}

export function checksBlock(record: ReportRecord): Content[] {
  const out: Content[] = [{ text: 'Checked verification', style: 'h2' }];
  if (record.checks.length === 0) {
    out.push({
      text: 'No checked verification output is in the records: the verification steps above are the engineer’s word.',
      style: 'muted',
      margin: [0, 0, 0, 4],
    });
    out.push(recordsIdLine(record));
    return out;
  }
  out.push({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      // Fixed widths: a 40-digit thumbprint in "Found" is one unbreakable word, so that column
      // takes what is left (star columns would share the width and push it off the page).
      widths: [78, 150, 40, '*'],
      body: [
        head(['Hub', 'Expectation', 'Result', 'Found (source)']),
        ...record.checks.map((c) => [
          record.hubs.find((h) => h.hubId === c.hubId)?.fqdn ?? c.hubId,
          c.expectation,
          {
            text: checkOutcomeWords[c.outcome],
            bold: true,
            color:
              c.outcome === 'pass'
                ? '#1b5e20'
                : c.outcome === 'not-checked'
                  ? '#555555'
                  : '#b00020',
          },
          { stack: [c.detail, { text: checkSourceWords(c), style: 'muted' }] },
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 0, 0, 4],
  });
  out.push(recordsIdLine(record));
  return out;
}

function stepRow(s: ReportStep, n: number): TableCell[] {
  const status: TableCell = {
    text: stepStatusWords[s.status],
    bold: true,
    color: s.status === 'done' ? '#1b5e20' : s.status === 'skipped' ? '#555555' : '#b00020',
  };
  const note =
    s.evidence.length > 0 ? `${s.note}${s.note ? '\n' : ''}Evidence: ${s.evidence.length}` : s.note;
  return [
    String(n),
    `${s.title}${s.optional ? ' (optional)' : ''}`,
    s.runOn,
    status,
    s.by,
    when(s.at),
    note,
  ];
}

/** Every applicable step, section by section: status, who, when, notes. */
export function stepsBlock(record: ReportRecord): Content[] {
  let n = 0;
  return record.sections.flatMap((section): Content[] => [
    { text: section.title, style: 'h3' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [16, '*', 70, 44, 55, 52, 90],
        body: [
          head(['#', 'Step', 'Where', 'Status', 'Who', 'When', 'Notes']),
          ...section.steps.map((s) => stepRow(s, (n += 1))),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 7.5,
      margin: [0, 0, 0, 8],
    },
  ]);
}

/** Evidence thumbnails and pasted output, under the step they belong to. */
export function evidenceBlock(record: ReportRecord, evidence: EvidenceViews): Content[] {
  const items = record.sections.flatMap((sec) =>
    sec.steps.flatMap((s) => s.evidence.map((id) => ({ step: s, id }))),
  );
  if (items.length === 0) return [];
  const out: Content[] = [{ text: 'Evidence', style: 'h2', pageBreak: 'before' }];
  for (const { step, id } of items) {
    const view = evidence.get(id);
    out.push({ text: `${step.title} (${step.runOn})`, style: 'h3' });
    if (!view)
      out.push({ text: `Evidence ${id.slice(0, 12)}… is not on this computer.`, style: 'muted' });
    else if (view.kind === 'image')
      out.push({
        image: `data:image/png;base64,${Buffer.from(view.png).toString('base64')}`,
        fit: [220, 160],
        margin: [0, 0, 0, 6],
      });
    else out.push({ text: view.text, style: 'mono', margin: [0, 0, 0, 6] });
    out.push({ text: `Evidence id ${id}`, style: 'muted', margin: [0, 0, 0, 8] });
  }
  return out;
}

/** Signature and date lines for the engineer and the customer. */
export function signatureBlock(record: ReportRecord): Content {
  const line = (who: string, name: string): Content => ({
    stack: [
      { text: who, style: 'label' },
      { text: name || ' ', margin: [0, 4, 0, 18] },
      { text: 'Signature ______________________________', margin: [0, 0, 0, 14] },
      { text: 'Date ______________' },
    ],
  });
  return {
    columns: [line('Engineer', record.engineer.name), line('Customer', '')],
    columnGap: 30,
    margin: [0, 24, 0, 0],
    unbreakable: true,
  };
}
