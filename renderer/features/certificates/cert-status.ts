import type { CertificateSpec } from '../../../core/commands/certificate-spec';
import type { CertMetadata, HubCertView } from '../../../core/ipc/cert-channels';
import type { ExportRecord } from '../../store/persisted-schema';

export type CertState = 'none' | 'stale' | 'generated' | 'exported' | 'expiring' | 'expired';

/** Days from `now` until the certificate's notAfter (negative once expired). */
export function daysLeft(meta: CertMetadata, now: Date): number {
  return Math.floor((Date.parse(meta.notAfter) - now.getTime()) / 86_400_000);
}

/** Why a stored certificate no longer fits the hub as the site now describes it, or null. */
export function staleReason(cert: HubCertView, spec: CertificateSpec): string | null {
  const cn = /CN=([^,]+)/u.exec(cert.metadata.subject)?.[1]?.trim();
  if (cn !== spec.commonName) return `made for ${cn ?? 'another name'}`;
  const want = [...spec.dnsNames].sort().join(',');
  const have = [...cert.metadata.sans].sort().join(',');
  if (want !== have) return `names ${have} instead of ${want}`;
  if (cert.profile !== spec.pfxProfile)
    return `PFX profile ${cert.profile} instead of ${spec.pfxProfile}`;
  if (cert.metadata.selfSigned === spec.signedBySiteCa)
    return spec.signedBySiteCa
      ? 'self-signed, the site uses a site CA'
      : 'signed by a CA, the site uses self-signed certificates';
  return null;
}

/**
 * A hub's certificate state for the status table. A certificate that no longer matches the hub
 * is "stale" (generate again); expiry wins over export; "exported" means this very certificate
 * (by thumbprint) went to a stick.
 */
export function certState(
  cert: HubCertView | undefined,
  exported: ExportRecord | undefined,
  now: Date,
  spec: CertificateSpec,
): CertState {
  if (!cert) return 'none';
  if (staleReason(cert, spec)) return 'stale';
  const left = daysLeft(cert.metadata, now);
  if (left < 0) return 'expired';
  if (left <= 30) return 'expiring';
  if (exported?.thumbprint === cert.metadata.thumbprint) return 'exported';
  return 'generated';
}

export const certStateLabels: Record<CertState, string> = {
  none: 'No certificate',
  stale: 'Does not match the hub: generate again',
  generated: 'Generated, not exported',
  exported: 'Exported to USB',
  expiring: 'Expires within 30 days',
  expired: 'Expired',
};
