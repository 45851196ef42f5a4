import { formatDay } from '../dates';
import type { NotCompleteReason, ReportRecord, ReportStep } from './types';

/** Whether a document printed at a given moment is a clean completion certificate, and why not. */
export interface PrintVerdict {
  readonly complete: boolean;
  readonly notComplete: readonly NotCompleteReason[];
}

/** A tick may carry a time a little after printing when two laptops' clocks differ. */
const CLOCK_SKEW_MS = 5 * 60_000;

const named = (steps: readonly ReportStep[]) => {
  const titles = steps.slice(0, 3).map((s) => `"${s.title}"`);
  const more = steps.length - titles.length;
  return `${titles.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
};

/**
 * The record's own reasons (record.ts's one rule), then what only the moment of printing can tell:
 * a certificate outside its validity, and finished steps that nobody signed or that are dated after
 * the paper. Printing surfaces (PDF, CLI, Sign-off screen) ask this, never `record.complete` alone;
 * the record and its document ID stay free of the clock, so a paper still verifies anywhere.
 */
export function verdictAt(record: ReportRecord, at: Date): PrintVerdict {
  const now = at.getTime();
  const out: NotCompleteReason[] = [...record.notComplete];
  for (const c of record.certificates) {
    if (Date.parse(c.notAfter) <= now)
      out.push({
        kind: 'certificate-expired',
        words: `the certificate of ${c.fqdn} expired on ${formatDay(c.notAfter)}, before this document was printed`,
      });
    else if (Date.parse(c.notBefore) > now)
      out.push({
        kind: 'certificate-not-yet-valid',
        words: `the certificate of ${c.fqdn} is not valid until ${formatDay(c.notBefore)} (check this laptop's clock)`,
      });
  }
  const finished = record.sections
    .flatMap((s) => s.steps)
    .filter((s) => s.status === 'done' || s.status === 'skipped');
  const unsigned = finished.filter((s) => s.by.trim() === '');
  if (unsigned.length > 0)
    out.push({
      kind: 'step-without-name',
      words: `${unsigned.length === 1 ? 'a finished step has' : `${unsigned.length} finished steps have`} no name of who did it: ${named(unsigned)}`,
    });
  const later = finished.filter((s) => s.at !== null && Date.parse(s.at) > now + CLOCK_SKEW_MS);
  if (later.length > 0)
    out.push({
      kind: 'step-after-printing',
      words: `${later.length === 1 ? 'a step is' : `${later.length} steps are`} dated after this document was printed (a wrong clock or wrong records): ${named(later)}`,
    });
  return { complete: out.length === 0, notComplete: out };
}
