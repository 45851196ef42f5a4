import fc from 'fast-check';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { withNativePbkdf2 } from '../../../../electron/services/pki/native-pbkdf2';

const digests = {
  sha1: () => forge.md.sha1.create(),
  sha256: () => forge.md.sha256.create(),
  sha384: () => forge.md.sha384.create(),
  sha512: () => forge.md.sha512.create(),
} as const;
/** A forge binary string: one byte per character. */
const binary = (max: number) =>
  fc.uint8Array({ maxLength: max }).map((b) => Buffer.from(b).toString('binary'));

describe('forge PBKDF2 computed by Node', () => {
  it('gives the same bytes as forge’s own code, for any password, salt, count, length and digest', () => {
    fc.assert(
      fc.property(
        binary(200),
        binary(32),
        fc.integer({ min: 1, max: 2100 }),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom(...(Object.keys(digests) as (keyof typeof digests)[])),
        fc.boolean(),
        (p, s, c, dkLen, digest, asString) => {
          const md = () => (asString ? digest : digests[digest]());
          const pure = forge.pkcs5.pbkdf2(p, s, c, dkLen, md() as forge.md.MessageDigest);
          const native = withNativePbkdf2(() =>
            forge.pkcs5.pbkdf2(p, s, c, dkLen, md() as forge.md.MessageDigest),
          );
          expect(Buffer.from(native, 'binary').toString('hex')).toBe(
            Buffer.from(pure, 'binary').toString('hex'),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves characters above U+00FF to forge’s own code (same result as without it)', () => {
    const p = 'Wysyłka-ё-password';
    const s = 'salt-bytes';
    const pure = forge.pkcs5.pbkdf2(p, s, 100, 32, forge.md.sha256.create());
    expect(
      withNativePbkdf2(() => forge.pkcs5.pbkdf2(p, s, 100, 32, forge.md.sha256.create())),
    ).toBe(pure);
  });

  it('is in force only inside the call, and forge is put back even when the work throws', () => {
    const before = forge.pkcs5.pbkdf2;
    let inside: unknown = null;
    withNativePbkdf2(() => {
      inside = forge.pkcs5.pbkdf2;
    });
    expect(inside).not.toBe(before);
    expect(forge.pkcs5.pbkdf2).toBe(before);
    expect(() =>
      withNativePbkdf2(() => {
        throw new Error('bad PFX');
      }),
    ).toThrow('bad PFX');
    expect(forge.pkcs5.pbkdf2).toBe(before);
  });
});
