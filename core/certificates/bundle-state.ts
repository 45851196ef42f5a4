import { z } from 'zod';
import type { Hub, Site } from '../site/site';
import { peersToTrust } from '../trust/matrix';
import { sha256Hex } from './digest';
import type { CertMetadata, HubCertView } from './metadata';
import { certificateStaleness } from './stale';

/** A partner certificate that went into a hub's folder. */
interface BundlePartner {
  readonly hubId: string;
  readonly thumbprint: string;
}

/** Exactly what went into one hub's folder on the stick (or would go there now). */
export interface BundleContents {
  readonly hubId: string;
  /** The hub's own certificate. */
  readonly thumbprint: string;
  /** The site CA written to public/, or null (self-signed mode). */
  readonly siteCa: string | null;
  /** The partners' certificates written to public/, in site order. */
  readonly partners: readonly BundlePartner[];
  /** What the install script was made from (core/plan `scriptInputsDigest`). */
  readonly scriptDigest: string;
}

const thumbprint = z.string().regex(/^[0-9A-F]{40}$/u);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/u);

/** The compact record of a hub's exported bundle, kept in the renderer's store (no secrets). */
export const bundleRecordSchema = z.object({
  thumbprint,
  siteCa: thumbprint.nullable(),
  /** SHA-256 over the partners' `hubId=thumbprint` lines. */
  partners: sha256,
  partnerCount: z.number().int().min(0).max(250),
  script: sha256,
});
export type BundleRecord = z.infer<typeof bundleRecordSchema>;

/** The record kept for a bundle: the partner list is folded into a digest and a count. */
export function bundleRecordOf(c: BundleContents): BundleRecord {
  return {
    thumbprint: c.thumbprint,
    siteCa: c.siteCa,
    partners: sha256Hex(c.partners.map((p) => `${p.hubId}=${p.thumbprint}\n`).join('')),
    partnerCount: c.partners.length,
    script: c.scriptDigest,
  };
}

/** Certificates by hub id. */
export type CertsByHub = ReadonlyMap<string, HubCertView>;

/** Indexes certificate views by hub id. */
export function certsByHub(certs: readonly HubCertView[]): CertsByHub {
  return new Map(certs.map((c) => [c.hubId, c]));
}

/** The site's hubs whose stored certificate is current (core's `certificateStaleness` finds nothing). */
export function currentCertificates(
  site: Site,
  certs: CertsByHub,
  storedCa: CertMetadata | null,
): CertsByHub {
  return new Map(
    site.hubs.flatMap((hub) => {
      const cert = certs.get(hub.id);
      return cert && certificateStaleness(site, hub, cert, storedCa).length === 0
        ? [[hub.id, cert] as const]
        : [];
    }),
  );
}

/**
 * The partners whose certificates go into a hub's folder: every peer it must trust whose
 * certificate is current (`current` from `currentCertificates`); a missing or stale one is left
 * out, with a warning from the export.
 */
export function bundlePartners(
  site: Site,
  hub: Hub,
  current: CertsByHub,
): { hub: Hub; cert: HubCertView }[] {
  return peersToTrust(site, hub).flatMap((peer) => {
    const cert = current.get(peer.id);
    return cert ? [{ hub: peer, cert }] : [];
  });
}

/** What an export would put into the hub's folder now, or null when its certificate is not current. */
export function expectedBundle(
  site: Site,
  hub: Hub,
  current: CertsByHub,
  scriptDigest: string,
): BundleContents | null {
  const own = current.get(hub.id);
  if (!own) return null;
  return {
    hubId: hub.id,
    thumbprint: own.metadata.thumbprint,
    // site-ca.cer is the root that signed the hub's certificate (this site's, as it is current).
    siteCa: own.signedBy,
    partners: bundlePartners(site, hub, current).map((p) => ({
      hubId: p.hub.id,
      thumbprint: p.cert.metadata.thumbprint,
    })),
    scriptDigest,
  };
}

/**
 * Why the bundle on the stick no longer is the one an export would write now (the certificate
 * itself is the same): another site CA, other partner certificates, another install script.
 * A record from before the app kept contents counts as out of date. Empty = current.
 */
export function bundleStaleness(recorded: Partial<BundleRecord>, expected: BundleRecord): string[] {
  if (recorded.partners === undefined || recorded.script === undefined)
    return [
      'the app did not yet record what that export carried: export again so the stick surely has every partner certificate and the current script',
    ];
  const reasons: string[] = [];
  if ((recorded.siteCa ?? null) !== expected.siteCa)
    reasons.push(
      expected.siteCa === null
        ? 'the stick carries a site CA, but the site now uses self-signed certificates'
        : 'the stick carries another site CA than the one that now signs the certificates',
    );
  if (recorded.partners !== expected.partners)
    reasons.push(
      recorded.partnerCount !== expected.partnerCount
        ? `the stick carries ${recorded.partnerCount ?? 0} partner certificates, the site now needs ${expected.partnerCount}`
        : "a partner's certificate changed since the export",
    );
  if (recorded.script !== expected.script)
    reasons.push(
      'the site changed since the export: the install script on the stick is out of date',
    );
  return reasons;
}
