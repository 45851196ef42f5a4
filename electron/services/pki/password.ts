import { appError, type AppError } from '../../../core/errors';
import { pfxPasswordIssue } from '../../../core/pki/password';

export { PASSWORD_MAX, PASSWORD_MIN, passwordStrength } from '../../../core/pki/password';

/** Returns an AppError when a PFX password breaks the rules (core/pki/password.ts), or null. */
export function checkPfxPassword(password: string, field = 'password'): AppError | null {
  const issue = pfxPasswordIssue(password);
  return issue ? appError(issue.code, field, issue.message) : null;
}
