import {
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  sign as nodeSign,
  type KeyObject,
} from 'node:crypto';
import forge from 'node-forge';

/** A freshly generated RSA key: the private half stays in main (never logged, never sent out). */
export interface RsaKey {
  readonly bits: number;
  /** PKCS#8 PEM of the private key, unencrypted; held in memory only. */
  readonly privateKeyPem: string;
  readonly publicKey: forge.pki.rsa.PublicKey;
  readonly keyObject: KeyObject;
}

/** Generates an RSA key on libuv's thread pool (async node:crypto), so the event loop never stalls. */
export function generateRsaKey(bits: number): Promise<RsaKey> {
  return new Promise((resolve, reject) => {
    generateKeyPair(
      'rsa',
      {
        modulusLength: bits,
        publicExponent: 0x10001,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      },
      (err, publicPem, privatePem) => {
        if (err) return reject(err);
        resolve(rsaKeyFromPem(privatePem, publicPem));
      },
    );
  });
}

/** Rebuilds an RsaKey from a PKCS#8 (or PKCS#1) PEM: vault reload, CLI input. */
export function rsaKeyFromPem(privatePem: string, publicPem?: string): RsaKey {
  const keyObject = createPrivateKey(privatePem);
  const spki =
    publicPem ?? (createPublicKey(keyObject).export({ type: 'spki', format: 'pem' }) as string);
  const publicKey = forge.pki.publicKeyFromPem(spki) as forge.pki.rsa.PublicKey;
  const pkcs8 = keyObject.export({ type: 'pkcs8', format: 'pem' }) as string;
  return { bits: publicKey.n.bitLength(), privateKeyPem: pkcs8, publicKey, keyObject };
}

/** RSA PKCS#1 v1.5 signature with SHA-256, computed on the thread pool (async node:crypto). */
export function signSha256(data: Buffer, key: KeyObject): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    nodeSign('sha256', data, key, (err, sig) => (err ? reject(err) : resolve(sig)));
  });
}

/** The PKCS#8 PrivateKeyInfo as forge ASN.1, ready for PKCS#12 shrouding. */
export function privateKeyInfoAsn1(key: RsaKey): forge.asn1.Asn1 {
  const der = createPrivateKey(key.privateKeyPem).export({ type: 'pkcs8', format: 'der' });
  return forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
}
