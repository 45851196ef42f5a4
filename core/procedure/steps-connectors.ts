import {
  partnerConnectorName,
  newPartnerConnectorCommands,
  receiveDomainSecureCommands,
  sendDomainSecureCommands,
  setPartnerConnectorEnabledCommand,
  setPartnerPermissionCommands,
  showPartnerConnectorEnabledCommand,
  showReceiveConnectorCommand,
  showSendConnectorCommand,
} from '../commands';
import { exchangeAtLeast, type Hub } from '../site';
import { partnerAddresses } from '../trust/matrix';
import { partnerConnectorWarnings, unansweredWarning } from './connector-warnings';
import { connectorConsole } from './console-paths';
import { needsPartnerConnector, securedReceiveConnector } from './connector-choice';
import { required, type PlanWarning, type StepDefinition } from './types';

const multi = (site: { environment: string }) => site.environment === 'multi-domain';

/** Console users turn the new connector off by hand; the shell command creates it off. */
const offUntilReady = (hub: Hub) =>
  `Then turn it off until the partner organisation is ready (once on, it refuses partner mail that is not domain-secured): in the Management Shell run ${setPartnerConnectorEnabledCommand(hub, false).command}. A later step turns it on.`;

/** Seed step on a connector that takes no anonymous mail: Partners on, every other group kept. */
export const receiveConnectorPermissions: StepDefinition = {
  id: 'receive-connector-permissions',
  title: 'Allow the Partners permission group on the receive connector',
  why: 'Mail from a domain-secured partner is accepted under the Partners group. The engineer answered that this connector takes no anonymous mail; the script checks the live connector and stops if Anonymous users is on it.',
  scope: 'hub',
  phase: 'connectors',
  status: 'verified',
  appliesTo: multi,
  appliesToHub: (site, hub) => needsPartnerConnector(site, hub) !== true,
  consoles: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    if (connectorConsole(ctx.version) === 'emc') {
      return [
        {
          console: 'emc',
          steps: [
            'Server Configuration > Hub Transport, select the hub; open the Receive Connectors tab.',
            `Select ${hub.receiveConnectorName} and choose Properties in the action pane.`,
            'Permission Groups tab: if Anonymous users is ticked, stop: the connector takes anonymous mail (answer so in the site). Otherwise tick Partners, leave the other groups as they are, OK.',
          ],
          status: 'verified',
        },
      ];
    }
    return [
      {
        console: 'eac',
        steps: [
          'mail flow > receive connectors, Select server: the hub.',
          `Edit ${hub.receiveConnectorName}, open security. If Anonymous users is ticked, stop: the connector takes anonymous mail (answer so in the site). Otherwise tick Partners, leave the other groups, Save.`,
        ],
        status: 'verified',
      },
    ];
  },
  illustration: (ctx) =>
    connectorConsole(ctx.version) === 'emc'
      ? 'emc-receive-connector-permission-groups'
      : 'eac-receive-connector-security',
  shellOnly: () => false,
  commands: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    if (needsPartnerConnector(ctx.site, hub) === null) {
      return [showReceiveConnectorCommand(hub, hub.receiveConnectorName)];
    }
    return setPartnerPermissionCommands(hub, hub.receiveConnectorName);
  },
  verify: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return {
      how: 'Show the receive connector.',
      command: showReceiveConnectorCommand(hub, hub.receiveConnectorName),
      expected:
        'PermissionGroups includes Partners and not AnonymousUsers; every other group is as before.',
    };
  },
  warnings: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return needsPartnerConnector(ctx.site, hub) === null
      ? [unansweredWarning(hub.netbiosName, hub.receiveConnectorName)]
      : [];
  },
};

/** Instead of clearing Anonymous users on an Internet-facing connector: a Partner connector. */
export const partnerReceiveConnector: StepDefinition = {
  id: 'partner-receive-connector',
  title: 'Create a dedicated Partner receive connector for the partner hubs',
  why: 'The chosen connector also receives Internet mail (clearing Anonymous users there would stop it) or, on 2013 and later, is the HubTransport connector that partner mail never reaches, so partners get their own connector scoped to their addresses.',
  scope: 'hub',
  phase: 'connectors',
  status: 'verified',
  appliesTo: multi,
  appliesToHub: (site, hub) => needsPartnerConnector(site, hub) === true,
  consoles: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    const ips = partnerAddresses(ctx.site, hub).join(', ') || '(partner hub addresses)';
    if (exchangeAtLeast(ctx.version, '2013')) {
      return [
        {
          console: 'eac',
          steps: [
            'mail flow > receive connectors, Select server: the hub, then + (new).',
            'Name: Secure SMTP Partners; Role: Frontend Transport; Type: Partner.',
            `Keep the binding on port 25; under remote network settings replace the default range with ${ips}; Finish.`,
            offUntilReady(hub),
          ],
          status: 'verified',
        },
      ];
    }
    // The EMC's New Receive Connector wizard offers the Partner usage type (docs/illustrations.md).
    return [
      {
        console: 'emc',
        steps: [
          'Server Configuration > Hub Transport, select the hub; in the action pane choose New Receive Connector.',
          `Name: ${partnerConnectorName}; intended use: Partner; Next.`,
          `Keep the local binding on port 25; under the remote network settings replace the default range with ${ips}; Next, New, Finish.`,
          offUntilReady(hub),
        ],
        status: 'partial',
      },
      {
        console: 'ems',
        steps: [
          `Or run the command below; it limits the new connector to ${ips} on port 25 and creates it turned off.`,
        ],
        status: 'verified',
      },
    ];
  },
  illustration: (ctx) =>
    exchangeAtLeast(ctx.version, '2013')
      ? 'eac-new-partner-connector'
      : 'emc-new-receive-connector',
  shellOnly: () => false,
  commands: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return newPartnerConnectorCommands(ctx.version, hub, partnerAddresses(ctx.site, hub));
  },
  verify: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return {
      how: 'Show the new connector.',
      command: showPartnerConnectorEnabledCommand(hub),
      expected:
        'Enabled False (a later step turns it on), Bindings 0.0.0.0:25, RemoteIPRanges only the partner hubs, PermissionGroups Partners.',
    };
  },
  warnings: (ctx) => partnerConnectorWarnings(ctx.site, required(ctx.hub, 'hub')),
};

/** Domain security on the send connector (never the seed's -DomainSecurityEnabled). */
export const sendConnectorDomainSecure: StepDefinition = {
  id: 'send-connector-domain-secure',
  title: 'Enable domain security on the send connector',
  why: 'Mutual TLS towards the partner is only attempted when the send connector is domain-secured.',
  scope: 'hub',
  phase: 'connectors',
  status: 'verified',
  appliesTo: multi,
  consoles: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    if (connectorConsole(ctx.version) === 'emc') {
      return [
        {
          console: 'emc',
          steps: [
            'Organization Configuration > Hub Transport > Send Connectors tab.',
            `Open the properties of ${hub.sendConnectorName} and tick Enable Domain Security (Mutual Auth TLS) (tab name unverified); OK.`,
          ],
          status: 'partial',
        },
      ];
    }
    return [
      {
        console: 'ems',
        steps: ['The admin center has no verified checkbox for this: run the command below.'],
        status: 'verified',
      },
    ];
  },
  illustration: (ctx) =>
    connectorConsole(ctx.version) === 'emc' ? 'emc-send-connector-domain-security' : 'ems-console',
  shellOnly: (ctx) => connectorConsole(ctx.version) !== 'emc',
  commands: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return [
      showSendConnectorCommand(hub.sendConnectorName),
      ...sendDomainSecureCommands(hub.sendConnectorName),
    ];
  },
  verify: (ctx) => ({
    how: 'Show the send connector.',
    command: showSendConnectorCommand(required(ctx.hub, 'hub').sendConnectorName),
    expected:
      "DomainSecureEnabled True, DNSRoutingEnabled True, SmartHosts empty, IgnoreSTARTTLS False, AddressSpaces include the partner's domain.",
  }),
  warnings: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    const out: PlanWarning[] = [
      {
        code: 'send-connector-organisation-object',
        level: 'info',
        message: `Send connectors belong to the organisation: if other hubs share ${hub.sendConnectorName}, running this again there is harmless.`,
      },
    ];
    if (hub.sendConnectorUsesSmartHost) {
      out.push({
        code: 'send-connector-smart-host',
        level: 'danger',
        message: `${hub.sendConnectorName} routes through a smart host: domain security needs DNS routing, so mutual TLS will not happen until the connector uses DNS (MX) routing.`,
      });
    }
    return out;
  },
};

/** Domain security on the receive connector that partners' mail arrives on. */
export const receiveConnectorDomainSecure: StepDefinition = {
  id: 'receive-connector-domain-secure',
  title: 'Enable domain security on the receive connector',
  why: 'The receiving side must also require and check the partner certificate (mutual TLS).',
  scope: 'hub',
  phase: 'connectors',
  status: 'verified',
  appliesTo: multi,
  consoles: (ctx) => {
    const name = securedReceiveConnector(ctx.site, required(ctx.hub, 'hub'));
    if (connectorConsole(ctx.version) === 'emc') {
      return [
        {
          console: 'emc',
          steps: [
            `Server Configuration > Hub Transport > Receive Connectors: open the properties of ${name}.`,
            'Authentication tab: tick Transport Layer Security (TLS) and Enable Domain Security (Mutual Auth TLS); OK.',
          ],
          status: 'verified',
        },
      ];
    }
    return [
      {
        console: 'eac',
        steps: [
          `mail flow > receive connectors: edit ${name}, open security.`,
          'Tick Transport Layer Security (TLS) and the domain security (mutual TLS) option (exact caption unverified); Save.',
        ],
        status: 'partial',
      },
    ];
  },
  illustration: (ctx) =>
    connectorConsole(ctx.version) === 'emc'
      ? 'emc-receive-connector-authentication'
      : 'eac-receive-connector-security',
  shellOnly: () => false,
  commands: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return receiveDomainSecureCommands(hub, securedReceiveConnector(ctx.site, hub));
  },
  verify: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return {
      how: 'Show the receive connector.',
      command: showReceiveConnectorCommand(hub, securedReceiveConnector(ctx.site, hub)),
      expected:
        'DomainSecureEnabled True; AuthMechanism includes Tls and not ExternalAuthoritative.',
    };
  },
};
