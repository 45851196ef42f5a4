import { quotePowerShell, quoteCmd } from '../quote';
import type { CommandOptions } from './types';

/** A PowerShell expression for a bundle file: relative to the script's folder, or an absolute path. */
export function psBundlePath(options: CommandOptions, relative: string): string {
  if (options.mode === 'script') return `(Join-Path $BundleRoot ${quotePowerShell(relative)})`;
  return quotePowerShell(`${options.bundleRoot}\\${relative}`);
}

/** A cmd.exe argument for a bundle file under the standalone bundle folder. */
export function cmdBundlePath(options: CommandOptions, relative: string): string {
  return quoteCmd(`${options.bundleRoot}\\${relative}`);
}
