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

/** What checking a paper copy found. */
type PaperCheck =
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'matches'; readonly scope: ReportRecord['scope']; readonly id: string }
  | {
      readonly kind: 'differs';
      readonly current: readonly { scope: ReportRecord['scope']; id: string }[];
    };

/**
 * Recomputes the document ID of every document the records can produce (the site and each hub)
 * and says which one the paper's ID is, or that none is: the records changed since it was printed.
 */
export function checkPaperId(claimed: string, records: readonly ReportRecord[]): PaperCheck {
  const id = normaliseDocumentId(claimed);
  if (!id)
    return {
      kind: 'unreadable',
      message:
        'document id must be the 64 hex digits printed at the foot of each page (spaces allowed)',
    };
  const current = records.map((r) => ({ scope: r.scope, id: documentId(r) }));
  const hit = current.find((c) => c.id === id);
  return hit ? { kind: 'matches', scope: hit.scope, id } : { kind: 'differs', current };
}
