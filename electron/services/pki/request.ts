import { appError, type AppError } from '../../../core/errors';
import type { CertRequest } from './types';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** True for an RFC 1123 host name (no wildcard, no trailing dot), at most 253 characters. */
export function isHostName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((l) => LABEL.test(l));
}

/** Default request values: RSA 2048, two years, Windows legacy PFX. */
export const REQUEST_DEFAULTS = { bits: 2048, days: 730, profile: 'legacy' } as const;

/** Checks one request; returns the first problem as an AppError naming the field. */
export function checkRequest(req: CertRequest): AppError | null {
  if (!isHostName(req.fqdn) || !req.fqdn.includes('.')) {
    return appError(
      'fqdn-invalid',
      'fqdn',
      `"${req.fqdn}" is not a fully qualified host name (e.g. hub01.contoso.local); wildcards are not allowed for domain security.`,
    );
  }
  const bad = req.sans.find((s) => !isHostName(s));
  if (bad !== undefined) {
    return appError(
      'san-invalid',
      'sans',
      `"${bad}" is not a valid DNS name for the certificate's SAN list (no wildcards, no spaces).`,
    );
  }
  if (![1024, 2048, 3072, 4096].includes(req.bits)) {
    return appError('bits-invalid', 'bits', 'Key size must be 2048, 3072 or 4096 bits.');
  }
  if (req.bits === 1024 && !req.legacyKeyAllowed) {
    return appError(
      'key-too-small',
      'bits',
      '1024-bit RSA is below current guidance and Windows may block it; choose 2048 or more, or confirm the legacy choice explicitly.',
    );
  }
  if (!Number.isInteger(req.days) || req.days < 1 || req.days > 3650) {
    return appError(
      'days-invalid',
      'days',
      'Validity must be a whole number of days from 1 to 3650 (two years = 730).',
    );
  }
  if (!/^[\x20-\x7e]{1,64}$/.test(req.friendlyName)) {
    return appError(
      'friendly-name-invalid',
      'friendlyName',
      'The friendly name must be 1–64 printable ASCII characters.',
    );
  }
  return null;
}

/** Warnings that do not block generation (shown beside the result). */
export function requestWarnings(req: CertRequest): string[] {
  const w: string[] = [];
  if (req.bits === 1024)
    w.push('1024-bit RSA key: below NIST guidance; replace it as soon as the peers allow 2048.');
  if (req.days < 90)
    w.push(`Validity is only ${req.days} days: the link stops working when it expires.`);
  return w;
}

/** The SAN list: FQDN first, then extra names, lower-cased and de-duplicated. */
export function sanList(req: CertRequest): string[] {
  return [...new Set([req.fqdn, ...req.sans].map((s) => s.toLowerCase()))];
}
