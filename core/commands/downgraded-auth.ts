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
  return [
    first,
    {
      shell: 'powershell',
      label: 'A dedicated Internal receive connector for the hubs across the WAN only',
      command: `New-ReceiveConnector -Name ${quotePowerShell(downgradedConnectorName)} -Server ${server} -RemoteIPRanges ${wanPeerIps.map(quotePowerShell).join(',')} -Internal`,
      // Verbatim from the 2013 article; on 2010 the same -Internal switch set as -Partner (partial).
      status: exchangeAtLeast(version, '2013') ? 'verified' : 'partial',
    },
    {
      shell: 'powershell',
      label: 'Turn TLS off on that connector only (X-ANONYMOUSTLS suppressed)',
      command: `Set-ReceiveConnector ${id} -SuppressXAnonymousTLS $true`,
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

/** The connector as the verification shows it. */
export function showDowngradedConnectorCommand(hub: Hub): Command {
  return {
    shell: 'powershell',
    label: 'Show the WAN receive connector',
    command: `Get-ReceiveConnector ${quotePowerShell(`${hub.netbiosName}\\${downgradedConnectorName}`)} | Format-List Name,RemoteIPRanges,SuppressXAnonymousTls,PermissionGroups`,
    status: 'verified',
  };
}
