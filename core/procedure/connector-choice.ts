import { partnerConnectorName } from '../commands';
import { exchangeAtLeast, type Hub, type Site } from '../site';

/**
 * True when the hub's chosen receive connector also takes Internet mail: the engineer said so,
 * or it is a 2013+ `Default Frontend` connector, which accepts anonymous senders by default.
 */
export function carriesInternetMail(site: Site, hub: Hub): boolean {
  if (hub.receiveConnectorInternetFacing) return true;
  return (
    exchangeAtLeast(hub.exchangeVersion, '2013') &&
    hub.receiveConnectorName.startsWith('Default Frontend ')
  );
}

/**
 * The receive connector the domain-security steps act on: the hub's own one, or a dedicated
 * Partner connector when that one carries Internet mail (so Anonymous users can stay on it).
 */
export function securedReceiveConnector(site: Site, hub: Hub): string {
  return carriesInternetMail(site, hub) ? partnerConnectorName : hub.receiveConnectorName;
}
