import forge from 'node-forge';
import { certificateDer, fingerprintSha256, thumbprintSha1 } from './certificate';
import type { CertMetadata } from '../../../core/certificates/metadata';

/** Formats a forge distinguished name as `CN=a, O=b`. */
function dnString(attrs: forge.pki.CertificateField[]): string {
  return attrs.map((a) => `${a.shortName ?? a.name ?? a.type}=${String(a.value)}`).join(', ');
}

/** DNS and IP SANs of a certificate. */
export function sansOf(cert: forge.pki.Certificate): string[] {
  const ext = cert.getExtension('subjectAltName') as {
    altNames?: { type: number; value?: string; ip?: string }[];
  } | null;
  return (ext?.altNames ?? []).flatMap((n) =>
    n.type === 2 && n.value ? [n.value] : n.type === 7 && n.ip ? [n.ip] : [],
  );
}

/** EKU names present (serverAuth, clientAuth, …). */
function ekuOf(cert: forge.pki.Certificate): string[] {
  const ext = cert.getExtension('extKeyUsage') as Record<string, unknown> | null;
  if (!ext) return [];
  const known = ['serverAuth', 'clientAuth', 'codeSigning', 'emailProtection', 'timeStamping'];
  return known.filter((k) => ext[k] === true);
}

const NAME_CONSTRAINTS_OID = '2.5.29.30';

/**
 * Permitted dNSName subtrees of the name constraints extension, or undefined without one. forge
 * does not decode the extension, so its DER is read here: SEQUENCE { [0] { SEQUENCE { [2] name } } }.
 */
function permittedDnsOf(cert: forge.pki.Certificate): string[] | undefined {
  const ext = (cert.extensions as { id?: string; value?: string }[]).find(
    (e) => e.id === NAME_CONSTRAINTS_OID,
  );
  if (!ext?.value) return undefined;
  const nc = forge.asn1.fromDer(ext.value);
  const out: string[] = [];
  for (const part of nc.value as forge.asn1.Asn1[]) {
    if (part.tagClass !== forge.asn1.Class.CONTEXT_SPECIFIC || part.type !== 0) continue;
    for (const subtree of part.value as forge.asn1.Asn1[]) {
      const base = (subtree.value as forge.asn1.Asn1[])[0];
      if (base && base.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && base.type === 2)
        out.push(String(base.value));
    }
  }
  return out;
}

/** Metadata of a certificate: what the renderer and local storage may see. */
export function certificateMetadata(cert: forge.pki.Certificate): CertMetadata {
  const der = certificateDer(cert);
  const bc = cert.getExtension('basicConstraints') as { cA?: boolean } | null;
  const pub = cert.publicKey as forge.pki.rsa.PublicKey;
  const subject = dnString(cert.subject.attributes);
  const issuer = dnString(cert.issuer.attributes);
  const permitted = permittedDnsOf(cert);
  return {
    subject,
    issuer,
    sans: sansOf(cert),
    notBefore: cert.validity.notBefore.toISOString(),
    notAfter: cert.validity.notAfter.toISOString(),
    keyBits: pub.n ? pub.n.bitLength() : 0,
    serialHex: cert.serialNumber.toUpperCase(),
    thumbprint: thumbprintSha1(der),
    sha256: fingerprintSha256(der),
    selfSigned: subject === issuer,
    isCa: bc?.cA === true,
    extKeyUsage: ekuOf(cert),
    ...(permitted === undefined ? {} : { permittedDns: permitted }),
  };
}
