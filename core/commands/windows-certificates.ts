import { hasPkiModule, managementShellEngine, type Hub } from '../site';
import { quotePowerShell } from '../quote';
import { cerPath, pfxPath, siteCaCerPath } from '../certificates/bundle-layout';
import { certificateSubject } from '../certificates/spec';
import { cmdBundlePath, psBundlePath } from './paths';
import type { Command, CommandOptions } from './types';

/**
 * Imports a public certificate from the bundle into LocalMachine\Root on `hub` (DOMAIN.md §1.9):
 * Import-Certificate where the PKI module exists (Server 2012+) and the Management Shell's engine
 * can load it (2013+: 2007's shell is PowerShell 1.0, 2010's is 2.0), certutil everywhere.
 */
function trustRootCommands(
  hub: Hub,
  relative: string,
  what: string,
  options: CommandOptions,
): Command[] {
  const commands: Command[] = [];
  if (hasPkiModule(hub.windowsVersion) && managementShellEngine(hub.exchangeVersion) === '3.0') {
    commands.push({
      shell: 'powershell',
      label: `Trust ${what} (computer Trusted Root store)`,
      command: `Import-Certificate -FilePath ${psBundlePath(options, relative)} -CertStoreLocation Cert:\\LocalMachine\\Root`,
      status: 'verified',
    });
  } else {
    commands.push({
      shell: 'powershell',
      label: `Trust ${what} (computer Trusted Root store, via certutil: ${hasPkiModule(hub.windowsVersion) ? `the PowerShell ${managementShellEngine(hub.exchangeVersion)} Management Shell has no PKI module` : 'no PKI module before Server 2012'})`,
      command: `certutil.exe -addstore Root ${psBundlePath(options, relative)}`,
      status: 'verified',
      native: true,
    });
  }
  commands.push({
    shell: 'cmd',
    label: `Trust ${what} (computer Trusted Root store)`,
    command: `certutil -addstore Root ${cmdBundlePath(options, relative)}`,
    status: 'verified',
    native: true,
  });
  return commands;
}

/** Imports a partner's self-signed certificate into LocalMachine\Root on `hub`. */
export function trustPeerCommands(hub: Hub, peer: Hub, options: CommandOptions): Command[] {
  return trustRootCommands(hub, cerPath(peer), peer.fqdn, options);
}

/** Site CA mode: imports the one site root into LocalMachine\Root on `hub`. */
export function trustSiteCaCommands(hub: Hub, options: CommandOptions): Command[] {
  return trustRootCommands(hub, siteCaCerPath, 'the site CA', options);
}

/**
 * Shows that the site CA is in LocalMachine\Root. Its subject is exactly `CN=<cn>`, but a
 * subject with more attributes after the CN (`CN=<cn>, O=...`) is matched too.
 * The CN goes into a -like pattern, where `*`, `?`, `[` and `]` are wildcards and PowerShell 2.0 has
 * no [WildcardPattern]::Escape: `siteCaCommonName` keeps only [A-Za-z0-9 .-], so none can occur;
 * anything else is refused here rather than matched loosely.
 */
export function showTrustedSiteCaCommand(commonName: string): Command {
  if (!/^[A-Za-z0-9 .-]+$/u.test(commonName)) {
    throw new Error(
      'The site CA common name may only hold letters, digits, spaces, dots and hyphens',
    );
  }
  const exact = quotePowerShell(`CN=${commonName}`);
  const withMore = quotePowerShell(`CN=${commonName},*`);
  return {
    shell: 'powershell',
    label: 'Find the site CA in the computer Trusted Root store',
    command: `Get-ChildItem Cert:\\LocalMachine\\Root | Where-Object { $_.Subject -eq ${exact} -or $_.Subject -like ${withMore} } | Format-List Subject,Thumbprint,NotAfter`,
    status: 'verified',
  };
}

/** Shows that the partner's certificate is in LocalMachine\Root. */
export function showTrustedPeerCommand(peer: Hub): Command {
  return {
    shell: 'powershell',
    label: `Find ${peer.fqdn} in the computer Trusted Root store`,
    command: `Get-ChildItem Cert:\\LocalMachine\\Root | Where-Object { $_.Subject -eq ${quotePowerShell(certificateSubject(peer))} } | Format-List Subject,Thumbprint,NotAfter`,
    status: 'verified',
  };
}

/**
 * certutil import of the PFX into the machine Personal store with the legacy SChannel CSP, so
 * the key does not land in a CNG provider Exchange 2010 cannot use (DOMAIN.md §1.10).
 * certutil asks for the PFX password when -p is not given, keeping it off the command line.
 */
export function certutilImportPfxCommand(hub: Hub, options: CommandOptions): Command {
  return {
    shell: 'cmd',
    label: 'Alternative: import the PFX with certutil into the SChannel CSP',
    command: `certutil -csp "Microsoft RSA SChannel Cryptographic Provider" -importpfx ${cmdBundlePath(options, pfxPath(hub))} NoExport`,
    status: 'partial',
    native: true,
  };
}
