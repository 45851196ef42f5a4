import { exchangeAtLeast, type Hub } from '../site';
import { quotePowerShell } from '../quote';
import type { Command } from './types';

/*
 * Read-only commands that show mail really arrived domain-secured, not just delivered: the
 * receive connector's protocol logging and the lines the partner's sessions left in the newest
 * receive protocol log. PowerShell 1.0 safe (Exchange 2007): no -join, try/catch or -in.
 */

/** The receive connector's protocol logging level (None writes no log to read). */
export function showProtocolLoggingCommand(hub: Hub, connectorName: string): Command {
  return {
    shell: 'powershell',
    label: 'Show whether the receive connector writes a protocol log',
    command: `Get-ReceiveConnector -Identity ${quotePowerShell(`${hub.netbiosName}\\${connectorName}`)} | Format-List Identity,ProtocolLoggingLevel`,
    status: 'verified',
  };
}

/**
 * The service whose ReceiveProtocolLogPath holds the connector's log: the hub transport server on
 * 2007/2010; on 2013+ the Front End Transport service for a Frontend connector.
 */
function logPathExpression(hub: Hub): string {
  const server = quotePowerShell(hub.netbiosName);
  return exchangeAtLeast(hub.exchangeVersion, '2013')
    ? `[string](Get-FrontendTransportService -Identity ${server}).ReceiveProtocolLogPath`
    : `[string](Get-TransportServer -Identity ${server}).ReceiveProtocolLogPath`;
}

/** The partner hubs' lines in the newest receive protocol log (the sessions of the test message). */
export function partnerSessionLogCommand(hub: Hub, partnerIps: readonly string[]): Command {
  const patterns = partnerIps.map(quotePowerShell).join(',');
  const none = quotePowerShell(
    'No receive protocol log found: set ProtocolLoggingLevel Verbose on the connector, send the test message again and rerun this. Folder: ',
  );
  return {
    shell: 'powershell',
    label: "Show the partner hubs' sessions in the newest receive protocol log",
    command: [
      `$LogPath = ${logPathExpression(hub)}`,
      "$Log = Get-ChildItem -Path $LogPath -Filter '*.LOG' | Sort-Object LastWriteTime -Descending | Select-Object -First 1",
      `if (-not $Log) { Write-Host (${none} + $LogPath) -ForegroundColor Yellow } else { Select-String -Path $Log.FullName -Pattern ${patterns} -SimpleMatch | Select-Object -Last 40 }`,
    ].join('\n'),
    // The cmdlets and properties are documented; what the log lines say was not seen here.
    status: 'partial',
  };
}
