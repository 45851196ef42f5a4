import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Encrypts secrets kept between runs; in the app it wraps Electron safeStorage. */
export interface Protector {
  encrypt(plain: Buffer): Promise<Buffer>;
  decrypt(sealed: Buffer): Promise<Buffer>;
  /** 'weak' = safeStorage fell back to a hard-coded key (Linux basic_text); 'unavailable' = cannot encrypt. */
  readonly kind: 'os-encrypted' | 'weak' | 'unavailable';
}

const MAGIC = Buffer.from('SSRV1');

/**
 * AES-256-GCM protector for the CLI and tests, with the 32-byte key passed in (its custody is the
 * caller's). Layout: "SSRV1" | 12-byte IV | 16-byte tag | ciphertext; the magic is authenticated.
 */
export function createAesGcmProtector(key: Buffer): Protector {
  if (key.length !== 32) throw new Error('AES-256-GCM protector needs a 32-byte key');
  const k = Buffer.from(key);
  return {
    kind: 'os-encrypted',
    async encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', k, iv);
      c.setAAD(MAGIC);
      const body = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([MAGIC, iv, c.getAuthTag(), body]);
    },
    async decrypt(sealed) {
      if (sealed.length < MAGIC.length + 28 || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
        throw new Error('not a sealed vault blob');
      }
      const iv = sealed.subarray(5, 17);
      const tag = sealed.subarray(17, 33);
      const d = createDecipheriv('aes-256-gcm', k, iv);
      d.setAAD(MAGIC);
      d.setAuthTag(tag);
      return Buffer.concat([d.update(sealed.subarray(33)), d.final()]);
    },
  };
}

/** A protector that refuses to encrypt: keys then live for this run only. */
export const unavailableProtector: Protector = {
  kind: 'unavailable',
  encrypt: () => Promise.reject(new Error('no encryption available')),
  decrypt: () => Promise.reject(new Error('no encryption available')),
};

/** The part of Electron's safeStorage the app uses, described here so services never import electron. */
interface StringCipher {
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/**
 * Adapts a safeStorage-like cipher to a Protector (main passes `safeStorage` and the kind it
 * detected). The bytes travel as base64 text because safeStorage encrypts strings.
 */
export function protectorFromStringCipher(
  cipher: StringCipher,
  kind: Protector['kind'],
): Protector {
  if (kind === 'unavailable') return unavailableProtector;
  return {
    kind,
    encrypt: async (plain) => cipher.encryptString(plain.toString('base64')),
    decrypt: async (sealed) => Buffer.from(cipher.decryptString(sealed), 'base64'),
  };
}
