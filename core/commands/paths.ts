import { AppErrorException, appError } from '../errors';
import { quoteCmd, quotePowerShell, refusalFor } from '../quote';
import { defaultCommandOptions, type CommandOptions } from './types';

/**
 * Why a folder cannot be the bundle folder in printed commands, or null. It must be an absolute
 * Windows path that both PowerShell and cmd.exe can carry literally (cmd has no literal `%`, `!`, `"`).
 */
export function checkBundleRoot(path: string): string | null {
  const refusal =
    refusalFor('cmd', path, 'Bundle folder') ?? refusalFor('powershell', path, 'Bundle folder');
  if (refusal) return refusal;
  if (!/^[A-Za-z]:\\/u.test(path) && !path.startsWith('\\\\')) {
    return `Bundle folder '${path}' is not an absolute Windows path: use one such as C:\\SecureSMTP`;
  }
  if (path.length > 200)
    return 'Bundle folder is longer than 200 characters: choose a shorter path';
  return null;
}

function bundleFile(options: CommandOptions, relative: string): string {
  const problem = checkBundleRoot(options.bundleRoot);
  if (problem) throw new AppErrorException(appError('invalid-bundle-root', 'bundleRoot', problem));
  return `${options.bundleRoot.replace(/\\+$/u, '')}\\${relative}`;
}

/** A PowerShell expression for a bundle file: relative to the script's folder, or an absolute path. */
export function psBundlePath(options: CommandOptions, relative: string): string {
  if (options.mode === 'script') return `(Join-Path $BundleRoot ${quotePowerShell(relative)})`;
  return quotePowerShell(bundleFile(options, relative));
}

/** A cmd.exe argument for a bundle file under the standalone bundle folder. */
export function cmdBundlePath(options: CommandOptions, relative: string): string {
  return quoteCmd(bundleFile(options, relative));
}

/**
 * The one sentence that puts the bundle files where the standalone commands expect them: the
 * commands name `<bundle folder>\private\...` and `<bundle folder>\public\...`, so the hub's folder
 * from the stick must be copied there with its contents (the install script instead uses its own folder).
 */
export function bundleCopyInstruction(
  hub: { readonly fqdn: string },
  options: Pick<CommandOptions, 'bundleRoot'> = defaultCommandOptions,
): string {
  const root = options.bundleRoot.replace(/\\+$/u, '');
  return `Copy the contents of the folder ${hub.fqdn} from the stick to ${root} on the hub, so that ${root}\\private\\${hub.fqdn}.pfx exists: the commands name files there.`;
}
