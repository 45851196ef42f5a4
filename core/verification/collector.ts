import { collectorScriptName } from '../certificates/bundle-layout';
import { formatDateTime } from '../dates';
import type { Plan } from '../plan/types';
import { quotePowerShell } from '../quote';
import { COLLECTOR_FORMAT } from './collected';
import { expectationsForHub, type ExpectationInputs } from './expectations';

const list = (values: readonly string[]) =>
  values.length === 0 ? '@()' : `@(${values.map(quotePowerShell).join(', ')})`;

/**
 * The body shared by every hub. Read-only by construction: Get-* cmdlets, in-memory objects
 * (New-Object, Add-Member) and one Export-Clixml of them; nothing reads a private key (only the
 * HasPrivateKey flag). PowerShell 1.0 syntax only (Exchange 2007): trap, not try/catch; no
 * -split/-join, no [pscustomobject], no ConvertTo-Json, no $PSScriptRoot (tests hold it so).
 */
const body = [
  '# On 2010 and later the Exchange cmdlets are implicit-remoting functions that read the global',
  "# error preference, so 'Stop' is set there too (the caller's value is put back at the end).",
  '$script:CallerErrorAction = $global:ErrorActionPreference',
  "$global:ErrorActionPreference = 'Stop'",
  "$ErrorActionPreference = 'Stop'",
  '# Whatever stops the script (a full or write-protected stick), the shell gets its preference back.',
  "trap { $global:ErrorActionPreference = $script:CallerErrorAction; Write-Host ('Collector stopped: ' + $_) -ForegroundColor Red; break }",
  '$Here = Split-Path -Parent $MyInvocation.MyCommand.Path',
  '$script:Records = @()',
  '$Invariant = [System.Globalization.CultureInfo]::InvariantCulture',
  '',
  'function New-StateRecord([string]$Kind) {',
  '  $Record = New-Object PSObject',
  '  Add-Member -InputObject $Record -MemberType NoteProperty -Name Kind -Value $Kind',
  '  $Record',
  '}',
  'function Add-StateField($Record, [string]$Name, $Value) {',
  '  Add-Member -InputObject $Record -MemberType NoteProperty -Name $Name -Value $Value',
  '}',
  '# A multi-valued property as an array of strings (the comma keeps an empty or one-item array).',
  'function Get-StateNames($Value) {',
  '  $Names = @()',
  '  foreach ($Item in @($Value)) { if ($Item -ne $null) { $Names += [string]$Item } }',
  '  ,$Names',
  '}',
  'function Get-StateDate($Value) {',
  '  if ($Value -eq $null) { return $null }',
  "  ([datetime]$Value).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', $Invariant)",
  '}',
  '# One value that may fail to read (it becomes empty, the file is still written).',
  'function Get-StateValue([scriptblock]$Block) {',
  '  $script:StateValue = $null',
  '  & { trap { continue }; $script:StateValue = & $Block }',
  '  $script:StateValue',
  '}',
  '# One section: its records, and a mark saying whether it was read in full.',
  'function Get-StateSection([string]$Name, [scriptblock]$Block) {',
  '  $script:StateFailed = $false',
  '  $script:StateItems = @()',
  "  & { trap { $script:StateFailed = $true; Write-Warning ($Name + ' could not be read: ' + $_); continue }; $script:StateItems = @(& $Block) }",
  "  $Mark = New-StateRecord 'section'",
  "  Add-StateField $Mark 'Name' $Name",
  "  Add-StateField $Mark 'Ok' (-not $script:StateFailed)",
  '  $script:Records += $Mark',
  '  if (-not $script:StateFailed) { $script:Records += $script:StateItems }',
  '}',
  '',
  "$Head = New-StateRecord 'collector'",
  `Add-StateField $Head 'Format' ${quotePowerShell(COLLECTOR_FORMAT)}`,
  "Add-StateField $Head 'Server' $env:COMPUTERNAME",
  "Add-StateField $Head 'Fqdn' (Get-StateValue { [System.Net.Dns]::GetHostByName($env:COMPUTERNAME).HostName })",
  "Add-StateField $Head 'ExchangeBuild' (Get-StateValue { [string](Get-ExchangeServer -Identity $env:COMPUTERNAME).AdminDisplayVersion })",
  "Add-StateField $Head 'Windows' (Get-StateValue { [string](Get-WmiObject Win32_OperatingSystem).Caption })",
  "Add-StateField $Head 'PowerShell' ([string]$Host.Version)",
  "Add-StateField $Head 'CollectedAt' (Get-StateDate (Get-Date))",
  '$script:Records += $Head',
  '',
  "Get-StateSection 'certificates' {",
  '  foreach ($Cert in @(GET_CERTIFICATES)) {',
  "    $R = New-StateRecord 'certificate'",
  "    Add-StateField $R 'Thumbprint' ([string]$Cert.Thumbprint)",
  "    Add-StateField $R 'Subject' ([string]$Cert.Subject)",
  "    Add-StateField $R 'FriendlyName' ([string]$Cert.FriendlyName)",
  "    Add-StateField $R 'Domains' (Get-StateNames $Cert.CertificateDomains)",
  "    Add-StateField $R 'Services' ([string]$Cert.Services)",
  "    Add-StateField $R 'NotBefore' (Get-StateDate $Cert.NotBefore)",
  "    Add-StateField $R 'NotAfter' (Get-StateDate $Cert.NotAfter)",
  '    $Size = $Cert.PublicKeySize',
  '    if ($Size -eq $null -and $Cert.PublicKey -ne $null -and $Cert.PublicKey.Key -ne $null) { $Size = $Cert.PublicKey.Key.KeySize }',
  "    Add-StateField $R 'KeySize' $Size",
  "    Add-StateField $R 'HasPrivateKey' ([bool]$Cert.HasPrivateKey)",
  '    $R',
  '  }',
  '}',
  "Get-StateSection 'receiveConnectors' {",
  '  foreach ($C in @(Get-ReceiveConnector -Server $env:COMPUTERNAME)) {',
  "    $R = New-StateRecord 'receive'",
  "    Add-StateField $R 'Identity' ([string]$C.Identity)",
  "    Add-StateField $R 'Name' ([string]$C.Name)",
  "    Add-StateField $R 'Bindings' (Get-StateNames $C.Bindings)",
  "    Add-StateField $R 'RemoteIPRanges' (Get-StateNames $C.RemoteIPRanges)",
  "    Add-StateField $R 'PermissionGroups' ([string]$C.PermissionGroups)",
  "    Add-StateField $R 'AuthMechanism' ([string]$C.AuthMechanism)",
  "    Add-StateField $R 'DomainSecureEnabled' ([bool]$C.DomainSecureEnabled)",
  "    Add-StateField $R 'Fqdn' ([string]$C.Fqdn)",
  "    Add-StateField $R 'TransportRole' ([string]$C.TransportRole)",
  '    $R',
  '  }',
  '}',
  "Get-StateSection 'sendConnectors' {",
  '  foreach ($C in @(Get-SendConnector)) {',
  "    $R = New-StateRecord 'send'",
  "    Add-StateField $R 'Name' ([string]$C.Name)",
  "    Add-StateField $R 'AddressSpaces' (Get-StateNames $C.AddressSpaces)",
  "    Add-StateField $R 'SmartHosts' (Get-StateNames $C.SmartHosts)",
  "    Add-StateField $R 'DNSRoutingEnabled' ([bool]$C.DNSRoutingEnabled)",
  "    Add-StateField $R 'IgnoreSTARTTLS' ([bool]$C.IgnoreSTARTTLS)",
  "    Add-StateField $R 'DomainSecureEnabled' ([bool]$C.DomainSecureEnabled)",
  "    Add-StateField $R 'Fqdn' ([string]$C.Fqdn)",
  '    $R',
  '  }',
  '}',
  "Get-StateSection 'transportConfig' {",
  '  $T = Get-TransportConfig',
  "  $R = New-StateRecord 'transport'",
  "  Add-StateField $R 'TLSSendDomainSecureList' (Get-StateNames $T.TLSSendDomainSecureList)",
  "  Add-StateField $R 'TLSReceiveDomainSecureList' (Get-StateNames $T.TLSReceiveDomainSecureList)",
  '  $R',
  '}',
  "Get-StateSection 'rootStore' {",
  '  foreach ($Root in @(Get-ChildItem Cert:\\LocalMachine\\Root)) {',
  '    if (($RootThumbprints -contains $Root.Thumbprint) -or ($RootSubjects -contains $Root.Subject)) {',
  "      $R = New-StateRecord 'root'",
  "      Add-StateField $R 'Thumbprint' ([string]$Root.Thumbprint)",
  "      Add-StateField $R 'Subject' ([string]$Root.Subject)",
  "      Add-StateField $R 'NotAfter' (Get-StateDate $Root.NotAfter)",
  '      $R',
  '    }',
  '  }',
  '}',
  '',
  "$Stamp = (Get-Date).ToUniversalTime().ToString('yyyyMMddTHHmmssZ', $Invariant)",
  "$OutFile = Join-Path $Here ('state-' + $Expected + '-' + $Stamp + '.xml')",
  '$script:Records | Export-Clixml -Path $OutFile',
  '$global:ErrorActionPreference = $script:CallerErrorAction',
  "Write-Host ('Wrote ' + $OutFile + '. Read it in the app: Read server states from the stick.')",
];

/**
 * The collector for one hub: the body above, with the hub's name and the Trusted Root entries
 * that matter (the expectations' own thumbprints and subjects, so the two cannot drift).
 */
export function collectorScript(
  plan: Plan,
  hubId: string,
  inputs: ExpectationInputs,
  now: Date,
): string {
  const hub = plan.site.hubs.find((h) => h.id === hubId);
  if (!hub) throw new Error(`no hub ${hubId} in this plan`);
  const roots = expectationsForHub(plan, hubId, inputs).flatMap((e) =>
    e.rule.kind === 'root-trusted' ? [e.rule] : [],
  );
  const thumbprints = [...new Set(roots.flatMap((r) => (r.thumbprint ? [r.thumbprint] : [])))];
  const subjects = [...new Set(roots.map((r) => r.subject))];
  return [
    `# ${collectorScriptName(hub)}: reads the state of ${hub.netbiosName} for Secure SMTP Runbook. It changes nothing.`,
    `# Written ${formatDateTime(now)}. Run it in the Exchange Management Shell on ${hub.netbiosName},`,
    '# before the work and again after it. It writes state-<server>-<time>.xml next to itself',
    '# (certificates by thumbprint, connectors, the secure lists, the Trusted Root entries below).',
    '# It never reads or writes a private key: only whether one is present.',
    `$Expected = ${quotePowerShell(hub.netbiosName)}`,
    `if ($env:COMPUTERNAME -ne $Expected) { Write-Warning ('This collector is for ' + $Expected + ', not ' + $env:COMPUTERNAME + ': run collect-' + $env:COMPUTERNAME + '.ps1 there.'); exit 1 }`,
    `$RootThumbprints = ${list(thumbprints)}`,
    `$RootSubjects = ${list(subjects)}`,
    // On 2010 and later the shell may be connected to another server: ask for this one's.
    ...body.map((l) =>
      l.replace(
        'GET_CERTIFICATES',
        (hub.exchangeVersion ?? plan.site.exchangeVersion) === '2007'
          ? 'Get-ExchangeCertificate'
          : 'Get-ExchangeCertificate -Server $env:COMPUTERNAME',
      ),
    ),
    '',
  ].join('\r\n');
}
