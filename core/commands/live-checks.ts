import { exchangeAtLeast, type Hub } from '../site';
import { quotePowerShell } from '../quote';

/*
 * Read-only checks of a hub's live configuration, run by the install script before any change
 * and in a -WhatIf dry run too. Every line is PowerShell 1.0 (Exchange 2007) safe: no -join,
 * -split, try/catch, -in or [ordered]. Flags values (PermissionGroups, AuthMechanism) are read as
 * the comma-separated names [string] gives on a live enum and on 2010+'s deserialised value alike.
 */

const names = (variable: string, property: string) =>
  `@(([string]${variable}.${property}).Split(',') | ForEach-Object { $_.Trim() })`;

const stop = (message: string) => `throw ${quotePowerShell(message)}`;

/**
 * The CryptoAPI SHA-2 hotfixes for Windows Server 2003: KB938397 (Microsoft's article: CAPI2 on
 * 2003 cannot validate SHA-2 signed certificates, certutil reports 0x80096004) and KB968730, which
 * secondary sources say replaces it (docs/domain.md §14).
 */
export const windows2003Sha2Hotfixes = ['KB938397', 'KB968730'] as const;

/** The install script switch that lets an engineer confirm a later update that contains the fix. */
export const sha2ConfirmedSwitch = 'Sha2UpdateConfirmed';

/**
 * Windows Server 2003 only: stops before any change (warns in a dry run) when neither SHA-2 hotfix
 * is installed. Get-HotFix is not in PowerShell 1.0, so it reads Win32_QuickFixEngineering through
 * WMI, which is. A later update that contains the fix is not always listed there: the engineer
 * who has checked with certutil says so with -Sha2UpdateConfirmed.
 */
export function windows2003Sha2CheckLines(hub: Hub): string[] {
  const filter = windows2003Sha2Hotfixes.map((kb) => `HotFixID='${kb}'`).join(' OR ');
  const message = `${hub.netbiosName} runs Windows Server 2003 and neither ${windows2003Sha2Hotfixes.join(' nor ')} (the CryptoAPI SHA-2 hotfix) is installed: without it Windows cannot validate the SHA-256 signatures of the new certificates (certutil -verify reports 0x80096004). Install the hotfix (request it from Microsoft; it is not on Windows Update), restart, and run this script again. If a later update that contains it is installed, check that certutil -verify of this hub's .cer does not report 0x80096004, then run the script with -${sha2ConfirmedSwitch}. Nothing was changed.`;
  return [
    `# Windows Server 2003: SHA-256 signatures need ${windows2003Sha2Hotfixes.join(' or ')} (read only).`,
    `$Sha2Fixes = @(Get-WmiObject -Class Win32_QuickFixEngineering -Filter ${quotePowerShell(filter)} | Where-Object { $_.HotFixID })`,
    `if ($Sha2Fixes.Count -eq 0 -and -not $${sha2ConfirmedSwitch}) { if ($WhatIf) { Write-Host ${quotePowerShell(`WARNING: ${message}`)} -ForegroundColor Yellow } else { ${stop(message)} } }`,
  ];
}

/** Stops when the script is not elevated (the computer certificate stores need it); warns in a dry run. */
export function elevationCheckLines(): string[] {
  const message =
    'Run the Exchange Management Shell as administrator (right-click, Run as administrator): the computer certificate stores need it';
  return [
    '$IsAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)',
    `if (-not $IsAdmin) { if ($WhatIf) { Write-Host ${quotePowerShell(`WARNING: ${message}.`)} -ForegroundColor Yellow } else { ${stop(message)} } }`,
  ];
}

/**
 * Reads the receive connector the runbook will change and stops when it takes anonymous mail
 * (AnonymousUsers present): clearing it would stop Internet mail, so the site's answer is wrong.
 */
export function receiveConnectorAnonymousCheckLines(hub: Hub, connectorName: string): string[] {
  const id = `${hub.netbiosName}\\${connectorName}`;
  return [
    `$LiveReceive = Get-ReceiveConnector -Identity ${quotePowerShell(id)}`,
    `if (${names('$LiveReceive', 'PermissionGroups')} -contains 'AnonymousUsers') { ${stop(
      `${id} has Anonymous users: it takes anonymous (Internet) mail, which clearing it would stop. Answer "takes anonymous mail: yes" for ${hub.netbiosName} in the app (the runbook then makes a dedicated Partner connector) and export the bundle again. Nothing was changed.`,
    )} }`,
  ];
}

/**
 * Reads the receive connector that will carry domain security: TLS must be offered, and
 * ExternalAuthoritative (which trusts every sender on the connector) must not be set; on 2013+ it
 * must be a Frontend connector (a HubTransport one on 2525 never sees partner mail).
 */
export function receiveConnectorSecurityCheckLines(hub: Hub, connectorName: string): string[] {
  const id = `${hub.netbiosName}\\${connectorName}`;
  const lines = [
    `$LiveReceive = Get-ReceiveConnector -Identity ${quotePowerShell(id)}`,
    `$LiveAuth = ${names('$LiveReceive', 'AuthMechanism')}`,
    `if ($LiveAuth -notcontains 'Tls') { ${stop(`${id} does not offer TLS (AuthMechanism has no Tls): add Transport Layer Security on its Authentication settings first. Nothing was changed.`)} }`,
    `if ($LiveAuth -contains 'ExternalAuthoritative') { ${stop(`${id} is set to Externally secured (ExternalAuthoritative): domain security cannot be layered on it. Use a dedicated Partner connector. Nothing was changed.`)} }`,
  ];
  if (exchangeAtLeast(hub.exchangeVersion, '2013')) {
    lines.push(
      `if ([string]$LiveReceive.TransportRole -eq 'HubTransport') { ${stop(`${id} is a HubTransport connector (port 2525, mail inside the organisation only): partner mail arrives on a Frontend connector. Correct the receive connector in the app. Nothing was changed.`)} }`,
    );
  }
  return lines;
}

/**
 * Reads the send connector domain security will be enabled on: it needs DNS (MX) routing with no
 * smart host, STARTTLS not ignored, and a Fqdn (if set) that the hub certificate carries.
 */
export function sendConnectorCheckLines(
  connectorName: string,
  certificateNames: readonly string[],
): string[] {
  const id = quotePowerShell(connectorName);
  const allowed = certificateNames.map(quotePowerShell).join(',');
  return [
    `$LiveSend = Get-SendConnector -Identity ${id}`,
    `if ([string]$LiveSend.SmartHosts -ne '' -or -not $LiveSend.DNSRoutingEnabled) { ${stop(`Send connector ${connectorName} routes through a smart host: domain security needs DNS (MX) routing to the partner. Change the routing first. Nothing was changed.`)} }`,
    `if ($LiveSend.IgnoreSTARTTLS) { ${stop(`Send connector ${connectorName} has IgnoreSTARTTLS set: TLS would never be attempted. Clear it first. Nothing was changed.`)} }`,
    `if ([string]$LiveSend.Fqdn -ne '' -and @(${allowed}) -notcontains [string]$LiveSend.Fqdn) { throw (${quotePowerShell(`Send connector ${connectorName} announces an FQDN the new certificate does not carry (it carries ${certificateNames.join(', ')}): `)} + $LiveSend.Fqdn) }`,
  ];
}
