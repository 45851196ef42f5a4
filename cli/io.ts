/** Where a CLI command writes; tests capture it. Same shape as cli/commands/io.ts's CliIo. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Effects the commands need beyond output, injected so tests are deterministic. */
export interface CliEnv {
  /** The clock stamped into generated scripts. */
  readonly now: () => Date;
}

/** The default IO: stdout and stderr, one line per call. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export const processEnv: CliEnv = { now: () => new Date() };

/** One subcommand: `run` gets the arguments after its name and returns the exit code. */
export interface Subcommand {
  readonly summary: string;
  readonly usage: string;
  readonly run: (argv: readonly string[], io: CliIo, env: CliEnv) => number | Promise<number>;
}
