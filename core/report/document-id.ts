import { sha256Hex } from '../certificates/digest';
import type { ReportRecord } from './types';

/** JSON with object keys sorted at every level: one text per record, whatever built it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The document ID: SHA-256 (lower-case hex) of the record's canonical JSON. */
export function documentId(record: ReportRecord): string {
  return sha256Hex(canonicalJson(record));
}

/** A document ID as printed: eight groups of eight hex digits, easy to read aloud and type. */
export function formatDocumentId(id: string): string {
  return id.replace(/(.{8})(?=.)/gu, '$1 ');
}

/** A typed or scanned ID reduced to its 64 hex digits (spaces, dashes and case ignored), or null. */
export function normaliseDocumentId(text: string): string | null {
  const hex = text.replace(/[\s-]/gu, '').toLowerCase();
  return /^[0-9a-f]{64}$/u.test(hex) ? hex : null;
}

/**
 * The records ID: the SHA-256 of the record without its checked verification (and without the
 * completeness that depends on it). Printed under "Checked verification" so a paper can be checked
 * where the pasted output and collected states (which stay on the laptop that printed it) are not
 * at hand: it covers the steps, who and when, notes and certificate facts, and says nothing about
 * the checks.
 */
export function recordsId(record: ReportRecord): string {
  const {
    checks: _checks,
    complete: _complete,
    notComplete: _notComplete,
    evidenceNotAtHand: _evidenceNotAtHand,
    ...rest
  } = record;
  return sha256Hex(canonicalJson({ ...rest, part: 'records without checked verification' }));
}

/** What the verifier has of the checked verification's sources. */
interface PaperCheckSources {
  /** Evidence files the records refer to that could not be read (no evidence folder, or absent). */
  readonly evidenceMissing: number;
}

/** What checking a paper copy found. */
type PaperCheck =
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'matches'; readonly scope: ReportRecord['scope']; readonly id: string }
  | { readonly kind: 'matches-records'; readonly scope: ReportRecord['scope']; readonly id: string }
  | { readonly kind: 'cannot-verify'; readonly evidenceMissing: number }
  | {
      readonly kind: 'differs';
      readonly current: readonly { scope: ReportRecord['scope']; id: string }[];
    };

/**
 * Recomputes the document ID (and the records ID) of every document the records can produce (the
 * site and each hub) and says which one the paper's ID is. When none is and pasted output the
 * records refer to is not at hand, the checks could not be recomputed: that is "cannot verify",
 * never "changed". Otherwise the records changed since it was printed (or it is another site).
 */
export function checkPaperId(
  claimed: string,
  records: readonly ReportRecord[],
  sources: PaperCheckSources = { evidenceMissing: 0 },
): PaperCheck {
  const id = normaliseDocumentId(claimed);
  if (!id)
    return {
      kind: 'unreadable',
      message:
        'document id must be the 64 hex digits printed at the foot of each page (spaces allowed)',
    };
  const current = records.map((r) => ({ scope: r.scope, id: documentId(r) }));
  const hit = current.find((c) => c.id === id);
  if (hit) return { kind: 'matches', scope: hit.scope, id };
  const part = records.find((r) => recordsId(r) === id);
  if (part) return { kind: 'matches-records', scope: part.scope, id };
  if (sources.evidenceMissing > 0)
    return { kind: 'cannot-verify', evidenceMissing: sources.evidenceMissing };
  return { kind: 'differs', current };
}

/**
 * A paper check in words, for the CLI and the screen alike: the verdict (ok, or not), and lines
 * that say precisely what was and was not verified.
 */
export function paperCheckWords(
  check: PaperCheck,
  nameOf: (scope: ReportRecord['scope']) => string,
): { readonly ok: boolean | null; readonly lines: readonly string[] } {
  switch (check.kind) {
    case 'unreadable':
      return { ok: false, lines: [check.message] };
    case 'matches':
      return {
        ok: true,
        lines: [
          `MATCHES: the paper is the completion certificate of ${nameOf(check.scope)}, as these records stand (steps, certificate facts and checked verification).`,
        ],
      };
    case 'matches-records':
      return {
        ok: true,
        lines: [
          `RECORDS MATCH: this is the records ID of ${nameOf(check.scope)}'s certificate: its steps, who and when, notes and certificate facts are as these records stand.`,
          'The checked verification is not covered by the records ID: check the document ID where the evidence folder is at hand for that part.',
        ],
      };
    case 'cannot-verify':
      return {
        ok: null,
        lines: [
          `CANNOT VERIFY: the document ID covers the checked verification, and ${check.evidenceMissing} evidence file${check.evidenceMissing === 1 ? '' : 's'} the records refer to (pasted output, screenshots) ${check.evidenceMissing === 1 ? 'is' : 'are'} not at hand: evidence stays in the data folder of the laptop that printed it.`,
          'Nothing here says the paper changed. To check the checked-output part, give the evidence folder (--evidence) and any collected state files (--state).',
          'To check everything else now, type the records ID printed under "Checked verification" instead.',
        ],
      };
    case 'differs':
      return {
        ok: false,
        lines: [
          'DOES NOT MATCH: no document these records print has this ID (the records changed since it was printed, or it is another site; if the paper lists checks from a collected state, give its state file too).',
          ...check.current.map((c) => `  ${nameOf(c.scope)}: ${formatDocumentId(c.id)}`),
        ],
      };
  }
}
