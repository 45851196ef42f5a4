import { partnerConnectorName } from '../commands';
import { exchangeAtLeast, type Hub, type Site } from '../site';

/**
 * True when the hub's chosen receive connector also takes Internet mail: the engineer said so,
 * or it is a 2013+ `Default Frontend` connector, which accepts anonymous senders by default.
 * Null when the engineer has not answered and nothing else decides it: no connector change may be
 * planned then (a guessed "no" would clear Anonymous users and cut Internet mail off).
 */
export function carriesInternetMail(site: Site, hub: Hub): boolean | null {
  if (hub.receiveConnectorInternetFacing === true) return true;
  if (
    exchangeAtLeast(hub.exchangeVersion, '2013') &&
    hub.receiveConnectorName.startsWith('Default Frontend ')
  ) {
    return true;
  }
  return hub.receiveConnectorInternetFacing;
}

/**
 * True for a 2013+ hub whose named connector is `Default <SERVER>`: the HubTransport connector on
 * port 2525 that only Exchange servers of the same organisation reach. Partner mail arrives on
 * port 25 at the Front End Transport service, so this connector is never the target (names compare
 * case-insensitively, as in Exchange; docs/domain.md §3).
 */
export function namesHubTransportConnector(hub: Hub): boolean {
  return (
    exchangeAtLeast(hub.exchangeVersion, '2013') &&
    hub.receiveConnectorName.trim().toLowerCase() === `default ${hub.netbiosName}`.toLowerCase()
  );
}

/**
 * Whether partner mail gets a dedicated Partner connector (Frontend Transport on 2013+) instead of
 * the named one: the named one takes Internet mail, or it is the HubTransport connector that
 * partner mail never reaches. Null while the "takes anonymous mail" answer is missing.
 */
export function needsPartnerConnector(site: Site, hub: Hub): boolean | null {
  if (namesHubTransportConnector(hub)) return true;
  return carriesInternetMail(site, hub);
}

/**
 * The hubs of a multi-domain site whose "takes anonymous mail" answer is still missing, with the
 * field to answer; an install script for such a hub is refused.
 */
export function unansweredInternetMail(site: Site): { hub: Hub; field: string }[] {
  if (site.environment !== 'multi-domain') return [];
  return site.hubs
    .map((hub, i) => ({ hub, field: `hubs.${i}.receiveConnectorInternetFacing` }))
    .filter(({ hub }) => needsPartnerConnector(site, hub) === null);
}

/**
 * The receive connector the domain-security steps act on: the hub's own one, or a dedicated
 * Partner connector when that one carries Internet mail (so Anonymous users can stay on it) or is
 * the 2013+ HubTransport connector.
 */
export function securedReceiveConnector(site: Site, hub: Hub): string {
  return needsPartnerConnector(site, hub) === true
    ? partnerConnectorName
    : hub.receiveConnectorName;
}
