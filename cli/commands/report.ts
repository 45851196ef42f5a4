import type { AppError } from '../../core/errors';
import type { CliIo } from '../io';

/** Prints an AppError as text on stderr or as JSON on stdout; returns exit code 1. */
export function reportError(io: CliIo, error: AppError, json: boolean): number {
  if (json) io.out(JSON.stringify({ ok: false, error }));
  else io.err(`error [${error.code}]${error.field ? ` ${error.field}` : ''}: ${error.message}`);
  return 1;
}
