import { readFile } from 'node:fs/promises';
import { appError, type AppError } from '../../core/errors';
import { checkPfxPassword } from './services';

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
