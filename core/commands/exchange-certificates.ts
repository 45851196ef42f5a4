import { exchangeAtLeast, type ExchangeVersion, type Hub } from '../site';
import { quotePowerShell } from '../quote';
import { pfxPath } from '../certificates/bundle-layout';
import { certificateFriendlyName, certificateSubject } from '../certificates/spec';
import { psBundlePath } from './paths';
import type { Command, CommandOptions } from './types';

const thumbprintPattern = /^[0-9A-Fa-f]{40}$/u;

/** Sets $PfxPassword by prompting, so the password is never written into a file or history. */
function pfxPasswordPrompt(hub: Hub): string {
  return `$PfxPassword = Read-Host ${quotePowerShell(`Password of ${hub.fqdn}.pfx`)} -AsSecureString`;
}

/** Import-ExchangeCertificate with the file parameter this version has (DOMAIN.md §1.5, §1.12). */
export function importPfxCommands(
  version: ExchangeVersion,
  hub: Hub,
  options: CommandOptions,
): Command[] {
  const file = psBundlePath(options, pfxPath(hub));
  const friendly = quotePowerShell(certificateFriendlyName(hub));
  // 2007 only knows -Path; 2010 on take -FileData, the one form every later build still has.
  const source =
    version === '2007' ? `-Path ${file}` : `-FileData ([System.IO.File]::ReadAllBytes(${file}))`;
  return [
    {
      shell: 'powershell',
      label: 'Import the PFX into the local computer Personal store',
      command: [
        pfxPasswordPrompt(hub),
        `Import-ExchangeCertificate ${source} -Password $PfxPassword -FriendlyName ${friendly}`,
      ].join('\n'),
      // -Path and -Password are documented for 2007; -FriendlyName there only in Microsoft's examples.
      status: version === '2007' ? 'partial' : 'verified',
    },
  ];
}

/**
 * Sets $Thumbprint: from the certificate metadata when known, else looked up by subject among
 * the certificates Exchange sees, newest first, stopping if none is found.
 */
function thumbprintAssignment(hub: Hub, options: CommandOptions): string {
  const known = options.thumbprints[hub.id];
  if (known !== undefined && thumbprintPattern.test(known)) {
    return `$Thumbprint = ${quotePowerShell(known.toUpperCase())}`;
  }
  const subject = quotePowerShell(certificateSubject(hub));
  return [
    `$Cert = Get-ExchangeCertificate | Where-Object { $_.Subject -eq ${subject} } | Sort-Object NotBefore -Descending | Select-Object -First 1`,
    `if (-not $Cert) { throw ${quotePowerShell(`No certificate with subject ${certificateSubject(hub)} found: import ${hub.fqdn}.pfx first`)} }`,
    '$Thumbprint = $Cert.Thumbprint',
  ].join('\n');
}

/**
 * Enable-ExchangeCertificate for SMTP. With `overwriteDefault` the certificate also becomes the
 * default SMTP (internal transport) certificate: -Force answers the overwrite prompt Yes, as the
 * plan decided (core/procedure/default-smtp.ts). Without it -Force is left out, so the prompt
 * waits for the engineer's No (-Force would answer Yes silently).
 */
export function enableSmtpCommands(
  hub: Hub,
  options: CommandOptions,
  overwriteDefault: boolean,
): Command[] {
  return [
    {
      shell: 'powershell',
      label: overwriteDefault
        ? 'Bind the certificate to SMTP and make it the default SMTP certificate (-Force answers the overwrite prompt Yes)'
        : 'Bind the certificate to SMTP (answer No to the overwrite prompt: SMTP is enabled either way)',
      command: [
        thumbprintAssignment(hub, options),
        `Enable-ExchangeCertificate -Thumbprint $Thumbprint -Services SMTP${overwriteDefault ? ' -Force' : ''}`,
      ].join('\n'),
      // The 2007 form is shown in community examples; the 2007 reference page was not retrieved.
      status: hub.exchangeVersion === '2007' ? 'partial' : 'verified',
    },
  ];
}

/**
 * Shows which certificate the hub presents to other Exchange servers of its organisation: the
 * Server object's InternalTransportCertificateThumbprint (documented for the 2010 and 2013 API;
 * that Get-ExchangeServer prints it on every version is not confirmed here).
 */
export function showInternalTransportCertificateCommand(hub: Hub): Command {
  return {
    shell: 'powershell',
    label: 'Show the default SMTP (internal transport) certificate of the hub',
    command: `Get-ExchangeServer -Identity ${quotePowerShell(hub.netbiosName)} | Format-List Name,InternalTransportCertificateThumbprint`,
    status: 'partial',
  };
}

/** Microsoft's own check that the certificate is present and bound to SMTP (DOMAIN.md §1.7). */
export function showCertificatesCommand(): Command {
  return {
    shell: 'powershell',
    label: 'List the Exchange certificates with their services',
    command:
      'Get-ExchangeCertificate | Format-List FriendlyName,Subject,CertificateDomains,Thumbprint,Services,NotAfter,HasPrivateKey',
    status: 'verified',
  };
}

/** Whether this version can import a PFX in its graphical console at all (DOMAIN.md §1.12). */
export function hasCertificateImportGui(version: ExchangeVersion): boolean {
  return version !== '2007' && !exchangeAtLeast(version, '2016-2019-se');
}
