import type { Subcommand } from '../io';
import { commandsCommand } from './commands';
import { planCommand } from './plan';

/**
 * Every subcommand, by name. To add one, write cli/commands/<name>.ts exporting a Subcommand and
 * add one line here, e.g. `cert: { summary: '...', usage: CERT_USAGE, run: (a, io) => runCert(a, io) },`.
 */
export const subcommands: Readonly<Record<string, Subcommand>> = {
  plan: planCommand,
  commands: commandsCommand,
};
