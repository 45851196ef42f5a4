import type { KeySize } from '../site/enums';
import type { Hub, Site } from '../site/site';
import { pfxProfileForHub, type PfxProfile } from './profile';
import { siteCaPolicy, type SiteCaPolicy } from './site-ca';

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
  /** The site CA's name, validity and key size (used in site CA mode). */
  readonly siteCa: SiteCaPolicy;
}

/** The friendly name the certificate carries in the PFX and in Exchange: "Riverbed SMTP EX01". */
export function certificateFriendlyName(hub: Pick<Hub, 'netbiosName'>): string {
  return `Riverbed SMTP ${hub.netbiosName}`;
}

/** The host name a bare FQDN implies (its first label, upper case), for certificates made without a site. */
export function hostNameOf(fqdn: string): string {
  return (fqdn.split('.')[0] ?? fqdn).toUpperCase();
}

/** The subject Exchange shows for our certificate (CN = the hub FQDN). */
export function certificateSubject(hub: Pick<Hub, 'fqdn'>): string {
  return `CN=${hub.fqdn}`;
}

/** The certificate to make for one hub of this site. */
export function certificateSpecFor(site: Site, hub: Hub): CertificateSpec {
  return {
    hubId: hub.id,
    commonName: hub.fqdn,
    dnsNames: hub.smtpDomain === hub.fqdn ? [hub.fqdn] : [hub.fqdn, hub.smtpDomain],
    keySize: site.certificate.keySize,
    validityDays: site.certificate.validityDays,
    pfxProfile: pfxProfileForHub(site, hub),
    friendlyName: certificateFriendlyName(hub),
    extendedKeyUsage: ['serverAuth', 'clientAuth'],
    keyUsage: site.certificate.siteCa
      ? ['digitalSignature', 'keyEncipherment']
      : ['digitalSignature', 'keyEncipherment', 'keyCertSign'],
    basicConstraintsCa: !site.certificate.siteCa,
    signedBySiteCa: site.certificate.siteCa,
    siteCa: siteCaPolicy(site),
  };
}
