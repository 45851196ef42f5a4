import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { signSha256, type RsaKey } from './keygen';
import { randomSerialHex } from './serial';
import type { PkiEffects } from './types';

/** Clock skew tolerance: certificates start five minutes in the past. */
const BACKDATE_MS = 5 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Who signs a certificate: itself (self-signed) or a site CA held in main. */
export interface Issuer {
  readonly cert: forge.pki.Certificate;
  readonly key: RsaKey;
}

/** What a certificate says, independent of who signs it. */
interface CertProfile {
  readonly commonName: string;
  readonly dnsNames: readonly string[];
  readonly days: number;
  /**
   * 'self-signed-leaf': CA:TRUE + keyCertSign, because it is imported into the partner's
   * Trusted Root (DOMAIN.md §1.11) and GnuTLS refuses a self-signed CA:FALSE leaf as a trust anchor.
   * 'leaf': CA:FALSE, signed by the site CA. 'site-ca': CA:TRUE, pathlen 0, keyCertSign + cRLSign.
   */
  readonly kind: 'self-signed-leaf' | 'leaf' | 'site-ca';
  readonly organization?: string;
  /** Site CA only: permitted dNSName subtrees, and whether that extension is critical. */
  readonly nameConstraints?: {
    readonly permittedDns: readonly string[];
    readonly critical: boolean;
  };
}

/** Builds and signs an X.509 v3 certificate with SHA-256; the signature runs off the event loop. */
export async function buildCertificate(
  profile: CertProfile,
  subjectKey: RsaKey,
  issuer: Issuer | null,
  fx: PkiEffects,
): Promise<forge.pki.Certificate> {
  const cert = forge.pki.createCertificate();
  cert.publicKey = subjectKey.publicKey;
  cert.serialNumber = randomSerialHex(fx.randomBytes);
  // Whole seconds: X.509 time has no milliseconds, so metadata matches the encoded certificate.
  const now = Math.floor(fx.now().getTime() / 1000) * 1000;
  cert.validity.notBefore = new Date(now - BACKDATE_MS);
  cert.validity.notAfter = new Date(now + profile.days * DAY_MS);
  const subject: forge.pki.CertificateField[] = [{ name: 'commonName', value: profile.commonName }];
  if (profile.organization) subject.push({ name: 'organizationName', value: profile.organization });
  cert.setSubject(subject);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : subject);
  cert.setExtensions(extensionsFor(profile, cert, issuer));
  await signCertificate(cert, issuer ? issuer.key : subjectKey);
  return cert;
}

function extensionsFor(
  profile: CertProfile,
  cert: forge.pki.Certificate,
  issuer: Issuer | null,
): object[] {
  const ski = cert.generateSubjectKeyIdentifier().getBytes();
  const aki = issuer ? subjectKeyIdOf(issuer.cert) : ski;
  const ext: object[] = [];
  if (profile.kind === 'site-ca') {
    ext.push({ name: 'basicConstraints', critical: true, cA: true, pathLenConstraint: 0 });
    ext.push({ name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true });
    // Only server and client TLS below this root (OpenSSL and CryptoAPI read a CA's EKU as a limit).
    ext.push({ name: 'extKeyUsage', serverAuth: true, clientAuth: true });
    if (profile.nameConstraints) ext.push(nameConstraintsExtension(profile.nameConstraints));
  } else {
    const selfSigned = profile.kind === 'self-signed-leaf';
    ext.push({ name: 'basicConstraints', critical: true, cA: selfSigned });
    ext.push({
      name: 'keyUsage',
      critical: true,
      digitalSignature: true,
      keyEncipherment: true,
      keyCertSign: selfSigned,
    });
    ext.push({ name: 'extKeyUsage', serverAuth: true, clientAuth: true });
    ext.push({
      name: 'subjectAltName',
      altNames: profile.dnsNames.map((value) => ({ type: 2, value })),
    });
  }
  ext.push({ name: 'subjectKeyIdentifier' });
  ext.push({ name: 'authorityKeyIdentifier', keyIdentifier: aki });
  return ext;
}

/**
 * RFC 5280 §4.2.1.10 name constraints: permitted dNSName subtrees, every IPv4 and IPv6 address
 * excluded (`excluded;IP:0.0.0.0/0.0.0.0` in OpenSSL's words). forge has no encoder for it, so the
 * DER is built here and passed as the extension's value.
 */
function nameConstraintsExtension(nc: {
  readonly permittedDns: readonly string[];
  readonly critical: boolean;
}): object {
  const { asn1 } = forge;
  const subtree = (name: forge.asn1.Asn1) =>
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [name]);
  const dns = (v: string) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 2, false, v);
  const ip = (bytes: number) =>
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 7, false, '\0'.repeat(bytes * 2));
  const value = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(
      asn1.Class.CONTEXT_SPECIFIC,
      0,
      true,
      nc.permittedDns.map((n) => subtree(dns(n))),
    ),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, true, [subtree(ip(4)), subtree(ip(16))]),
  ]);
  return { id: '2.5.29.30', critical: nc.critical, value: asn1.toDer(value).getBytes() };
}

function subjectKeyIdOf(cert: forge.pki.Certificate): string {
  const ext = cert.getExtension('subjectKeyIdentifier') as { subjectKeyIdentifier?: string } | null;
  if (ext?.subjectKeyIdentifier) return forge.util.hexToBytes(ext.subjectKeyIdentifier);
  return cert.generateSubjectKeyIdentifier().getBytes();
}

/** Same as forge's cert.sign(key, sha256) but with node:crypto doing the RSA private operation. */
async function signCertificate(cert: forge.pki.Certificate, key: RsaKey): Promise<void> {
  const oid = forge.pki.oids.sha256WithRSAEncryption as string;
  const c = cert as forge.pki.Certificate & {
    signatureOid: string;
    siginfo: { algorithmOid: string };
    tbsCertificate: forge.asn1.Asn1;
    md: forge.md.MessageDigest;
  };
  c.md = forge.md.sha256.create();
  c.signatureOid = oid;
  c.siginfo.algorithmOid = oid;
  c.tbsCertificate = (
    forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }
  ).getTBSCertificate(cert);
  const tbsBytes = forge.asn1.toDer(c.tbsCertificate).getBytes();
  c.md.update(tbsBytes); // forge's own sign() leaves the digest of the TBS here; verify() reads it
  const tbs = Buffer.from(tbsBytes, 'binary');
  const sig = await signSha256(tbs, key.keyObject);
  cert.signature = sig.toString('binary');
}

/** DER bytes of a forge certificate. */
export function certificateDer(cert: forge.pki.Certificate): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
}

/** Parses a DER certificate with forge. */
export function certificateFromDer(der: Buffer): forge.pki.Certificate {
  return forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString('binary')));
}

/** SHA-1 thumbprint as Exchange prints it: upper-case hex, no spaces. */
export function thumbprintSha1(der: Buffer): string {
  return createHash('sha1').update(der).digest('hex').toUpperCase();
}

/** SHA-256 fingerprint, upper-case hex, no spaces. */
export function fingerprintSha256(der: Buffer): string {
  return createHash('sha256').update(der).digest('hex').toUpperCase();
}
