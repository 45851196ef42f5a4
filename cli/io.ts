import type { AppError } from '../core/errors';

/**
 * Everything a command touches besides its arguments and files: where it writes and the clock.
 * main() passes the process's; tests pass their own, so output and timestamps are checked exactly.
 */
export interface CliIo {
  /** One line (or block) on stdout. */
  readonly out: (text: string) => void;
  /** One line (or block) on stderr. */
  readonly err: (text: string) => void;
  /** The clock stamped into scripts, certificates and checks. */
  readonly now: () => Date;
}

/** The process's stdout, stderr and clock. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
};

/** One subcommand: `run` gets the arguments after its name and returns the exit code. */
export interface Subcommand {
  readonly summary: string;
  readonly usage: string;
  readonly run: (argv: readonly string[], io: CliIo) => number | Promise<number>;
}

/** Wrong or missing arguments: main() prints the message and the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** True for our UsageError and for node:util parseArgs' errors (unknown or malformed options). */
export function isUsageError(e: unknown): e is Error {
  if (e instanceof UsageError) return true;
  return e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS');
}

/** Prints an AppError (never a secret) as text on stderr or as JSON on stdout; returns exit code 1. */
export function reportError(io: CliIo, error: AppError, json: boolean): number {
  if (json) io.out(JSON.stringify({ ok: false, error }));
  else
    io.err(
      terminalSafe(
        `error [${error.code}]${error.field ? ` ${error.field}` : ''}: ${error.message}`,
      ),
    );
  return 1;
}

/**
 * Text for a terminal: control characters (ESC sequences that recolour, move the cursor or set
 * the window title, from keys or values of a hostile site file) are shown as \u escapes.
 */
function terminalSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
