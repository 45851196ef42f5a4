import { exchangeVersions, type Hub, type Site } from '../site';

/** One Exchange organisation: the hubs of one AD forest. */
export interface Organisation {
  readonly forest: string;
  readonly hubIds: readonly string[];
  readonly smtpDomains: readonly string[];
  /** The hub whose install script carries the once-per-organisation commands. */
  readonly designatedHubId: string;
}

/** `hubId` must have `peerHubId`'s public certificate in its computer Trusted Root store. */
export interface TrustEdge {
  readonly hubId: string;
  readonly peerHubId: string;
}

/** The domains one organisation adds to both TLSSendDomainSecureList and TLSReceiveDomainSecureList. */
interface SecureListPlan {
  readonly forest: string;
  readonly domains: readonly string[];
}

export interface TrustMatrix {
  readonly environment: Site['environment'];
  /** Site CA mode: every edge is satisfied by the hub trusting the one site root. */
  readonly siteCa: boolean;
  readonly hubs: readonly Pick<Hub, 'id' | 'fqdn' | 'netbiosName' | 'forest' | 'smtpDomain'>[];
  readonly organisations: readonly Organisation[];
  readonly edges: readonly TrustEdge[];
  readonly secureLists: readonly SecureListPlan[];
  /** Forest pairs that may need a two-way forest trust (multi-domain only). */
  readonly forestPairs: readonly (readonly [string, string])[];
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * The hub that runs an organisation's once-only commands: the one on the newest Exchange version
 * (the first entered among equals). A down-level Management Shell may refuse organisation objects
 * a newer version has upgraded, and the newest has the newer list syntax (docs/domain.md §16).
 */
function newestHub(hubs: readonly Hub[]): Hub | undefined {
  const rank = (h: Hub) => exchangeVersions.indexOf(h.exchangeVersion);
  return hubs.reduce<Hub | undefined>(
    (best, h) => (!best || rank(h) > rank(best) ? h : best),
    undefined,
  );
}

/** Groups hubs into organisations by forest, in the order hubs were entered. */
export function organisationsOf(site: Site): Organisation[] {
  const forests = unique(site.hubs.map((h) => h.forest));
  return forests.map((forest) => {
    const hubs = site.hubs.filter((h) => h.forest === forest);
    return {
      forest,
      hubIds: hubs.map((h) => h.id),
      smtpDomains: unique(hubs.map((h) => h.smtpDomain)),
      designatedHubId: newestHub(hubs)?.id ?? '',
    };
  });
}

/**
 * Whether `hub` must trust `peer`'s certificate: across forests in a multi-domain site (the
 * partner pairs), every other hub in a single-domain site.
 */
function mustTrust(site: Site, hub: Hub, peer: Hub): boolean {
  if (hub.id === peer.id) return false;
  return site.environment === 'single-domain' || hub.forest !== peer.forest;
}

/** Which certificate each hub trusts, which domains go in each organisation's secure lists. */
export function trustMatrix(site: Site): TrustMatrix {
  const organisations = organisationsOf(site);
  const edges: TrustEdge[] = [];
  for (const hub of site.hubs) {
    for (const peer of site.hubs) {
      if (mustTrust(site, hub, peer)) edges.push({ hubId: hub.id, peerHubId: peer.id });
    }
  }
  const multi = site.environment === 'multi-domain';
  const secureLists = multi
    ? organisations.map((org) => ({
        forest: org.forest,
        domains: unique(
          organisations.filter((o) => o.forest !== org.forest).flatMap((o) => o.smtpDomains),
        ),
      }))
    : [];
  const forestPairs: (readonly [string, string])[] = [];
  if (multi) {
    organisations.forEach((a, i) => {
      organisations.slice(i + 1).forEach((b) => forestPairs.push([a.forest, b.forest] as const));
    });
  }
  return {
    environment: site.environment,
    siteCa: site.certificate.siteCa,
    hubs: site.hubs.map(({ id, fqdn, netbiosName, forest, smtpDomain }) => ({
      id,
      fqdn,
      netbiosName,
      forest,
      smtpDomain,
    })),
    organisations,
    edges,
    secureLists,
    forestPairs,
  };
}

/** The peers a hub must trust, in site order. */
export function peersToTrust(site: Site, hub: Hub): Hub[] {
  return site.hubs.filter((peer) => mustTrust(site, hub, peer));
}

/** The partner hubs' addresses a hub's dedicated Partner connector accepts (other forests). */
export function partnerAddresses(site: Site, hub: Hub): string[] {
  return unique(site.hubs.filter((p) => p.forest !== hub.forest).flatMap((p) => p.ipAddresses));
}
