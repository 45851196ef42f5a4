import { expiryStage } from './expiry';
import type { Site } from '../site/site';
import {
  bundleRecordOf,
  bundleStaleness,
  certsByHub,
  currentCertificates,
  expectedBundle,
  type BundleRecord,
} from './bundle-state';
import type { CertMetadata, HubCertView } from './metadata';
import { certificateStaleness } from './stale';

/** A hub's certificate as the Certificates table shows it. */
export type CertState =
  'none' | 'stale' | 'generated' | 'exported' | 'bundle-stale' | 'expiring' | 'expired';

/** A hub's state and, for "stale" and "bundle-stale", why. */
export interface HubCertStatus {
  readonly state: CertState;
  readonly reasons: readonly string[];
}

/** What the app knows about a site's certificates: the stored ones, the site root, the exports. */
export interface CertificateFacts {
  readonly certs: readonly HubCertView[];
  readonly siteCa: CertMetadata | null;
  /** The last export of each hub's bundle, by hub id (older records lack the contents). */
  readonly exports: Readonly<Record<string, Partial<BundleRecord>>>;
  /** Each hub's install-script input digest (core/plan `scriptInputDigests`). */
  readonly scriptDigests: Readonly<Record<string, string>>;
}

/**
 * Every hub's state: no certificate; stale (does not fit the hub: generate again); expired or
 * expiring (wins over export); exported (this very certificate went to a stick, and that bundle
 * is still what an export would write); bundle-stale (exported, but the partners, site CA or
 * script changed since: export again); else generated.
 */
export function hubCertStatuses(
  site: Site,
  facts: CertificateFacts,
  now: Date,
): Record<string, HubCertStatus> {
  const certs = certsByHub(facts.certs);
  const current = currentCertificates(site, certs, facts.siteCa);
  const out: Record<string, HubCertStatus> = {};
  for (const hub of site.hubs) {
    const cert = certs.get(hub.id);
    if (!cert) {
      out[hub.id] = { state: 'none', reasons: [] };
      continue;
    }
    const stale = current.has(hub.id) ? [] : certificateStaleness(site, hub, cert, facts.siteCa);
    if (stale.length > 0) {
      out[hub.id] = { state: 'stale', reasons: stale.map((r) => r.message) };
      continue;
    }
    const stage = expiryStage(cert.metadata.notAfter, now);
    if (stage === 'expired' || stage === 'expiring') {
      out[hub.id] = { state: stage, reasons: [] };
      continue;
    }
    const exported = facts.exports[hub.id];
    if (exported?.thumbprint !== cert.metadata.thumbprint) {
      out[hub.id] = { state: 'generated', reasons: [] };
      continue;
    }
    const expected = expectedBundle(site, hub, current, facts.scriptDigests[hub.id] ?? '');
    const reasons = expected ? bundleStaleness(exported, bundleRecordOf(expected)) : [];
    out[hub.id] = { state: reasons.length > 0 ? 'bundle-stale' : 'exported', reasons };
  }
  return out;
}
