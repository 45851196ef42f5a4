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
  /** keyCertSign only on a self-signed hub certificate, which partners import as a root. */
  readonly keyUsage: readonly ('digitalSignature' | 'keyEncipherment' | 'keyCertSign')[];
  /** Self-signed and imported as a root by the partners: CA:TRUE; signed by the site CA: CA:FALSE. */
  readonly basicConstraintsCa: boolean;
  /** Signed by the site CA instead of by itself. */
  readonly signedBySiteCa: boolean;
  /** The site CA's common name (used in site CA mode). */
  readonly siteCaCommonName: string;
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
    keyUsage: site.certificate.siteCa
      ? ['digitalSignature', 'keyEncipherment']
      : ['digitalSignature', 'keyEncipherment', 'keyCertSign'],
    basicConstraintsCa: !site.certificate.siteCa,
    signedBySiteCa: site.certificate.siteCa,
    siteCaCommonName: siteCaCommonName(site),
  };
}

/**
 * The site CA's common name: fixed words plus the site name reduced to letters, digits, spaces,
 * dots and hyphens (a `/` or `=` would split an OpenSSL -subj), at most 64 characters.
 */
export function siteCaCommonName(site: Site): string {
  const name = site.customer.siteName
    .replace(/[^A-Za-z0-9 .-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return `Secure SMTP CA ${name}`.trim().slice(0, 64).trim();
}
