import type { Subcommand } from '../io';
import { BUNDLE_USAGE, runBundle } from './bundle';
import { CERT_USAGE, runCert } from './cert';
import { commandsCommand } from './commands';
import { planCommand } from './plan';

/**
 * Every subcommand, by name. To add one, write cli/commands/<name>.ts exporting a Subcommand and
 * add one line here, e.g. `cert: { summary: '...', usage: CERT_USAGE, run: (a, io) => runCert(a, io) },`.
 */
export const subcommands: Readonly<Record<string, Subcommand>> = {
  plan: planCommand,
  commands: commandsCommand,
  cert: {
    summary: 'generate (cert new) or inspect (cert inspect) hub certificates and PFX files',
    usage: CERT_USAGE,
    run: (a, io) => runCert(a, io),
  },
  bundle: {
    summary: 'generate every hub certificate of a site and export the USB bundle',
    usage: BUNDLE_USAGE,
    run: (a, io) => runBundle(a, io),
  },
};
