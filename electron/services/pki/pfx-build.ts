import { randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { certificateDer, thumbprintSha1 } from './certificate';
import { privateKeyInfoAsn1, type RsaKey } from './keygen';
import { withNativePbkdf2 } from './native-pbkdf2';
import type { PfxProfile } from '../../../core/certificates/profile';

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;

/** OID of the Microsoft CSP-name bag attribute (what `openssl pkcs12 -CSP` writes). */
export const MS_CSP_NAME_OID = '1.3.6.1.4.1.311.17.1';
/** The legacy CryptoAPI provider Exchange's SChannel use needs (DOMAIN.md §8, pitfall 16). */
export const SCHANNEL_CSP = 'Microsoft RSA SChannel Cryptographic Provider';
/** PKCS#12 iteration count for key PBE and MAC (forge's default; MAC encoding needs < 65536). */
const PFX_ITERATIONS = 2048;

/** How one PFX is built. */
interface PfxOptions {
  readonly profile: PfxProfile;
  readonly friendlyName: string;
  /** Defaults to true for the legacy profile, false for modern. */
  readonly cspName?: boolean;
}

/** node-forge's key-encryption settings per profile (the labels are core's `pfxProfileFacts`). */
const PFX_FORGE_SETTINGS: Record<PfxProfile, { algorithm: string; prfAlgorithm?: string }> = {
  'windows-legacy': { algorithm: '3des' },
  'windows-modern': { algorithm: 'aes256', prfAlgorithm: 'sha256' },
};

/**
 * Builds a PKCS#12 file: a plain cert bag per certificate (the first carries friendly name and
 * localKeyId), one shrouded key bag (3DES or AES-256 by profile) with friendly name, localKeyId
 * and, for the legacy profile, the Microsoft CSP-name attribute; HMAC-SHA1 MAC.
 * forge's toPkcs12Asn1 cannot add the CSP attribute, so the structure is assembled here.
 */
export function buildPfx(
  key: RsaKey,
  chain: readonly forge.pki.Certificate[],
  password: string,
  options: PfxOptions,
): Buffer {
  const { certBags, keyBag } = withNativePbkdf2(() => bags(key, chain, password, options));
  return assemble(certBags, keyBag, password);
}

/** buildPfx, yielding to the event loop between the key-encryption and MAC key derivations. */
export async function buildPfxAsync(
  key: RsaKey,
  chain: readonly forge.pki.Certificate[],
  password: string,
  options: PfxOptions,
  pause: () => Promise<void>,
): Promise<Buffer> {
  const { certBags, keyBag } = withNativePbkdf2(() => bags(key, chain, password, options));
  await pause();
  return assemble(certBags, keyBag, password);
}

function bags(
  key: RsaKey,
  chain: readonly forge.pki.Certificate[],
  password: string,
  options: PfxOptions,
): { certBags: forge.asn1.Asn1[]; keyBag: forge.asn1.Asn1 } {
  const leaf = chain[0];
  if (!leaf) throw new Error('buildPfx needs at least the leaf certificate');
  const localKeyId = Buffer.from(thumbprintSha1(certificateDer(leaf)), 'hex').toString('binary');
  const common = [
    attribute(
      forge.pki.oids.localKeyId as string,
      asn1.create(U, T.OCTETSTRING, false, localKeyId),
    ),
    attribute(
      forge.pki.oids.friendlyName as string,
      asn1.create(U, T.BMPSTRING, false, options.friendlyName),
    ),
  ];
  const useCsp = options.cspName ?? options.profile === 'windows-legacy';
  const keyAttrs = useCsp
    ? [...common, attribute(MS_CSP_NAME_OID, asn1.create(U, T.BMPSTRING, false, SCHANNEL_CSP))]
    : common;

  const certBags = chain.map((cert, i) =>
    safeBag(
      forge.pki.oids.certBag as string,
      seq([
        oid(forge.pki.oids.x509Certificate as string),
        ctx0([asn1.create(U, T.OCTETSTRING, false, derBytes(forge.pki.certificateToAsn1(cert)))]),
      ]),
      i === 0 ? common : null,
    ),
  );
  const encryptOptions = {
    ...PFX_FORGE_SETTINGS[options.profile],
    count: PFX_ITERATIONS,
    saltSize: 8,
  } as forge.pki.EncryptionOptions;
  const shrouded = forge.pki.encryptPrivateKeyInfo(
    privateKeyInfoAsn1(key),
    password,
    encryptOptions,
  );
  const keyBag = safeBag(forge.pki.oids.pkcs8ShroudedKeyBag as string, shrouded, keyAttrs);
  return { certBags, keyBag };
}

function assemble(certBags: forge.asn1.Asn1[], keyBag: forge.asn1.Asn1, password: string): Buffer {
  const authSafe = seq([dataContentInfo(seq(certBags)), dataContentInfo(seq([keyBag]))]);
  const authSafeDer = derBytes(authSafe);
  const pfx = seq([
    asn1.create(U, T.INTEGER, false, asn1.integerToDer(3).getBytes()),
    seq([
      oid(forge.pki.oids.data as string),
      ctx0([asn1.create(U, T.OCTETSTRING, false, authSafeDer)]),
    ]),
    macData(authSafeDer, password),
  ]);
  return Buffer.from(derBytes(pfx), 'binary');
}

function macData(content: string, password: string): forge.asn1.Asn1 {
  const salt = randomBytes(8).toString('binary');
  const p12 = forge.pkcs12 as unknown as {
    generateKey(
      pw: string,
      salt: forge.util.ByteStringBuffer,
      id: number,
      iter: number,
      n: number,
    ): forge.util.ByteStringBuffer;
  };
  const macKey = p12.generateKey(password, forge.util.createBuffer(salt), 3, PFX_ITERATIONS, 20);
  const hmac = forge.hmac.create();
  hmac.start('sha1', macKey.getBytes());
  hmac.update(content);
  const digest = hmac.digest().getBytes();
  return seq([
    seq([
      seq([oid(forge.pki.oids.sha1 as string), asn1.create(U, T.NULL, false, '')]),
      asn1.create(U, T.OCTETSTRING, false, digest),
    ]),
    asn1.create(U, T.OCTETSTRING, false, salt),
    asn1.create(U, T.INTEGER, false, asn1.integerToDer(PFX_ITERATIONS).getBytes()),
  ]);
}

function safeBag(
  bagOid: string,
  value: forge.asn1.Asn1,
  attrs: forge.asn1.Asn1[] | null,
): forge.asn1.Asn1 {
  const parts = [oid(bagOid), ctx0([value])];
  if (attrs) parts.push(asn1.create(U, T.SET, true, attrs));
  return seq(parts);
}

function dataContentInfo(safeContents: forge.asn1.Asn1): forge.asn1.Asn1 {
  return seq([
    oid(forge.pki.oids.data as string),
    ctx0([asn1.create(U, T.OCTETSTRING, false, derBytes(safeContents))]),
  ]);
}

function attribute(attrOid: string, value: forge.asn1.Asn1): forge.asn1.Asn1 {
  return seq([oid(attrOid), asn1.create(U, T.SET, true, [value])]);
}

function seq(value: forge.asn1.Asn1[]): forge.asn1.Asn1 {
  return asn1.create(U, T.SEQUENCE, true, value);
}

function ctx0(value: forge.asn1.Asn1[]): forge.asn1.Asn1 {
  return asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, value);
}

function oid(dotted: string): forge.asn1.Asn1 {
  return asn1.create(U, T.OID, false, asn1.oidToDer(dotted).getBytes());
}

function derBytes(node: forge.asn1.Asn1): string {
  return asn1.toDer(node).getBytes();
}
