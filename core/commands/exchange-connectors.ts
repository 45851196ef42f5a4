import { exchangeAtLeast, type ExchangeVersion, type Hub } from '../site';
import { quotePowerShell } from '../quote';
import type { Command } from './types';

/** `Server\Connector`: receive connectors are per server, so the identity always names it. */
function receiveConnectorIdentity(hub: Hub, connectorName: string): string {
  return quotePowerShell(`${hub.netbiosName}\\${connectorName}`);
}

/** The name we give a dedicated Partner receive connector. */
export const partnerConnectorName = 'Secure SMTP Partners';

/**
 * Shows a receive connector's security settings (to record before and check after). From 2013 on
 * it also shows TransportRole, so a HubTransport connector (port 2525, inside the organisation)
 * cannot pass for the Frontend one that partner mail arrives on.
 */
export function showReceiveConnectorCommand(hub: Hub, connectorName: string): Command {
  const role = exchangeAtLeast(hub.exchangeVersion, '2013') ? 'TransportRole,' : '';
  return {
    shell: 'powershell',
    label: 'Show the receive connector settings',
    command: `Get-ReceiveConnector -Identity ${receiveConnectorIdentity(hub, connectorName)} | Format-List Identity,${role}Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups,DomainSecureEnabled`,
    status: 'verified',
  };
}

/**
 * Seed step: add Partners (DOMAIN.md §1.8) as a read-modify-write, so every other group already on
 * the connector (Custom included) stays. Anonymous users is never cleared here: a connector that
 * has it takes anonymous mail, so the command stops instead (the install script's live checks stop
 * earlier, before any change). The flags value reads as a comma-separated list of names on every
 * version (2007's live enum and the deserialised value of 2010+ implicit remoting alike, via
 * [string]); a name that is not a plain word stops the step instead of being written back. The
 * list is joined with [string]::Join, as -join does not exist in PowerShell 1.0 (Exchange 2007).
 */
export function setPartnerPermissionCommands(hub: Hub, connectorName: string): Command[] {
  const identity = receiveConnectorIdentity(hub, connectorName);
  const unexpected = quotePowerShell(
    `PermissionGroups of ${hub.netbiosName}\\${connectorName} did not read as names: set them in the console. Value: `,
  );
  const anonymous = quotePowerShell(
    `${hub.netbiosName}\\${connectorName} has Anonymous users, so it takes anonymous (Internet) mail: answer "takes anonymous mail: yes" for ${hub.netbiosName} in the app; nothing was changed.`,
  );
  return [
    showReceiveConnectorCommand(hub, connectorName),
    {
      shell: 'powershell',
      label:
        'Add Partners, keeping the other permission groups (stops if Anonymous users is on it)',
      command: [
        `$Connector = Get-ReceiveConnector -Identity ${identity}`,
        "$Groups = @(([string]$Connector.PermissionGroups).Split(',') | ForEach-Object { $_.Trim() } | Where-Object { $_ -ne '' -and $_ -ne 'None' })",
        `if ($Groups -contains 'AnonymousUsers') { throw ${anonymous} }`,
        `$Groups | ForEach-Object { if ($_ -notmatch '^[A-Za-z]+$') { throw (${unexpected} + $_) } }`,
        "if ($Groups -notcontains 'Partners') { $Groups += 'Partners' }",
        `Set-ReceiveConnector -Identity ${identity} -PermissionGroups ([string]::Join(',', $Groups))`,
      ].join('\n'),
      // Each cmdlet and group name is documented; this read-modify-write was not run on Exchange.
      status: 'partial',
    },
  ];
}

/**
 * A dedicated Partner receive connector on port 25 scoped to the partner hubs' addresses, so the
 * Internet-facing default connector keeps its Anonymous users (DOMAIN.md §1.8, pitfall 6).
 */
export function newPartnerConnectorCommands(
  version: ExchangeVersion,
  hub: Hub,
  partnerIps: readonly string[],
): Command[] {
  if (partnerIps.length === 0) {
    return [
      {
        shell: 'powershell',
        label: 'Partner IP addresses are missing',
        command: `throw ${quotePowerShell('Add the partner hubs\u2019 IP addresses to the site before creating the Partner connector')}`,
        status: 'verified',
      },
    ];
  }
  const ranges = partnerIps.map(quotePowerShell).join(',');
  const name = quotePowerShell(partnerConnectorName);
  const server = quotePowerShell(hub.netbiosName);
  // 2007 takes a usage type; 2010+ has the -Partner switch; 2013+ puts port 25 on Frontend Transport.
  const usage = version === '2007' ? '-Usage Partner' : '-Partner';
  const role = exchangeAtLeast(version, '2013') ? ' -TransportRole FrontendTransport' : '';
  return [
    {
      shell: 'powershell',
      label:
        'Create a Partner receive connector for the partner hubs only, turned off until the partner organisation is ready',
      // Disabled: once on, it takes every session from the partner hubs (the narrowest
      // RemoteIPRanges wins) and refuses any that is not domain-secured, so partner mail keeps
      // arriving where it does today until the engineer turns it on (partner-connector-enable).
      command: `New-ReceiveConnector -Name ${name} -Server ${server}${role} ${usage} -Bindings '0.0.0.0:25' -RemoteIPRanges ${ranges} -Enabled $false`,
      status: version === '2007' ? 'partial' : 'verified',
    },
  ];
}

/** Turns on domain security (mutual TLS) on a receive connector — never the seed's misspelling. */
export function receiveDomainSecureCommands(hub: Hub, connectorName: string): Command[] {
  return [
    {
      shell: 'powershell',
      label: 'Enable domain security on the receive connector',
      command: `Set-ReceiveConnector -Identity ${receiveConnectorIdentity(hub, connectorName)} -DomainSecureEnabled $true`,
      status: 'verified',
    },
  ];
}

/** Shows the send connector fields domain security depends on (DOMAIN.md §1.2). */
export function showSendConnectorCommand(connectorName: string): Command {
  return {
    shell: 'powershell',
    label: 'Show the send connector settings',
    command: `Get-SendConnector -Identity ${quotePowerShell(connectorName)} | Format-List Name,DomainSecureEnabled,DNSRoutingEnabled,SmartHosts,IgnoreSTARTTLS,AddressSpaces`,
    status: 'verified',
  };
}

/** Turns on domain security on a send connector (organisation object; re-running is harmless). */
export function sendDomainSecureCommands(connectorName: string): Command[] {
  return [
    {
      shell: 'powershell',
      label: 'Enable domain security on the send connector',
      command: `Set-SendConnector -Identity ${quotePowerShell(connectorName)} -DomainSecureEnabled $true`,
      status: 'verified',
    },
  ];
}

/** Turns the Partner connector on (or, with `false`, off again: the way back). */
export function setPartnerConnectorEnabledCommand(hub: Hub, enabled: boolean): Command {
  return {
    shell: 'powershell',
    label: enabled
      ? 'Turn the Partner connector on'
      : 'To go back: turn it off again (partner mail returns to the connector it used before)',
    command: `Set-ReceiveConnector -Identity ${receiveConnectorIdentity(hub, partnerConnectorName)} -Enabled ${enabled ? '$true' : '$false'}`,
    status: 'verified',
  };
}

/** Shows whether the Partner connector is on, with the settings it takes partner mail with. */
export function showPartnerConnectorEnabledCommand(hub: Hub): Command {
  return {
    shell: 'powershell',
    label: 'Show the Partner connector',
    command: `Get-ReceiveConnector -Identity ${receiveConnectorIdentity(hub, partnerConnectorName)} | Format-List Identity,${exchangeAtLeast(hub.exchangeVersion, '2013') ? 'TransportRole,' : ''}Bindings,Enabled,RemoteIPRanges,PermissionGroups,DomainSecureEnabled`,
    status: 'verified',
  };
}
