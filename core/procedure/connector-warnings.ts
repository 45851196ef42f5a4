import { partnerAddresses } from '../trust/matrix';
import type { Hub, Site } from '../site';
import { namesHubTransportConnector } from './connector-choice';
import type { PlanWarning } from './types';

/** The hub's "takes anonymous mail" answer is missing: nothing may change the connector yet. */
export const unansweredWarning = (netbios: string, connector: string): PlanWarning => ({
  code: 'internet-mail-unanswered',
  level: 'danger',
  message: `${netbios}: answer in the site whether ${connector} takes anonymous mail (Internet, scanners, applications). Until then the install script is not produced: a wrong guess would stop Internet mail.`,
});

/** Why the hub gets a Partner connector, and what is still missing to scope it. */
export function partnerConnectorWarnings(site: Site, hub: Hub): PlanWarning[] {
  const out: PlanWarning[] = [
    namesHubTransportConnector(hub)
      ? {
          code: 'hub-transport-not-secured',
          level: 'warning',
          message: `${hub.receiveConnectorName} on ${hub.netbiosName} is the HubTransport connector (port 2525, mail inside the organisation only); partner mail arrives on port 25 at the Front End Transport service. The plan leaves ${hub.receiveConnectorName} unchanged and secures a dedicated Frontend Partner connector.`,
        }
      : {
          code: 'internet-facing-receive-connector',
          level: 'danger',
          message: `${hub.receiveConnectorName} on ${hub.netbiosName} carries Internet mail: do not clear Anonymous users on it (inbound Internet mail would stop). The plan creates a Partner connector instead.`,
        },
  ];
  if (partnerAddresses(site, hub).length === 0) {
    out.push({
      code: 'partner-addresses-missing',
      level: 'danger',
      message: `No partner hub IP addresses are recorded: add them to the site so the Partner connector on ${hub.netbiosName} can be scoped.`,
    });
  }
  return out;
}
