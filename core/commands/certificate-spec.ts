import type { Hub, Site } from '../site';
import { pfxProfileFor, type KeySize, type PfxProfile } from '../site';
import { certificateFriendlyName } from './bundle-layout';

/**
 * What each hub certificate must contain (DOMAIN.md §1.11, §2.3), in one place so the PKI
 * service, the openssl commands and the completion certificate cannot disagree.
 */
export interface CertificateSpec {
  readonly hubId: string;
  readonly commonName: string;
  /** DNS subjectAltNames: the hub FQDN first, then its SMTP domain when different. */
  readonly dnsNames: readonly string[];
  readonly keySize: KeySize;
  readonly validityDays: number;
  readonly pfxProfile: PfxProfile;
  readonly friendlyName: string;
  readonly extendedKeyUsage: readonly ['serverAuth', 'clientAuth'];
  readonly keyUsage: readonly ['digitalSignature', 'keyEncipherment', 'keyCertSign'];
  /** Self-signed and imported as a root by the partners, so CA:TRUE. */
  readonly basicConstraintsCa: true;
}

/** The certificate to make for one hub of this site. */
export function certificateSpecFor(site: Site, hub: Hub): CertificateSpec {
  const profile =
    site.certificate.pfxProfile === 'auto'
      ? pfxProfileFor(hub.windowsVersion)
      : site.certificate.pfxProfile;
  return {
    hubId: hub.id,
    commonName: hub.fqdn,
    dnsNames: hub.smtpDomain === hub.fqdn ? [hub.fqdn] : [hub.fqdn, hub.smtpDomain],
    keySize: site.certificate.keySize,
    validityDays: site.certificate.validityDays,
    pfxProfile: profile,
    friendlyName: certificateFriendlyName(hub),
    extendedKeyUsage: ['serverAuth', 'clientAuth'],
    keyUsage: ['digitalSignature', 'keyEncipherment', 'keyCertSign'],
    basicConstraintsCa: true,
  };
}
