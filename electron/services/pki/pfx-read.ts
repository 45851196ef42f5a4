import forge from 'node-forge';
import { MS_CSP_NAME_OID } from './pfx-build';
import { withNativePbkdf2 } from './native-pbkdf2';

const { asn1 } = forge;
/** forge's PBE helpers, which its type definitions leave out. */
const pbe = (
  forge.pki as unknown as {
    pbe: {
      getCipher(oid: string, params: forge.asn1.Asn1, password: string): forge.cipher.BlockCipher;
    };
  }
).pbe;

/** Files larger than this are refused before parsing (untrusted DER, SECURITY.md §4). */
export const MAX_PKI_FILE_BYTES = 1024 * 1024;

const OID_NAMES: Record<string, string> = {
  '1.2.840.113549.1.12.1.3': 'pbeWithSHA1And3-KeyTripleDES-CBC',
  '1.2.840.113549.1.12.1.6': 'pbeWithSHA1And40BitRC2-CBC',
  '1.2.840.113549.1.12.1.5': 'pbeWithSHA1And128BitRC2-CBC',
  '1.2.840.113549.1.12.1.1': 'pbeWithSHA1And128BitRC4',
  '1.2.840.113549.1.5.13': 'PBES2',
  '1.2.840.113549.1.5.12': 'PBKDF2',
  '2.16.840.1.101.3.4.1.2': 'AES-128-CBC',
  '2.16.840.1.101.3.4.1.22': 'AES-192-CBC',
  '2.16.840.1.101.3.4.1.42': 'AES-256-CBC',
  '1.2.840.113549.3.7': 'DES-EDE3-CBC',
  '1.2.840.113549.2.7': 'hmacWithSHA1',
  '1.2.840.113549.2.9': 'hmacWithSHA256',
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

import type { PfxAlgorithms } from '../../../core/certificates/inspection';
export type { PfxAlgorithms };

type Node = forge.asn1.Asn1;
const OID_SHROUDED = forge.pki.oids.pkcs8ShroudedKeyBag as string;
const OID_KEYBAG = forge.pki.oids.keyBag as string;
const OID_CERTBAG = forge.pki.oids.certBag as string;

function children(n: Node | undefined): Node[] {
  return n && Array.isArray(n.value) ? (n.value as Node[]) : [];
}

/** Concatenates an OCTET STRING, primitive or constructed (BER files from Windows). */
function octets(n: Node | undefined): string {
  if (!n) return '';
  if (typeof n.value === 'string') return n.value;
  return children(n).map(octets).join('');
}

function oidOf(n: Node | undefined): string {
  return n && typeof n.value === 'string' ? asn1.derToOid(n.value) : '';
}

function name(oid: string): string {
  return OID_NAMES[oid] ?? oid;
}

/**
 * Most key-derivation or MAC iterations we compute. OpenSSL 3 and .NET write 2,048 or 2,000,
 * Java keytool 10,000; 200,000 is far above any of them, and forge's pure-JS PBKDF2 needs about
 * 5 s for it on a slow laptop. A crafted file with 3,000,000 (78 s) or 2^31 (hours) is refused.
 */
export const MAX_PFX_ITERATIONS = 200_000;
/** Most encrypted parts we decrypt (each is one derivation); our own files have two. */
const MAX_PFX_ENCRYPTED_PARTS = 16;

/** Iteration count of a PKCS#12 PBE or PBES2 AlgorithmIdentifier, read before any decryption. */
export function iterationsOf(algId: Node | undefined): number {
  const [idNode, params] = children(algId);
  const id = oidOf(idNode);
  let countNode: Node | undefined;
  if (id === '1.2.840.113549.1.5.13') {
    const [kdf] = children(params);
    countNode = children(children(kdf)[1])[1];
  } else {
    countNode = children(params)[1];
  }
  return integerOf(countNode) ?? 1;
}

/** An INTEGER's value, saturating instead of overflowing (a crafted count may be huge). */
function integerOf(n: Node | undefined): number | null {
  if (!n || typeof n.value !== 'string' || n.value.length === 0) return null;
  if (n.value.length > 6) return Number.MAX_SAFE_INTEGER;
  return asn1.derToInteger(n.value);
}

/**
 * Why this PFX needs more work to open than we will do, or null: checked before forge derives a
 * key, so a crafted iteration count cannot freeze the app.
 */
export function pfxWorkRefusal(a: PfxAlgorithms): string | null {
  if (a.maxIterations > MAX_PFX_ITERATIONS)
    return `This PFX asks for ${a.maxIterations} key-derivation iterations, more than the ${MAX_PFX_ITERATIONS} this app computes (PFX files from Windows, OpenSSL or Java use 2,000 to 10,000): not opened. Export it again with normal settings.`;
  if (a.encryptedParts > MAX_PFX_ENCRYPTED_PARTS)
    return `This PFX has ${a.encryptedParts} encrypted parts, more than the ${MAX_PFX_ENCRYPTED_PARTS} this app decrypts: not opened. Export it again with one key and its certificates.`;
  return null;
}

/** A PFX refused for the work it asks for (not a wrong password): the message says why. */
export class PfxWorkError extends Error {
  override readonly name = 'PfxWorkError';
}

/** Describes an AlgorithmIdentifier, expanding PBES2 into KDF/PRF/cipher. */
function describeAlgorithm(algId: Node | undefined): string {
  const [idNode, params] = children(algId);
  const id = oidOf(idNode);
  if (id !== '1.2.840.113549.1.5.13') return name(id);
  const [kdf, scheme] = children(params);
  const [kdfId, kdfParams] = children(kdf);
  const prf = children(kdfParams).find((c) => c.type === asn1.Type.SEQUENCE);
  const prfName = prf ? name(oidOf(children(prf)[0])) : 'hmacWithSHA1';
  return `PBES2/${name(oidOf(kdfId))}-${prfName}/${name(oidOf(children(scheme)[0]))}`;
}

/** Reads the algorithms of a PFX without decrypting it; throws on malformed input. */
export function pfxAlgorithms(der: Buffer): PfxAlgorithms {
  return walkPfx(der).algorithms;
}

/** DER of the certificates stored unencrypted in a PFX (readable without the password). */
export function pfxPlainCertificates(der: Buffer): Buffer[] {
  return walkPfx(der).plainCerts;
}

function walkPfx(der: Buffer): { algorithms: PfxAlgorithms; plainCerts: Buffer[] } {
  const plainCerts: Buffer[] = [];
  if (der.length > MAX_PKI_FILE_BYTES) throw new Error('PFX file is larger than 1 MiB');
  const pfx = asn1.fromDer(der.toString('binary'), { strict: true, parseAllBytes: true } as never);
  const [, authSafeCi, macData] = children(pfx);
  const authSafe = asn1.fromDer(octets(children(children(authSafeCi)[1])[0]));
  const keyBagAlgorithms: string[] = [];
  const iterations: number[] = [];
  let plainKeyBags = 0;
  let certBagAlgorithm = 'none';
  let cspName: string | null = null;
  for (const ci of children(authSafe)) {
    const [typeNode, content] = children(ci);
    const type = oidOf(typeNode);
    if (type === forge.pki.oids.encryptedData) {
      const encContentInfo = children(children(content)[0])[1];
      certBagAlgorithm = describeAlgorithm(children(encContentInfo)[1]);
      iterations.push(iterationsOf(children(encContentInfo)[1]));
      continue;
    }
    if (type !== forge.pki.oids.data) continue;
    const safeContents = asn1.fromDer(octets(children(content)[0]));
    for (const bag of children(safeContents)) {
      const [bagId, bagValue, attrs] = children(bag);
      if (oidOf(bagId) === OID_CERTBAG) {
        const certValue = children(children(bagValue)[0])[1];
        plainCerts.push(Buffer.from(octets(children(certValue)[0]), 'binary'));
        continue;
      }
      if (oidOf(bagId) === OID_KEYBAG) plainKeyBags += 1;
      if (oidOf(bagId) !== OID_SHROUDED) continue;
      keyBagAlgorithms.push(describeAlgorithm(children(children(bagValue)[0])[0]));
      iterations.push(iterationsOf(children(children(bagValue)[0])[0]));
      for (const attr of children(attrs)) {
        const [attrId, values] = children(attr);
        const first = children(values)[0];
        if (oidOf(attrId) === MS_CSP_NAME_OID && first && typeof first.value === 'string') {
          cspName = first.value;
        }
      }
    }
  }
  const [digestInfo, , iterNode] = children(macData);
  const macAlgorithm = digestInfo ? name(oidOf(children(children(digestInfo)[0])[0])) : null;
  const macIterations = integerOf(iterNode);
  const all = [...keyBagAlgorithms, certBagAlgorithm];
  const algorithms = {
    macAlgorithm,
    macIterations: macData ? (macIterations ?? 1) : null,
    keyBagAlgorithms,
    plainKeyBags,
    maxIterations: Math.max(macData ? (macIterations ?? 1) : 0, ...iterations, 0),
    encryptedParts: iterations.length,
    certBagAlgorithm,
    cspName,
    legacyWindowsReadable:
      all.every((a) => !a.startsWith('PBES2')) &&
      (macAlgorithm === null || macAlgorithm === 'sha1'),
  };
  return { algorithms, plainCerts };
}

/** The contents of a PFX opened with its password. */
interface OpenedPfx {
  readonly privateKey: forge.pki.rsa.PrivateKey | null;
  readonly certificates: forge.pki.Certificate[];
  readonly friendlyName: string | null;
  readonly localKeyIdHex: string | null;
}

/**
 * Iteration counts of the shrouded key bags inside the encrypted parts (encryptedData), which can
 * only be read once that part is decrypted with the password. Each outer part's own count was
 * already checked by pfxWorkRefusal, so this costs at most one capped derivation per part.
 */
function nestedKeyBagIterations(der: Buffer, password: string): number[] {
  const pfx = asn1.fromDer(der.toString('binary'));
  const authSafe = asn1.fromDer(octets(children(children(children(pfx)[1])[1])[0]));
  const counts: number[] = [];
  for (const ci of children(authSafe)) {
    const [typeNode, content] = children(ci);
    if (oidOf(typeNode) !== forge.pki.oids.encryptedData) continue;
    const [, algId, encrypted] = children(children(children(content)[0])[1]);
    const [idNode, params] = children(algId);
    const cipher = pbe.getCipher(oidOf(idNode), params as Node, password);
    cipher.update(forge.util.createBuffer(octets(encrypted)));
    // A wrong password: forge itself reports it when it opens the file.
    if (!cipher.finish()) continue;
    let safeContents: Node;
    try {
      safeContents = asn1.fromDer(cipher.output.getBytes());
    } catch {
      continue;
    }
    for (const bag of children(safeContents)) {
      const [bagId, bagValue] = children(bag);
      if (oidOf(bagId) === OID_SHROUDED)
        counts.push(iterationsOf(children(children(bagValue)[0])[0]));
    }
  }
  return counts;
}

/** Opens a PFX with its password; throws 'wrong-password' style errors from forge on MAC failure. */
export function openPfx(der: Buffer, password: string): OpenedPfx {
  return withNativePbkdf2(() => openPfxWith(der, password));
}

function openPfxWith(der: Buffer, password: string): OpenedPfx {
  if (der.length > MAX_PKI_FILE_BYTES) throw new Error('PFX file is larger than 1 MiB');
  const algorithms = pfxAlgorithms(der);
  const refusal = pfxWorkRefusal(algorithms);
  if (refusal !== null) throw new PfxWorkError(refusal);
  const nested = nestedKeyBagIterations(der, password);
  const nestedRefusal = pfxWorkRefusal({
    ...algorithms,
    maxIterations: Math.max(algorithms.maxIterations, ...nested),
    encryptedParts: algorithms.encryptedParts + nested.length,
  });
  if (nestedRefusal !== null) throw new PfxWorkError(nestedRefusal);
  const p12 = forge.pkcs12.pkcs12FromAsn1(asn1.fromDer(der.toString('binary')), true, password);
  const bagsOf = (type: string): forge.pkcs12.Bag[] => p12.getBags({ bagType: type })[type] ?? [];
  const keyBags = [...bagsOf(OID_SHROUDED), ...bagsOf(OID_KEYBAG)];
  const certBags = bagsOf(OID_CERTBAG);
  const keyBag = keyBags[0];
  const attrs = keyBag?.attributes ?? certBags[0]?.attributes ?? {};
  const friendly = (attrs as Record<string, string[] | undefined>).friendlyName?.[0] ?? null;
  const lkid = (attrs as Record<string, string[] | undefined>).localKeyId?.[0] ?? null;
  return {
    privateKey: (keyBag?.key as forge.pki.rsa.PrivateKey | undefined) ?? null,
    certificates: certBags.flatMap((b: forge.pkcs12.Bag) => (b.cert ? [b.cert] : [])),
    friendlyName: friendly,
    localKeyIdHex: lkid === null ? null : forge.util.bytesToHex(lkid).toUpperCase(),
  };
}
