import type { Subcommand } from '../io';
import { bundleCommand } from './bundle';
import { certCommand } from './cert';
import { checkCommand } from './check';
import { commandsCommand } from './commands';
import { planCommand } from './plan';
import { reportCommand } from './report';

/**
 * Every subcommand, by name. To add one, write cli/commands/<name>.ts exporting a Subcommand
 * (usage errors: throw UsageError; failures: return reportError(...)) and add one line here.
 */
export const subcommands: Readonly<Record<string, Subcommand>> = {
  plan: planCommand,
  commands: commandsCommand,
  cert: certCommand,
  bundle: bundleCommand,
  report: reportCommand,
  check: checkCommand,
};
