import { appError, type AppError } from '../../../core/errors';

/** PFX password rules (SECURITY.md §0.1, P4): printable ASCII only, 12–128 characters. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Returns an AppError when a PFX password breaks the rules, or null when it is acceptable. */
export function checkPfxPassword(password: string, field = 'password'): AppError | null {
  if (!PRINTABLE_ASCII.test(password)) {
    return appError(
      'password-not-ascii',
      field,
      'The PFX password may only use printable ASCII (letters A–Z, digits, punctuation, space): Java and several Windows tools cannot read a PFX protected with other characters.',
    );
  }
  if (password.length < PASSWORD_MIN) {
    return appError(
      'password-too-short',
      field,
      `The PFX password needs at least ${PASSWORD_MIN} characters: it is the only protection of the server's private key on the USB stick.`,
    );
  }
  if (password.length > PASSWORD_MAX) {
    return appError(
      'password-too-long',
      field,
      `The PFX password may have at most ${PASSWORD_MAX} characters.`,
    );
  }
  return null;
}

/** A rough strength label for the password field (entropy from length and character classes). */
export function passwordStrength(password: string): {
  bits: number;
  label: 'weak' | 'fair' | 'strong';
} {
  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/[0-9]/.test(password)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(password)) pool += 33;
  const distinct = new Set(password).size;
  const bits = Math.round(Math.min(password.length, distinct * 2) * Math.log2(Math.max(pool, 1)));
  return { bits, label: bits >= 80 ? 'strong' : bits >= 60 ? 'fair' : 'weak' };
}
