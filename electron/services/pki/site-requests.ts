import { certificateSpecFor } from '../../../core/commands/certificate-spec';
import type { Site } from '../../../core/site';
import type { CertRequest, KeyBits } from './types';

/**
 * One certificate request per hub, from core's certificateSpecFor (the same spec the openssl
 * listing prints): CN = FQDN, SAN = FQDN + SMTP domain, profile from the hub's Windows version
 * unless the site forces one.
 */
export function requestsFromSite(
  site: Site,
  hubIds: readonly string[] = [],
): { hubId: string; request: CertRequest }[] {
  return site.hubs
    .filter((h) => hubIds.length === 0 || hubIds.includes(h.id))
    .map((h) => {
      const spec = certificateSpecFor(site, h);
      return {
        hubId: h.id,
        request: {
          fqdn: spec.commonName,
          sans: spec.dnsNames.filter((n) => n !== spec.commonName),
          bits: spec.keySize as KeyBits,
          days: spec.validityDays,
          profile: spec.pfxProfile === 'windows-modern' ? 'modern' : 'legacy',
          friendlyName: spec.friendlyName,
          legacyKeyAllowed: site.certificate.legacyKeyAllowed,
        },
      };
    });
}
