import { createPrivateKey, createPublicKey } from 'node:crypto';
import forge from 'node-forge';
import { appError, type Result } from '../../../core/errors';
import { certificateFromDer } from './certificate';
import { daysLeft, expiryColour } from '../../../core/certificates/expiry';
import { lintCertificate, lintPfx } from './lint';
import { certificateMetadata } from './metadata';
import {
  MAX_PKI_FILE_BYTES,
  openPfx,
  pfxAlgorithms,
  pfxPlainCertificates,
  pfxWorkRefusal,
  PfxWorkError,
} from './pfx-read';
import { PemKeyWorkError, pemKeyWorkRefusal } from './pem-key';
import type { PfxProfile } from '../../../core/certificates/profile';

import type { InspectReport, InspectedCertificate } from '../../../core/certificates/inspection';
export type { InspectReport, InspectedCertificate };

/** Options: the password to check and the Windows target to lint the PFX against. */
interface InspectOptions {
  readonly password?: string;
  readonly target?: PfxProfile | null;
  readonly now: Date;
}

const KU = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
];

function describeCertificate(cert: forge.pki.Certificate, now: Date): InspectedCertificate {
  const meta = certificateMetadata(cert);
  const ku = (cert.getExtension('keyUsage') ?? {}) as Record<string, unknown>;
  const sigAlg = forge.pki.oids[cert.signatureOid ?? ''] ?? cert.signatureOid ?? 'unknown';
  const cn = String(cert.subject.getField('CN')?.value ?? '');
  const lint = lintCertificate(
    {
      cn,
      sans: meta.sans,
      keyBits: meta.keyBits,
      eku: meta.extKeyUsage,
      hasEku: cert.getExtension('extKeyUsage') !== null,
      isCa: meta.isCa,
      selfSigned: meta.selfSigned,
      signatureAlgorithm: String(sigAlg),
      version: cert.version + 1,
      notBefore: cert.validity.notBefore,
      notAfter: cert.validity.notAfter,
      serialNegative: /^[89a-f]/i.test(cert.serialNumber),
    },
    now,
  );
  return {
    ...meta,
    keyUsage: KU.filter((k) => ku[k] === true),
    signatureAlgorithm: String(sigAlg),
    expiry: expiryColour(cert.validity.notAfter, now),
    daysLeft: daysLeft(cert.validity.notAfter, now),
    lint,
  };
}

function spkiOfCert(cert: forge.pki.Certificate): string {
  return createPublicKey(forge.pki.publicKeyToPem(cert.publicKey))
    .export({ type: 'spki', format: 'der' })
    .toString('hex');
}

function keyMatches(
  keyPem: string,
  cert: forge.pki.Certificate | undefined,
  passphrase?: string,
): boolean | null {
  if (!cert) return null;
  if (passphrase !== undefined) {
    const refusal = pemKeyWorkRefusal(keyPem);
    if (refusal !== null) throw new PemKeyWorkError(refusal);
  }
  const key = createPrivateKey(passphrase === undefined ? keyPem : { key: keyPem, passphrase });
  return (
    createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('hex') ===
    spkiOfCert(cert)
  );
}

/** Inspects a .pfx/.p12/.cer/.crt/.pem given as bytes (file picker or drag-and-drop). */
export function inspectBytes(
  bytes: Buffer,
  name: string,
  o: InspectOptions,
): Result<InspectReport> {
  if (bytes.length === 0)
    return { ok: false, error: appError('file-empty', 'file', `${name} is empty.`) };
  if (bytes.length > MAX_PKI_FILE_BYTES)
    return {
      ok: false,
      error: appError(
        'file-too-large',
        'file',
        `${name} is larger than 1 MiB: not a certificate or PFX file.`,
      ),
    };
  try {
    const text = bytes.toString('latin1');
    if (text.includes('-----BEGIN ')) return { ok: true, value: inspectPem(text, name, o) };
    try {
      const cert = certificateFromDer(bytes);
      const c = describeCertificate(cert, o.now);
      return {
        ok: true,
        value: {
          name,
          kind: 'der',
          certificates: [c],
          pfx: null,
          passwordOk: null,
          hasPrivateKey: false,
          keyMatchesCert: null,
          lint: c.lint,
        },
      };
    } catch {
      const refusal = pfxWorkRefusal(pfxAlgorithms(bytes));
      if (refusal !== null)
        return { ok: false, error: appError('pfx-too-costly', 'file', `${name}: ${refusal}`) };
      return { ok: true, value: inspectPfx(bytes, name, o) };
    }
  } catch (e) {
    if (e instanceof PfxWorkError)
      return { ok: false, error: appError('pfx-too-costly', 'file', `${name}: ${e.message}`) };
    if (e instanceof PemKeyWorkError)
      return { ok: false, error: appError('pem-key-too-costly', 'file', `${name}: ${e.message}`) };
    return {
      ok: false,
      error: appError(
        'file-unreadable',
        'file',
        `${name} is not a certificate (PEM/DER) or PFX file this app can read.`,
      ),
    };
  }
}

function inspectPem(text: string, name: string, o: InspectOptions): InspectReport {
  const certs = (
    text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
  ).map((p) => forge.pki.certificateFromPem(p));
  const keyBlock = text.match(
    /-----BEGIN (?:RSA |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |ENCRYPTED )?PRIVATE KEY-----/,
  )?.[0];
  const encrypted =
    !!keyBlock && (keyBlock.includes('ENCRYPTED') || keyBlock.includes('Proc-Type: 4,ENCRYPTED'));
  let passwordOk: boolean | null = null;
  let match: boolean | null = null;
  if (keyBlock && (!encrypted || o.password !== undefined)) {
    try {
      match = keyMatches(keyBlock, certs[0], encrypted ? o.password : undefined);
      passwordOk = encrypted ? true : null;
    } catch (e) {
      if (e instanceof PemKeyWorkError) throw e;
      passwordOk = encrypted ? false : null;
    }
  }
  const described = certs.map((c) => describeCertificate(c, o.now));
  const lint = [...(described[0]?.lint ?? [])];
  if (keyBlock && !encrypted)
    lint.push({
      severity: 'warning',
      code: 'unencrypted-key',
      message: 'This file holds an unencrypted private key: never leave it on a USB stick.',
    });
  if (match === false)
    lint.push({
      severity: 'error',
      code: 'key-mismatch',
      message: 'The private key does not belong to the certificate.',
    });
  return {
    name,
    kind: 'pem',
    certificates: described,
    pfx: null,
    passwordOk,
    hasPrivateKey: !!keyBlock,
    keyMatchesCert: match,
    lint,
  };
}

function inspectPfx(bytes: Buffer, name: string, o: InspectOptions): InspectReport {
  const algs = pfxAlgorithms(bytes);
  let certs = pfxPlainCertificates(bytes).map(certificateFromDer);
  let passwordOk: boolean | null = null;
  let match: boolean | null = null;
  let friendlyName: string | null = null;
  let localKeyId: string | null = null;
  if (o.password !== undefined) {
    try {
      const p = openPfx(bytes, o.password);
      // Only a MAC checks a password; without one, forge "opens" the file with any password.
      passwordOk = algs.macAlgorithm !== null ? true : null;
      certs = p.certificates;
      friendlyName = p.friendlyName;
      localKeyId = p.localKeyIdHex;
      if (p.privateKey) match = keyMatches(forge.pki.privateKeyToPem(p.privateKey), certs[0]);
    } catch (e) {
      if (e instanceof PfxWorkError) throw e;
      passwordOk = false;
    }
  }
  const described = certs.map((c) => describeCertificate(c, o.now));
  const lint = [...(described[0]?.lint ?? []), ...lintPfx(algs, o.target ?? null)];
  if (algs.plainKeyBags > 0)
    lint.push({
      severity: 'error',
      code: 'unencrypted-key',
      message:
        'Private key stored unencrypted in this PFX (a plain key bag): anyone with the file has the key. Export it again with an encrypted key.',
    });
  if (algs.macAlgorithm === null && o.password !== undefined && passwordOk !== false)
    lint.push({
      severity: 'warning',
      code: 'no-mac',
      message:
        'This PFX has no integrity check (MAC), so nothing could check the password or detect a damaged file.',
    });
  if (passwordOk === false)
    lint.push({
      severity: 'error',
      code: 'wrong-password',
      message: 'The password does not open this PFX (or the file is damaged).',
    });
  if (match === false)
    lint.push({
      severity: 'error',
      code: 'key-mismatch',
      message: 'The private key does not belong to the first certificate.',
    });
  return {
    name,
    kind: 'pfx',
    certificates: described,
    pfx: { ...algs, friendlyName, localKeyId },
    passwordOk,
    hasPrivateKey: algs.keyBagAlgorithms.length > 0 || algs.plainKeyBags > 0,
    keyMatchesCert: match,
    lint,
  };
}
