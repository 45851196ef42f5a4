import { expiryStage, SHORT_VALIDITY_DAYS } from '../../../core/certificates/expiry';
import type { PfxAlgorithms } from './pfx-read';
import type { PfxProfile } from '../../../core/certificates/profile';
import type { LintFinding } from '../../../core/certificates/inspection';
import { formatDateTime } from '../../../core/dates';

export type { LintFinding };

/** The certificate facts the linter reads (all available from metadata + a few extensions). */
interface LintInput {
  readonly cn: string;
  readonly sans: readonly string[];
  readonly keyBits: number;
  readonly eku: readonly string[];
  readonly hasEku: boolean;
  readonly isCa: boolean;
  readonly selfSigned: boolean;
  readonly signatureAlgorithm: string;
  readonly version: number;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly serialNegative: boolean;
}

const DAY = 86_400_000;

/** Checks a certificate against DOMAIN.md §1.11; `now` is injected. */
export function lintCertificate(c: LintInput, now: Date): LintFinding[] {
  const f: LintFinding[] = [];
  const add = (severity: LintFinding['severity'], code: string, message: string) =>
    f.push({ severity, code, message });
  if (c.keyBits < 2048)
    add(
      c.keyBits < 1024 ? 'error' : 'warning',
      'key-too-small',
      `RSA ${c.keyBits}-bit key: below the 2048-bit minimum (Windows blocks < 1024). Generate a new certificate with 2048 bits or more.`,
    );
  if (c.sans.length === 0)
    add(
      'error',
      'no-san',
      'No Subject Alternative Name: add the hub FQDN and the SMTP domain as DNS names; CN-only matching is legacy.',
    );
  else if (c.cn && !c.sans.some((s) => s.toLowerCase() === c.cn.toLowerCase()))
    add(
      'warning',
      'cn-not-in-san',
      `The CN "${c.cn}" is not among the SANs: put the hub FQDN in both.`,
    );
  if (c.sans.some((s) => s.startsWith('*.')))
    add(
      'warning',
      'wildcard',
      'Wildcard names are not supported for domain-secured domains: use the exact FQDN.',
    );
  if (c.hasEku && !c.eku.includes('serverAuth'))
    add(
      'error',
      'no-server-auth',
      'Extended key usage lacks Server Authentication: the hub cannot receive mutual TLS with it.',
    );
  if (c.hasEku && !c.eku.includes('clientAuth'))
    add(
      'error',
      'no-client-auth',
      'Extended key usage lacks Client Authentication: the hub cannot present it when sending to a partner.',
    );
  if (!c.hasEku)
    add(
      'info',
      'no-eku',
      'No extended key usage: most Windows validators accept that, but serverAuth + clientAuth is clearer.',
    );
  if (/sha1|md5/i.test(c.signatureAlgorithm))
    add('warning', 'weak-signature', `Signed with ${c.signatureAlgorithm}: use SHA-256.`);
  if (c.version < 3)
    add(
      'error',
      'not-v3',
      'Not an X.509 v3 certificate: Exchange only uses v3 certificates for TLS.',
    );
  if (c.serialNegative)
    add(
      'warning',
      'negative-serial',
      'The serial number is negative: some libraries will refuse this certificate.',
    );
  if (c.selfSigned && !c.isCa)
    add(
      'info',
      'self-signed-not-ca',
      'Self-signed with CA:FALSE: fine for OpenSSL and Windows, but GnuTLS will not accept it as a trust anchor.',
    );
  const life = (c.notAfter.getTime() - c.notBefore.getTime()) / DAY;
  if (life < SHORT_VALIDITY_DAYS)
    add(
      'warning',
      'short-validity',
      `Valid for only ${Math.round(life)} days${life <= 31 ? ' (the OpenSSL default of 30 days?)' : ''}: the link stops working when it expires. Choose the validity explicitly.`,
    );
  if (now < c.notBefore)
    add(
      'error',
      'not-yet-valid',
      `Not valid before ${formatDateTime(c.notBefore)}: check the clocks.`,
    );
  const stage = expiryStage(c.notAfter, now);
  if (stage === 'expired') add('error', 'expired', `Expired on ${formatDateTime(c.notAfter)}.`);
  else if (stage === 'expiring')
    add(
      'warning',
      'expires-soon',
      `Expires on ${formatDateTime(c.notAfter)}: renew it before the link breaks.`,
    );
  return f;
}

/** Checks a PFX's algorithms against the Windows target it is meant for (DOMAIN.md §2, pitfall 12). */
export function lintPfx(a: PfxAlgorithms, target: PfxProfile | null): LintFinding[] {
  const f: LintFinding[] = [];
  if (target === 'windows-legacy' && !a.legacyWindowsReadable) {
    f.push({
      severity: 'error',
      code: 'aes-for-old-windows',
      message:
        'This PFX uses AES/PBES2 or a SHA-2 MAC: Windows Server 2016 and older reject it with a misleading "wrong password". Export it with the Windows legacy (3DES/SHA-1) profile.',
    });
  }
  if (a.certBagAlgorithm.includes('40BitRC2'))
    f.push({
      severity: 'warning',
      code: 'rc2-40',
      message:
        'Certificates are protected with 40-bit RC2 (openssl -legacy): OpenSSL 3 needs -legacy to read it; prefer explicit 3DES.',
    });
  if (a.keyBagAlgorithms.length > 0 && a.cspName === null && target === 'windows-legacy') {
    f.push({
      severity: 'info',
      code: 'no-csp-name',
      message:
        'No Microsoft CSP name on the key: Windows may put the key in a CNG provider, which Exchange 2010 cannot use.',
    });
  }
  return f;
}
