import { partnerConnectorName } from '../commands';
import type { Hub, Site } from '../site';
import { organisationsOf, partnerAddresses } from '../trust/matrix';
import { securedReceiveConnector } from './connector-choice';
import type { Target } from './targets';

/**
 * What a step's drawing shows of this site: the machine the step runs on and the objects it acts
 * on. Every drawing reads this, so a picture never shows another server, another connector or a
 * placeholder where the site has a name.
 */
export interface Scene {
  /** Where the step is done: a hub's NetBIOS name, a SteelHead's name, a forest root. */
  readonly server: string;
  /** Its full name (FQDN), as console trees and address bars show it. */
  readonly serverFqdn: string;
  readonly machine: 'hub' | 'steelhead' | 'domain-controller';
  /** The connector the step changes (highlighted), and the others listed beside it. */
  readonly connector?: string;
  readonly otherConnectors?: readonly string[];
  /** The certificate the step acts on (its subject name) and the file it comes from. */
  readonly certificate?: string;
  readonly file?: string;
  /** Addresses the step names: partner hubs for a Partner connector, remote hubs for in-path rules. */
  readonly addresses?: readonly { readonly name: string; readonly ip: string }[];
  /** Hubs the step is about on a SteelHead (whose certificates it loads). */
  readonly hubs?: readonly string[];
  /** A SteelHead's RiOS version as the site records it. */
  readonly version?: string;
  /** The two forests of a forest trust. */
  readonly forests?: readonly [string, string];
}

const hubScene = (hub: Hub): Scene => ({
  server: hub.netbiosName,
  serverFqdn: hub.fqdn,
  machine: 'hub',
});

/** The connectors a hub's console lists: the version's defaults and the ones the site names. */
function receiveConnectorsOf(hub: Hub): string[] {
  return [
    ...new Set([
      hub.receiveConnectorName,
      `Default ${hub.netbiosName}`,
      `Client ${hub.netbiosName}`,
    ]),
  ];
}

/** The send connectors an organisation's console lists (they belong to the organisation). */
function sendConnectorsOf(site: Site, hub: Hub): string[] {
  return [
    ...new Set(site.hubs.filter((h) => h.forest === hub.forest).map((h) => h.sendConnectorName)),
  ];
}

function forHub(site: Site, stepId: string, hub: Hub, peer: Hub | undefined): Scene {
  const base = hubScene(hub);
  switch (stepId) {
    case 'certificate-generate':
    case 'certificate-import':
    case 'certificate-assign-smtp':
      return { ...base, certificate: hub.fqdn, file: `${hub.fqdn}.pfx` };
    case 'trust-partner-certificate':
      return peer ? { ...base, certificate: peer.fqdn, file: `${peer.fqdn}.cer` } : base;
    case 'trust-site-ca':
      return { ...base, certificate: 'site CA', file: 'site-ca.cer' };
    case 'receive-connector-permissions':
      return {
        ...base,
        connector: hub.receiveConnectorName,
        otherConnectors: receiveConnectorsOf(hub),
      };
    case 'partner-receive-connector': {
      const partners = site.hubs.filter((p) => p.forest !== hub.forest);
      const named = partners.flatMap((p) =>
        p.ipAddresses.map((ip) => ({ name: p.netbiosName, ip })),
      );
      const known = new Set(named.map((a) => a.ip));
      const rest = partnerAddresses(site, hub).filter((ip) => !known.has(ip));
      return {
        ...base,
        connector: partnerConnectorName,
        otherConnectors: [...receiveConnectorsOf(hub), partnerConnectorName],
        addresses: [...named, ...rest.map((ip) => ({ name: '', ip }))],
      };
    }
    case 'send-connector-domain-secure':
      return {
        ...base,
        connector: hub.sendConnectorName,
        otherConnectors: sendConnectorsOf(site, hub),
      };
    case 'receive-connector-domain-secure':
    case 'final-verification': {
      const connector = securedReceiveConnector(site, hub);
      return {
        ...base,
        connector,
        otherConnectors: [...new Set([...receiveConnectorsOf(hub), connector])],
      };
    }
    default:
      return base;
  }
}

/** The scene of one planned step (by its id and target) on this site. */
export function sceneOf(site: Site, stepId: string, target: Target): Scene {
  switch (target.kind) {
    case 'hub':
    case 'pair': {
      const hub = site.hubs.find((h) => h.id === target.hubId);
      const peer =
        target.kind === 'pair' ? site.hubs.find((h) => h.id === target.peerHubId) : undefined;
      if (hub) return forHub(site, stepId, hub, peer);
      break;
    }
    case 'organisation': {
      const org = organisationsOf(site).find((o) => o.forest === target.forest);
      const hub = site.hubs.find((h) => h.id === org?.designatedHubId);
      if (hub) return hubScene(hub);
      break;
    }
    case 'steelhead': {
      const sh = site.steelheads.find((s) => s.id === target.steelheadId);
      if (!sh) break;
      const fronted =
        sh.hubIds.length === 0 ? site.hubs : site.hubs.filter((h) => sh.hubIds.includes(h.id));
      const remote = site.hubs.filter((h) => !sh.hubIds.includes(h.id));
      return {
        server: sh.name,
        serverFqdn: sh.name,
        machine: 'steelhead',
        version: sh.riosVersion,
        hubs: fronted.map((h) => h.fqdn),
        addresses: remote.flatMap((h) => h.ipAddresses.map((ip) => ({ name: h.netbiosName, ip }))),
      };
    }
    case 'forest-pair':
      return {
        server: target.forests[0],
        serverFqdn: target.forests[0],
        machine: 'domain-controller',
        forests: target.forests,
      };
  }
  return { server: 'HUB01', serverFqdn: 'hub01', machine: 'hub' };
}
