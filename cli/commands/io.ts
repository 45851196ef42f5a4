import { readFile } from 'node:fs/promises';
import { appError, type AppError } from '../../core/errors';
import { checkPfxPassword } from './services';

/** Where a CLI command writes; tests capture it. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** The default IO: stdout and stderr. */
export const processIo: CliIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};

/** Reads a PFX password from a file (one line; the trailing newline is dropped) and checks it. */
export async function readPasswordFile(
  path: string,
): Promise<{ ok: true; password: string } | { ok: false; error: AppError }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return {
      ok: false,
      error: appError('password-file', 'password-file', `Cannot read the password file ${path}.`),
    };
  }
  const password = raw.replace(/\r?\n$/, '');
  const problem = checkPfxPassword(password, 'password-file');
  return problem ? { ok: false, error: problem } : { ok: true, password };
}

/** Prints an AppError (never a secret) and returns exit code 1. */
export function report(io: CliIo, e: AppError, json: boolean): number {
  if (json) io.out(JSON.stringify({ ok: false, error: e }));
  else io.err(`error [${e.code}]${e.field ? ` ${e.field}` : ''}: ${e.message}`);
  return 1;
}
