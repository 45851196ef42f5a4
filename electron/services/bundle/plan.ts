import {
  bundlePartners,
  certsByHub,
  currentCertificates,
  type BundleContents,
  type CertsByHub,
} from '../../../core/certificates/bundle-state';
import { rootBundleLayout } from '../../../core/certificates/bundle-layout';
import { daysLeft, expiryStage } from '../../../core/certificates/expiry';
import type { CertMetadata } from '../../../core/certificates/metadata';
import { formatDateTime } from '../../../core/dates';
import { certificateStaleness, staleSentence } from '../../../core/certificates/stale';
import { appError } from '../../../core/errors';
import { installScriptPlan, planFor } from '../../../core/plan';
import type { Hub, Site } from '../../../core/site';
import { peersToTrust } from '../../../core/trust';
import type { KeyVault } from '../vault/vault';
import { planHubFiles, sums } from './hub-files';
import { rootReadme } from './readme';
import { fail, type BundleOptions, type BundlePlan, type PlannedFile } from './types';

/** The hubs to export: the ones asked for, or every hub with a certificate. */
function chosenHubs(site: Site, certs: CertsByHub, hubIds: readonly string[]): Hub[] {
  const chosen =
    hubIds.length === 0
      ? site.hubs.filter((h) => certs.has(h.id))
      : hubIds.map(
          (id) =>
            site.hubs.find((h) => h.id === id) ??
            fail(appError('unknown-hub', 'hubIds', `There is no hub '${id}' in this site.`)),
        );
  if (chosen.length === 0)
    fail(
      appError(
        'no-certificates',
        'hubIds',
        'No hub has a certificate yet: generate the certificates first.',
      ),
    );
  const missing = chosen.find((h) => !certs.has(h.id));
  if (missing)
    fail(
      appError(
        'no-certificate',
        'hubIds',
        `${missing.fqdn} has no certificate yet: generate it first.`,
      ),
    );
  return chosen;
}

/** Stops the export before anything is written when any certificate is named in `sentences`. */
function refuseIfAny(code: string, sentences: readonly string[]): void {
  if (sentences.length > 0)
    fail(
      appError(
        code,
        'hubIds',
        `${sentences.join(' ')} Generate ${sentences.length > 1 ? 'them' : 'it'} again. Nothing was written.`,
      ),
    );
}

/** Every certificate must still be the one this site needs (core's rule), before anything is written. */
function refuseStale(
  site: Site,
  hubs: readonly Hub[],
  certs: CertsByHub,
  storedCa: CertMetadata | null,
): void {
  const stale = hubs.flatMap((hub) => {
    const reasons = certificateStaleness(site, hub, certs.get(hub.id)!, storedCa);
    return reasons.length > 0 ? [staleSentence(hub, reasons)] : [];
  });
  refuseIfAny('certificate-stale', stale);
}

/**
 * Core's expiry rule at export: an expired certificate (or site root) is refused, since a hub
 * would present it and its partners reject the connection; one expiring within core's window is
 * written with a warning naming the date.
 */
function expiryChecks(
  site: Site,
  hubs: readonly Hub[],
  certs: CertsByHub,
  storedCa: CertMetadata | null,
  now: Date,
): string[] {
  const expired: string[] = [];
  const warnings: string[] = [];
  const check = (what: string, notAfter: string) => {
    const stage = expiryStage(notAfter, now);
    if (stage === 'expired') expired.push(`${what} expired on ${formatDateTime(notAfter)}.`);
    if (stage === 'expiring')
      warnings.push(
        `${what} expires on ${formatDateTime(notAfter)} (${daysLeft(notAfter, now)} days left): plan its renewal now.`,
      );
  };
  if (site.certificate.siteCa && storedCa) check('The site CA', storedCa.notAfter);
  for (const hub of hubs)
    check(`The certificate of ${hub.fqdn}`, certs.get(hub.id)!.metadata.notAfter);
  refuseIfAny('certificate-expired', expired);
  return warnings;
}

/** Every file of the bundle, built in memory before anything touches the stick. */
export function planFiles(site: Site, vault: KeyVault, o: BundleOptions, now: Date): BundlePlan {
  const certs = certsByHub(vault.list());
  const storedCa = vault.getCa()?.metadata ?? null;
  const chosen = chosenHubs(site, certs, o.hubIds);
  refuseStale(site, chosen, certs, storedCa);
  const expiryWarnings = expiryChecks(site, chosen, certs, storedCa, now);
  const current = currentCertificates(site, certs, storedCa);
  // Install scripts carry the thumbprints of certificates that still match the site.
  const thumbprints = Object.fromEntries(
    [...current].map(([hubId, c]) => [hubId, c.metadata.thumbprint]),
  );
  const plan = planFor(site);
  const scriptPlan = installScriptPlan(site, thumbprints);
  const files: PlannedFile[] = [];
  const bundles: BundleContents[] = [];
  const warnings: string[] = [...expiryWarnings];
  for (const hub of chosen) {
    const partners = bundlePartners(site, hub, current);
    const r = planHubFiles({
      site,
      hub,
      vault,
      plan,
      partners,
      thumbprints,
      scriptPlan,
      options: o,
      now,
    });
    files.push(...r.files);
    bundles.push(r.contents);
    warnings.push(...r.warnings, ...partnerWarnings(site, hub, certs, storedCa, partners));
  }
  const [readme, checksums] = rootBundleLayout();
  files.push({
    dir: [],
    name: readme!.name,
    secret: false,
    data: Buffer.from(rootReadme(site, chosen, certs, rootBundleLayout())),
  });
  files.push({ dir: [], name: checksums!.name, secret: false, data: sums(files, 0) });
  return { files, bundles, warnings };
}

/** A partner the hub must trust whose certificate is missing or stale is named, with why. */
function partnerWarnings(
  site: Site,
  hub: Hub,
  certs: CertsByHub,
  storedCa: CertMetadata | null,
  written: readonly { hub: Hub }[],
): string[] {
  const have = new Set(written.map((p) => p.hub.id));
  return peersToTrust(site, hub)
    .filter((peer) => !have.has(peer.id))
    .map((peer) => {
      const cert = certs.get(peer.id);
      return cert
        ? `${hub.fqdn} must trust ${peer.fqdn}, whose certificate no longer matches the site (${staleSentence(peer, certificateStaleness(site, peer, cert, storedCa))}): generate it again and export again.`
        : `${hub.fqdn} must trust ${peer.fqdn}, which has no certificate yet: generate it and export again.`;
    });
}
