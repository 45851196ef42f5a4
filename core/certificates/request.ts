import { SHORT_VALIDITY_DAYS } from './expiry';
import { appError, fail, ok, type AppError, type Result } from '../errors';
import type { KeySize } from '../site/enums';
import type { Site } from '../site/site';
import type { PfxProfile } from './profile';
import { certificateSpecFor } from './spec';

/** What the PKI service makes for one certificate: plain data, derived from a spec or typed in the CLI. */
export interface CertRequest {
  /** Hub FQDN: the subject CN and the first SAN. */
  readonly fqdn: string;
  /** Extra SAN DNS names: the SMTP domain(s) and any other names. */
  readonly sans: readonly string[];
  readonly bits: KeySize;
  /** Validity in days. */
  readonly days: number;
  readonly profile: PfxProfile;
  readonly friendlyName: string;
  /** The user explicitly accepted a 1024-bit key (below guidance, DOMAIN.md pitfall 10). */
  readonly legacyKeyAllowed: boolean;
}

/** The request for one hub of the site: exactly what its spec asks for. */
export function certificateRequestFor(site: Site, hub: Site['hubs'][number]): CertRequest {
  const spec = certificateSpecFor(site, hub);
  return {
    fqdn: spec.commonName,
    sans: spec.dnsNames.filter((n) => n !== spec.commonName),
    bits: spec.keySize,
    days: spec.validityDays,
    profile: spec.pfxProfile,
    friendlyName: spec.friendlyName,
    legacyKeyAllowed: site.certificate.legacyKeyAllowed,
  };
}

/**
 * One request per chosen hub (every hub when `hubIds` is empty), in site order; an id the site
 * does not have is an error naming it, so nothing is made for a hub the site does not describe.
 */
export function certificateRequestsFor(
  site: Site,
  hubIds: readonly string[] = [],
): Result<{ hubId: string; request: CertRequest }[]> {
  const unknown = hubIds.find((id) => !site.hubs.some((h) => h.id === id));
  if (unknown !== undefined)
    return fail(
      appError(
        'unknown-hub',
        'hubIds',
        `There is no hub '${unknown}' in this site: choose one of ${site.hubs.map((h) => h.id).join(', ')}.`,
      ),
    );
  return ok(
    site.hubs
      .filter((h) => hubIds.length === 0 || hubIds.includes(h.id))
      .map((h) => ({ hubId: h.id, request: certificateRequestFor(site, h) })),
  );
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/iu;

/** True for an RFC 1123 host name (no wildcard, no trailing dot), at most 253 characters. */
export function isHostName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((l) => LABEL.test(l));
}

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
  if (!/^[\x20-\x7e]{1,64}$/u.test(req.friendlyName)) {
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
  if (req.days < SHORT_VALIDITY_DAYS)
    w.push(`Validity is only ${req.days} days: the link stops working when it expires.`);
  return w;
}

/** The SAN list: FQDN first, then extra names, lower-cased and de-duplicated. */
export function sanList(req: Pick<CertRequest, 'fqdn' | 'sans'>): string[] {
  return [...new Set([req.fqdn, ...req.sans].map((s) => s.toLowerCase()))];
}
