/*
 * The one expiry rule: how many days a certificate has left and what that means. The Certificates
 * table, the export, the inspector's colour and lint, the CLI and the sign-off all read it here.
 */

const DAY_MS = 86_400_000;

/** At or below this many days left a certificate is "expiring": renew it now. */
export const EXPIRING_DAYS = 30;
/** At or below this many days left, renewal should be planned (amber in the inspector). */
const PLAN_RENEWAL_DAYS = 90;

/** A certificate valid for fewer days than this is warned about when made and when inspected. */
export const SHORT_VALIDITY_DAYS = 90;

/** Whole days from `now` until `notAfter` (ISO string or Date); negative once expired. */
export function daysLeft(notAfter: string | Date, now: Date): number {
  const end = typeof notAfter === 'string' ? Date.parse(notAfter) : notAfter.getTime();
  return Math.floor((end - now.getTime()) / DAY_MS);
}

/** expired: past notAfter; expiring: EXPIRING_DAYS or fewer left; renew-soon: within 90 days. */
type ExpiryStage = 'expired' | 'expiring' | 'renew-soon' | 'ok';

export function expiryStage(notAfter: string | Date, now: Date): ExpiryStage {
  const end = typeof notAfter === 'string' ? Date.parse(notAfter) : notAfter.getTime();
  if (end < now.getTime()) return 'expired';
  const left = daysLeft(notAfter, now);
  if (left <= EXPIRING_DAYS) return 'expiring';
  return left <= PLAN_RENEWAL_DAYS ? 'renew-soon' : 'ok';
}

/** The inspector's colour for a stage: red expired or expiring, amber renew-soon, else green. */
export function expiryColour(notAfter: string | Date, now: Date): 'green' | 'amber' | 'red' {
  const stage = expiryStage(notAfter, now);
  return stage === 'ok' ? 'green' : stage === 'renew-soon' ? 'amber' : 'red';
}
