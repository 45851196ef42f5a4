import { certificateFriendlyName } from '../../../core/commands/bundle-layout';
import { pfxProfileFor, type Site } from '../../../core/site';
import type { CertRequest, KeyBits, PfxProfile } from './types';

/**
 * One certificate request per hub from the site's certificate choices: CN = FQDN, SAN = FQDN +
 * SMTP domain, the profile from the hub's Windows version unless the site forces one.
 */
export function requestsFromSite(
  site: Site,
  hubIds: readonly string[] = [],
): { hubId: string; request: CertRequest }[] {
  const c = site.certificate;
  return site.hubs
    .filter((h) => hubIds.length === 0 || hubIds.includes(h.id))
    .map((h) => {
      const choice = c.pfxProfile === 'auto' ? pfxProfileFor(h.windowsVersion) : c.pfxProfile;
      const profile: PfxProfile = choice === 'windows-modern' ? 'modern' : 'legacy';
      return {
        hubId: h.id,
        request: {
          fqdn: h.fqdn,
          sans: [h.smtpDomain],
          bits: c.keySize as KeyBits,
          days: c.validityDays,
          profile,
          friendlyName: certificateFriendlyName(h),
          legacyKeyAllowed: c.legacyKeyAllowed,
        },
      };
    });
}
