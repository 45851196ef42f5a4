import { subcommands } from './commands/table';
import { isUsageError, processIo, type CliIo } from './io';

/** The top-level help: one line per subcommand from the table. */
function helpText(): string {
  const width = Math.max(...Object.keys(subcommands).map((n) => n.length)) + 2;
  const lines = Object.entries(subcommands).map(
    ([name, c]) => `  ${name.padEnd(width)}${c.summary}`,
  );
  return [
    'usage: smtp-runbook <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'smtp-runbook <command> --help shows its options.',
  ].join('\n');
}

/**
 * Runs the CLI on argv (without node and script) and returns the exit code: 0 ok, 1 failed,
 * 2 usage. Every usage error of every command is reported here, the same way: the message, then
 * the command's usage, on stderr.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
  if (!command) {
    io.err(`unknown command '${name}'\n${helpText()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (isUsageError(e)) {
      io.err(`${e.message}\n${command.usage}`);
      return 2;
    }
    throw e;
  }
}
