import { pbkdf2Sync } from 'node:crypto';
import forge from 'node-forge';

/** Digests Node's OpenSSL computes for PBKDF2 under the same names forge uses. */
const NATIVE_DIGESTS = new Set(['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5']);
/** A forge "binary string": one byte per character, which Buffer's 'binary' reads exactly. */
const isBinaryString = (v: unknown): v is string =>
  typeof v === 'string' && [...v].every((ch) => ch.charCodeAt(0) <= 0xff);

type Pbkdf2 = typeof forge.pkcs5.pbkdf2;

function digestName(md: unknown): string | null {
  if (md === undefined || md === null) return 'sha1';
  if (typeof md === 'string') return md;
  const algorithm = (md as { algorithm?: unknown }).algorithm;
  return typeof algorithm === 'string' ? algorithm : null;
}

/** Whether Node can compute exactly the bytes forge's pure-JS PBKDF2 would for these inputs. */
function nativeFits(p: unknown, s: unknown, c: unknown, dkLen: unknown, md: unknown): boolean {
  const name = digestName(md);
  return (
    isBinaryString(p) &&
    isBinaryString(s) &&
    Number.isInteger(c) &&
    (c as number) >= 1 &&
    Number.isInteger(dkLen) &&
    (dkLen as number) >= 1 &&
    name !== null &&
    NATIVE_DIGESTS.has(name)
  );
}

/**
 * Runs synchronous forge work (building or opening a PFX) with forge's PBKDF2 computed by Node's
 * OpenSSL instead of forge's JavaScript: the same bytes (forge passes its digest as an object, so
 * it never takes its own native path), several times faster. Inputs Node cannot take exactly
 * (characters above U+00FF, digests it lacks, a callback) go to forge's own code. forge is put
 * back before this returns, so nothing outside `fn` sees the swap.
 */
export function withNativePbkdf2<T>(fn: () => T): T {
  const pure = forge.pkcs5.pbkdf2;
  const native = ((...args: unknown[]) => {
    const [p, s, c, dkLen, md, callback] = args;
    if (typeof md === 'function' || callback !== undefined || !nativeFits(p, s, c, dkLen, md))
      return (pure as (...a: unknown[]) => unknown)(...args);
    const derived = pbkdf2Sync(
      Buffer.from(p as string, 'binary'),
      Buffer.from(s as string, 'binary'),
      c as number,
      dkLen as number,
      digestName(md)!,
    );
    return derived.toString('binary');
  }) as Pbkdf2;
  forge.pkcs5.pbkdf2 = native;
  try {
    return fn();
  } finally {
    forge.pkcs5.pbkdf2 = pure;
  }
}
