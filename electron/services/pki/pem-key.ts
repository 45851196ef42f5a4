import forge from 'node-forge';
import { iterationsOf, MAX_PFX_ITERATIONS } from './pfx-read';

/** An encrypted PEM key refused for the work it asks for (not a wrong password). */
export class PemKeyWorkError extends Error {
  override readonly name = 'PemKeyWorkError';
}

/**
 * Why an encrypted PEM key needs more work to open than we will do, or null. PKCS#8
 * ("ENCRYPTED PRIVATE KEY") carries a PBKDF2 or PKCS#12 iteration count, read here from the ASN.1
 * before OpenSSL derives anything; the legacy form ("Proc-Type: 4,ENCRYPTED") derives its key with
 * one MD5 round (OpenSSL's EVP_BytesToKey, count 1), so it has no count to cap.
 */
export function pemKeyWorkRefusal(pem: string): string | null {
  const body =
    /-----BEGIN ENCRYPTED PRIVATE KEY-----([\s\S]+?)-----END ENCRYPTED PRIVATE KEY-----/u.exec(
      pem,
    )?.[1];
  if (body === undefined) return null;
  let iterations: number;
  try {
    const der = Buffer.from(body.replace(/\s/gu, ''), 'base64').toString('binary');
    const epki = forge.asn1.fromDer(der);
    const algId = Array.isArray(epki.value) ? epki.value[0] : undefined;
    iterations = iterationsOf(algId);
  } catch {
    return null; // malformed: OpenSSL refuses it without deriving anything
  }
  if (iterations <= MAX_PFX_ITERATIONS) return null;
  return `This encrypted private key asks for ${iterations} key-derivation iterations, more than the ${MAX_PFX_ITERATIONS} this app computes (OpenSSL writes 2,048): not opened. Export the key again with normal settings.`;
}
