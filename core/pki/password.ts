/**
 * PFX password rules, shared by the password field and the main process: printable ASCII only
 * (Java keytool and several Windows tools cannot open a PFX protected with anything else),
 * 12 to 128 characters (SECURITY.md §0.1).
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;

/** Why a PFX password cannot be used (a stable code and a sentence to act on), or null. */
export function pfxPasswordIssue(password: string): { code: string; message: string } | null {
  if (!PRINTABLE_ASCII.test(password)) {
    return {
      code: 'password-not-ascii',
      message:
        'Use printable ASCII only (letters A–Z, digits, punctuation, space): Java and several Windows tools cannot read a PFX protected with other characters.',
    };
  }
  if (password.length < PASSWORD_MIN) {
    return {
      code: 'password-too-short',
      message: `Use at least ${PASSWORD_MIN} characters: the password is the only protection of each hub's private key on the USB stick.`,
    };
  }
  if (password.length > PASSWORD_MAX) {
    return { code: 'password-too-long', message: `Use at most ${PASSWORD_MAX} characters.` };
  }
  if (new Set(password.replace(/ /gu, '')).size < 4) {
    return {
      code: 'password-too-simple',
      message:
        'Use a password with at least 4 different characters besides spaces: spaces or one repeated character protect nothing.',
    };
  }
  return null;
}

/** What is wrong with a PFX password, in words the user can act on, or null when it is fine. */
export function passwordProblem(password: string): string | null {
  return pfxPasswordIssue(password)?.message ?? null;
}

/** A rough strength estimate for the password field: entropy from length and character classes. */
export function passwordStrength(password: string): {
  bits: number;
  label: 'weak' | 'fair' | 'strong';
} {
  let pool = 0;
  if (/[a-z]/u.test(password)) pool += 26;
  if (/[A-Z]/u.test(password)) pool += 26;
  if (/[0-9]/u.test(password)) pool += 10;
  if (/[^a-zA-Z0-9]/u.test(password)) pool += 33;
  // Repeated characters add little: count at most two per distinct character.
  const distinct = new Set(password).size;
  const bits = Math.round(Math.min(password.length, distinct * 2) * Math.log2(Math.max(pool, 1)));
  return { bits, label: bits >= 80 ? 'strong' : bits >= 60 ? 'fair' : 'weak' };
}
