import { quotePowerShell } from '../quote';
import { exchangeAtLeast, type ExchangeVersion, type Hub } from '../site';
import type { Command } from './types';

/** The dedicated receive connector that takes the hubs across the WAN without TLS. */
const downgradedConnectorName = 'WAN optimised (downgraded auth)';

/**
 * Microsoft's procedure for WAN optimisers (Exchange 2010 "Suppress Anonymous TLS Connections",
 * 2013 "Disable TLS between Active Directory sites", dd876856; docs/domain.md §15): downgraded
 * Exchange Server authentication on the hub, a dedicated Internal receive connector scoped to the
 * hubs that reach this one through the WAN, and X-ANONYMOUSTLS suppressed on that connector only.
 */
export function downgradedAuthCommands(
  version: ExchangeVersion,
  hub: Hub,
  wanPeerIps: readonly string[],
): Command[] {
  const server = quotePowerShell(hub.netbiosName);
  const transport = exchangeAtLeast(version, '2013')
    ? 'Set-TransportService'
    : 'Set-TransportServer';
  const first: Command = {
    shell: 'powershell',
    label: 'Use downgraded Exchange Server authentication on this hub',
    command: `${transport} ${server} -UseDowngradedExchangeServerAuth $true`,
    status: 'verified',
  };
  if (wanPeerIps.length === 0) {
    return [
      first,
      {
        shell: 'powershell',
        label: 'The addresses of the hubs across the WAN are missing',
        command: `throw ${quotePowerShell(`Add the IP addresses of the hubs that reach ${hub.netbiosName} through the SteelHeads to the site before creating the WAN receive connector`)}`,
        status: 'verified',
      },
    ];
  }
  const id = quotePowerShell(`${hub.netbiosName}\\${downgradedConnectorName}`);
  const name = quotePowerShell(downgradedConnectorName);
  const ranges = wanPeerIps.map(quotePowerShell).join(',');
  const connector: Command = exchangeAtLeast(version, '2013')
    ? {
        shell: 'powershell',
        label:
          'A dedicated receive connector for the hubs across the WAN only, in the Transport service on port 2525 where hub-to-hub mail arrives (the Internal usage type: Exchange servers, TLS and Exchange Server authentication)',
        // The 2013 article's -Internal form binds 0.0.0.0:25 and takes no -Bindings: on 2013+ no
        // hub-to-hub connection reaches port 25 (the Front End service holds it). The same
        // settings, placed beside Default <SERVER> and scoped by RemoteIPRanges (§15, inferred).
        command: `New-ReceiveConnector -Name ${name} -Server ${server} -TransportRole HubTransport -Custom -Bindings '0.0.0.0:2525' -RemoteIPRanges ${ranges} -PermissionGroups 'ExchangeServers,ExchangeLegacyServers' -AuthMechanism 'Tls,ExchangeServer'`,
        status: 'partial',
      }
    : {
        shell: 'powershell',
        label: 'A dedicated Internal receive connector for the hubs across the WAN only',
        command: `New-ReceiveConnector -Name ${name} -Server ${server} -RemoteIPRanges ${ranges} -Internal`,
        // Microsoft's form; the 2010 article was read to step 1 only (partial, §15).
        status: 'partial',
      };
  return [
    first,
    connector,
    {
      shell: 'powershell',
      label: 'Turn TLS off on that connector only (X-ANONYMOUSTLS suppressed)',
      command: `Set-ReceiveConnector -Identity ${id} -SuppressXAnonymousTLS $true`,
      status: 'verified',
    },
  ];
}

/** Read only: the AD sites and site links the engineer checks (hub sites, least-cost path). */
export function adSiteReviewCommands(): Command[] {
  return [
    {
      shell: 'powershell',
      label: 'List the Active Directory sites and whether each is a hub site',
      command: 'Get-AdSite | Format-Table Name,HubSiteEnabled -AutoSize',
      status: 'verified',
    },
    {
      shell: 'powershell',
      label: 'List the site links and their costs (the WAN link must be the least-cost path)',
      command: 'Get-AdSiteLink | Format-Table Name,Cost,ExchangeCost,Sites -AutoSize',
      status: 'partial',
    },
  ];
}

/** The connector as the verification shows it (2013+: also which service and port it is on). */
export function showDowngradedConnectorCommand(version: ExchangeVersion, hub: Hub): Command {
  const role = exchangeAtLeast(version, '2013') ? 'TransportRole,' : '';
  return {
    shell: 'powershell',
    label: 'Show the WAN receive connector',
    command: `Get-ReceiveConnector -Identity ${quotePowerShell(`${hub.netbiosName}\\${downgradedConnectorName}`)} | Format-List Identity,${role}Bindings,RemoteIPRanges,SuppressXAnonymousTls,PermissionGroups`,
    status: 'verified',
  };
}
