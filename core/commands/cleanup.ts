import type { Hub } from '../site';
import { quotePowerShell } from '../quote';
import { pfxPath } from '../certificates/bundle-layout';
import { psBundlePath } from './paths';
import type { Command, CommandOptions } from './types';

/**
 * Removes the hub's PFX copy from the bundle folder on the hub once it is imported (the key lives on
 * in the certificate store, not exportable). In the install script the folder may be the stick
 * itself, which the SteelHead step may still need, so the script only says where the copy is.
 */
export function removePfxCopyCommands(hub: Hub, options: CommandOptions): Command[] {
  const file = psBundlePath(options, pfxPath(hub));
  if (options.mode === 'script') {
    return [
      {
        shell: 'powershell',
        label: 'Say where the PFX copy still is',
        command: `if (Test-Path -LiteralPath ${file}) { Write-Host (${quotePowerShell(`The PFX of ${hub.fqdn} is still at `)} + ${file} + ${quotePowerShell(': delete it from this server once it is imported; keep the stick copy only until the SteelHead holds the key.')}) -ForegroundColor Yellow }`,
        status: 'verified',
      },
    ];
  }
  return [
    {
      shell: 'powershell',
      label: 'Delete the PFX copy from the hub (the imported key stays in the certificate store)',
      command: `Remove-Item -LiteralPath ${file}\nif (Test-Path -LiteralPath ${file}) { throw ${quotePowerShell(`The PFX copy of ${hub.fqdn} is still there`)} }`,
      status: 'verified',
    },
  ];
}
