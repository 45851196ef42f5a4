import {
  adSiteReviewCommands,
  downgradedAuthCommands,
  showDowngradedConnectorCommand,
} from '../commands';
import { exchangeAtLeast } from '../site';
import {
  ownOrganisationPeerAddressesAcrossWan,
  ownOrganisationPeersAcrossWan,
} from '../trust/steelheads';
import { required, type StepDefinition } from './types';

/** The addresses of the hubs that reach this one through the SteelHeads. */
function wanPeerIps(ctx: Parameters<StepDefinition['commands']>[0]): string[] {
  return ownOrganisationPeerAddressesAcrossWan(ctx.site, required(ctx.hub, 'hub'));
}

/** Single-domain sites that chose Microsoft's downgraded Exchange Server authentication (docs/domain.md §15). */
export const downgradedExchangeAuth: StepDefinition = {
  id: 'downgraded-exchange-auth',
  title: 'Turn TLS off between the hubs across the WAN (downgraded Exchange Server authentication)',
  why: 'The site chose Microsoft\u2019s procedure for WAN optimisers: hub-to-hub mail across the WAN goes without TLS on a dedicated connector, so the SteelHeads optimise it as plain SMTP.',
  scope: 'hub',
  phase: 'connectors',
  status: 'partial',
  appliesTo: (site) => site.environment === 'single-domain' && site.intraOrgTls === 'downgraded',
  appliesToHub: (site, hub) => ownOrganisationPeersAcrossWan(site, hub).length > 0,
  consoles: (ctx) => [
    {
      console: 'ems',
      steps: [
        'Run the commands below in the Exchange Management Shell on this hub: Microsoft\u2019s procedure sets downgraded authentication and X-ANONYMOUSTLS in the shell only.',
        exchangeAtLeast(ctx.version, '2013')
          ? 'Disable TLS only on connections that pass through the SteelHeads: the new connector is scoped to the hubs across the WAN, and sits beside Default <SERVER> in the Transport service on port 2525, where mail between Mailbox servers arrives (the -Internal form in Microsoft\u2019s 2013 article binds port 25, which hub-to-hub mail never reaches there).'
          : 'Disable TLS only on connections that pass through the SteelHeads: the new connector is scoped to the hubs across the WAN.',
        'On the SteelHeads nothing TLS-related is needed for this mail: no proxy certificate and no hub key, no SSL in-path rule, no SSL licence; their default auto-discovery optimises the plain SMTP. After the test message, their current-connections report shows the SMTP connections between the hubs as optimised, not as SSL (page name varies by RiOS release: unverified).',
        'Then, once per Active Directory site with such hubs, make it a hub site (Set-AdSite <site> -HubSiteEnabled $true) and check that the WAN link is the least-cost path (Get-AdSiteLink); the read-only commands below list both.',
      ],
      status: 'partial',
    },
  ],
  warnings: (ctx) => {
    const hub = required(ctx.hub, 'hub');
    return wanPeerIps(ctx).length > 0
      ? []
      : [
          {
            code: 'wan-peer-addresses-missing',
            level: 'danger',
            message: `No IP addresses are recorded for the hubs that reach ${hub.netbiosName} through the SteelHeads: the WAN connector cannot be scoped. Add them to the site (Servers) and export the bundle again; the install script stops before its first change until then.`,
          },
        ];
  },
  illustration: () => 'ems-console',
  shellOnly: () => true,
  commands: (ctx) => [
    ...downgradedAuthCommands(ctx.version, required(ctx.hub, 'hub'), wanPeerIps(ctx)),
    ...adSiteReviewCommands(),
  ],
  verify: (ctx) => ({
    how: 'Show the WAN connector.',
    command: showDowngradedConnectorCommand(ctx.version, required(ctx.hub, 'hub')),
    expected: `${exchangeAtLeast(ctx.version, '2013') ? 'TransportRole HubTransport, Bindings 0.0.0.0:2525, ' : ''}RemoteIPRanges only ${wanPeerIps(ctx).join(', ') || 'the hubs across the WAN'}, SuppressXAnonymousTls True.`,
  }),
};
