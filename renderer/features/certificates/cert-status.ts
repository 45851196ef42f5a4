import type { CertMetadata, HubCertView } from '../../../core/ipc/cert-channels';

export type CertState = 'none' | 'generated' | 'exported' | 'expiring' | 'expired';

/** Days from `now` until the certificate's notAfter (negative once expired). */
export function daysLeft(meta: CertMetadata, now: Date): number {
  return Math.floor((Date.parse(meta.notAfter) - now.getTime()) / 86_400_000);
}

/** A hub's certificate state for the status table: expiry wins over export, export over generation. */
export function certState(
  cert: HubCertView | undefined,
  exportedAt: string | undefined,
  now: Date,
): CertState {
  if (!cert) return 'none';
  const left = daysLeft(cert.metadata, now);
  if (left < 0) return 'expired';
  if (left <= 30) return 'expiring';
  // An export only counts for the certificate it carried (a newer certificate needs a new export).
  if (exportedAt && Date.parse(exportedAt) >= Date.parse(cert.metadata.notBefore))
    return 'exported';
  return 'generated';
}

export const certStateLabels: Record<CertState, string> = {
  none: 'No certificate',
  generated: 'Generated, not exported',
  exported: 'Exported to USB',
  expiring: 'Expires within 30 days',
  expired: 'Expired',
};
