import { formatDay } from '../dates';
import type { KeySize } from '../site/enums';
import type { Hub, Site } from '../site/site';

/** The site CA the app, the openssl listing and the CLI all make (decisions.md "Certificates"). */
export interface SiteCaPolicy {
  /** Subject `CN=<commonName>`: Windows finds the root by it. */
  readonly commonName: string;
  /** At least five years, and a year longer than the hub certificates it signs. */
  readonly validityDays: number;
  /** Never below 2048 bits, even where a hub key is allowed to be 1024. */
  readonly keySize: KeySize;
  /**
   * Name constraints, permitted dNSName subtrees: the site's hub DNS domains and SMTP domains
   * (`siteCaPermittedDns`); every IPv4 and IPv6 address is excluded (hub certificates carry none).
   */
  readonly permittedDns: readonly string[];
  /** The uses the root may certify (EKU in the CA): what a hub does, server and client TLS. */
  readonly extendedKeyUsage: readonly ['serverAuth', 'clientAuth'];
  /**
   * Whether the name constraints extension is marked critical. RFC 5280 says it should be; it is
   * not, because no source read confirms that the SteelHead's RiOS OpenSSL processes it, and a
   * verifier that does not know a critical extension refuses the whole chain (docs/domain.md §13).
   * OpenSSL, GnuTLS and Windows CryptoAPI apply it either way.
   */
  readonly nameConstraintsCritical: boolean;
}

/** A hub FQDN's part that stands for its DNS domain: the AD domain when the FQDN is in it, else itself. */
function hubDnsSubtree(hub: Pick<Hub, 'fqdn' | 'adDomain'>): string {
  const fqdn = hub.fqdn.toLowerCase();
  const ad = hub.adDomain.toLowerCase();
  // A one-label AD domain ("corp") would permit a whole top-level domain: keep the FQDN then.
  return fqdn.endsWith(`.${ad}`) && ad.includes('.') ? ad : fqdn;
}

/** Whether `name` is `subtree` or below it (RFC 5280 dNSName constraint matching, case-insensitive). */
function dnsNameWithin(name: string, subtree: string): boolean {
  const n = name.toLowerCase();
  const t = subtree.toLowerCase();
  return n === t || n.endsWith(`.${t}`);
}

/**
 * The DNS subtrees the site CA may certify: each hub's AD DNS domain (or its FQDN when outside it)
 * and each SMTP domain, without names already inside another, sorted. A hub added later in the same
 * domains fits the same root.
 */
export function siteCaPermittedDns(site: Site): string[] {
  const all = new Set<string>();
  for (const hub of site.hubs) {
    all.add(hubDnsSubtree(hub));
    all.add(hub.smtpDomain.toLowerCase());
  }
  const list = [...all];
  return list.filter((n) => !list.some((o) => o !== n && dnsNameWithin(n, o))).sort();
}

/** Minimum life of a site root: five years (1825 days). */
const SITE_CA_MIN_DAYS = 1825;

/**
 * The site CA's common name: fixed words plus the site name reduced to letters, digits, spaces,
 * dots and hyphens (a `/` or `=` would split an OpenSSL -subj), at most 64 characters.
 */
export function siteCaCommonName(site: Site): string {
  const name = site.customer.siteName
    .replace(/[^A-Za-z0-9 .-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return `Secure SMTP CA ${name}`.trim().slice(0, 64).trim();
}

/** Name, validity, key size and constraints of this site's root CA. */
export function siteCaPolicy(site: Site): SiteCaPolicy {
  const { validityDays, keySize } = site.certificate;
  return {
    commonName: siteCaCommonName(site),
    validityDays: Math.max(validityDays + 365, SITE_CA_MIN_DAYS),
    keySize: keySize < 2048 ? 2048 : keySize,
    permittedDns: siteCaPermittedDns(site),
    extendedKeyUsage: ['serverAuth', 'clientAuth'],
    nameConstraintsCritical: false,
  };
}

/** Facts about a stored site root, as metadata shows them. */
interface SiteCaFacts {
  readonly subject: string;
  readonly keyBits: number;
  /** ISO date the root stops being valid. */
  readonly notAfter: string;
  /** Permitted dNSName subtrees; absent when the root has no name constraints (made before them). */
  readonly permittedDns?: readonly string[] | undefined;
}

/**
 * Why a stored root made by an earlier version of the app (no name constraints) should be replaced
 * when the engineer can afford it, or null. It still works and is reused: replacing it means every
 * hub is generated, exported and trusted again, so only the engineer decides.
 */
function siteCaOldProfile(ca: SiteCaFacts): string | null {
  return ca.permittedDns === undefined
    ? "the site CA was made by an earlier version of this app without name constraints: it still works, but its key could sign a certificate for any name. Replacing it limits the new root to the site's own domains"
    : null;
}

const DAY_MS = 86_400_000;

/**
 * What to do about the site root before signing: make the first one, reuse the stored one, or,
 * when the stored one no longer fits, replace it, but only on the engineer's explicit choice
 * (app: the "Replace the site CA" box; CLI: --replace-site-ca; openssl listing: it stops and says
 * to move the old root away). Every hub already trusts the old root, so replacing undoes that.
 */
export type SiteCaDecision =
  | { readonly kind: 'create' }
  /** `upgrade`: the root is of the old, unconstrained profile; replacing it is offered, not required. */
  | { readonly kind: 'reuse'; readonly upgrade?: string }
  | { readonly kind: 'replace'; readonly reason: string };

/** What replacing the root means for the work already done, in the words every surface shows. */
export const siteCaReplaceConsequence =
  'Every hub certificate is then generated again with the new root, exported again, and every hub trusts the new root again.';

export function siteCaDecision(
  policy: SiteCaPolicy,
  stored: SiteCaFacts | null,
  leafValidityDays: number,
  now: Date,
): SiteCaDecision {
  if (!stored) return { kind: 'create' };
  const unfit = siteCaUnfitToSign(policy, stored, leafValidityDays, now);
  if (unfit !== null) return { kind: 'replace', reason: unfit };
  const upgrade = siteCaOldProfile(stored);
  return upgrade === null ? { kind: 'reuse' } : { kind: 'reuse', upgrade };
}

/**
 * Why a stored site root is not this site's (another name, a smaller key), or null: such a root is
 * never reused to sign, and hub certificates it signed are stale.
 */
export function siteCaMismatch(policy: SiteCaPolicy, ca: SiteCaFacts): string | null {
  if (ca.subject !== `CN=${policy.commonName}`)
    return `the site CA is "${ca.subject.replace(/^CN=/u, '')}" but the site now needs "${policy.commonName}"`;
  if (ca.keyBits < policy.keySize)
    return `the site CA has a ${ca.keyBits}-bit key but the site now needs ${policy.keySize} bits`;
  // A constrained root cannot vouch for a name outside its subtrees (an unconstrained one can).
  const permitted = ca.permittedDns;
  if (permitted !== undefined) {
    const outside = policy.permittedDns.filter((n) => !permitted.some((t) => dnsNameWithin(n, t)));
    if (outside.length > 0)
      return `the site CA's name constraints (${permitted.join(', ') || 'none'}) do not cover ${outside.join(', ')}`;
  }
  return null;
}

/**
 * Why a stored site root must not sign a new hub certificate of `leafValidityDays` days made at
 * `now`, or null. Besides siteCaMismatch: a root that ends before the certificate it would sign
 * (Windows stops trusting the chain the day the root expires, whatever the leaf says).
 */
function siteCaUnfitToSign(
  policy: SiteCaPolicy,
  ca: SiteCaFacts,
  leafValidityDays: number,
  now: Date,
): string | null {
  const mismatch = siteCaMismatch(policy, ca);
  if (mismatch) return mismatch;
  const leafEnds = now.getTime() + leafValidityDays * DAY_MS;
  if (Date.parse(ca.notAfter) < leafEnds)
    return `the site CA ends on ${formatDay(ca.notAfter)}, before a new ${leafValidityDays}-day certificate would`;
  return null;
}

/**
 * Why a hub certificate signed by the stored root will stop being trusted before its own end
 * (the root ends first), or null.
 */
export function siteCaEndsFirst(
  ca: Pick<SiteCaFacts, 'notAfter'>,
  leaf: { readonly notAfter: string },
): string | null {
  return Date.parse(ca.notAfter) < Date.parse(leaf.notAfter)
    ? `the site CA ends on ${formatDay(ca.notAfter)}, before its certificate does (${formatDay(leaf.notAfter)}): partners stop trusting it then`
    : null;
}
