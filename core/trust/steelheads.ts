import { exchangeAtLeast, type Hub, type Site, type Steelhead } from '../site';

/*
 * What each SteelHead does, decided once. Mail flows both ways, so every SteelHead is server-side
 * for the hubs it sits in front of (it holds their proxy certificates and keys) and client-side
 * towards every other hub (an in-path rule per remote hub address). A SteelHead that lists no hubs
 * fronts none: it gets no proxy certificates and no rules until the engineer lists them.
 */

/** The hubs a SteelHead sits in front of: exactly the ones it lists. */
export function localHubs(site: Site, sh: Steelhead): Hub[] {
  return site.hubs.filter((h) => sh.hubIds.includes(h.id));
}

/** The hubs on the far side of the WAN from this SteelHead (none when it fronts none). */
export function remoteHubs(site: Site, sh: Steelhead): Hub[] {
  if (sh.hubIds.length === 0) return [];
  return site.hubs.filter((h) => !sh.hubIds.includes(h.id));
}

/**
 * The hubs of `hub`'s own organisation whose mail reaches it through a SteelHead: each is in front
 * of a SteelHead that has `hub` on its far side. Their addresses scope a WAN receive connector.
 */
export function ownOrganisationPeersAcrossWan(site: Site, hub: Hub): Hub[] {
  const peers = new Map<string, Hub>();
  for (const sh of site.steelheads) {
    if (!remoteHubs(site, sh).some((r) => r.id === hub.id)) continue;
    for (const l of localHubs(site, sh)) if (l.forest === hub.forest) peers.set(l.id, l);
  }
  return [...peers.values()];
}

/**
 * Whether the SteelHeads optimise SMTP inside TLS (proxy certificates, SSL in-path rules, the SSL
 * licence). Not on a single-domain site that chose downgraded Exchange Server authentication: there
 * the hubs send to each other across the WAN without TLS, and the SteelHeads optimise plain SMTP.
 */
export function steelheadsOptimiseTls(site: Site): boolean {
  return (
    site.steelheads.length > 0 &&
    !(site.environment === 'single-domain' && site.intraOrgTls === 'downgraded')
  );
}

/** The addresses of the hubs of its own organisation that reach this hub through the SteelHeads. */
export function ownOrganisationPeerAddressesAcrossWan(site: Site, hub: Hub): string[] {
  return ownOrganisationPeersAcrossWan(site, hub).flatMap((h) => h.ipAddresses);
}

/**
 * The SMTP port a hub receives on from a sender: 2525 between hubs of one 2013+ organisation
 * (the HubTransport connector), 25 from another organisation or to a 2007/2010 hub.
 */
function smtpPortBetween(sender: Hub, receiver: Hub): 25 | 2525 {
  return sender.forest === receiver.forest && exchangeAtLeast(receiver.exchangeVersion, '2013')
    ? 2525
    : 25;
}

/** One client-side in-path rule: towards one remote hub address on one port. */
interface InPathRule {
  readonly hub: Hub;
  readonly ip: string;
  readonly port: 25 | 2525;
}

/** The in-path rules a SteelHead needs towards its remote hubs, one per address and port in use. */
export function inPathRules(site: Site, sh: Steelhead): InPathRule[] {
  const local = localHubs(site, sh);
  const out: InPathRule[] = [];
  for (const hub of remoteHubs(site, sh)) {
    const ports = [...new Set(local.map((l) => smtpPortBetween(l, hub)))].sort((a, b) => a - b);
    for (const port of ports) for (const ip of hub.ipAddresses) out.push({ hub, ip, port });
  }
  return out;
}
