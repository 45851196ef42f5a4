import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import { appError, fail, ok, type Result } from '../../../core/errors';
import { writeFileDurable } from '../files/write-durable';
import { rsaKeyFromPem } from './keygen';
import { pemKeyWorkRefusal } from './pem-key';
import { certificateMetadata } from './metadata';
import type { SiteCa } from './generate';

/** The files that keep a site root between CLI runs (never on the stick). */
const siteCaFileNames = { key: 'site-ca.key', crt: 'site-ca.crt' } as const;

/**
 * Reads a site root kept by saveSiteCaFiles: null when the folder holds none, an error naming the
 * file when it is there but cannot be read with this password.
 */
export async function loadSiteCaFiles(
  dir: string,
  password: string,
): Promise<Result<SiteCa | null>> {
  const keyPath = join(dir, siteCaFileNames.key);
  const crtPath = join(dir, siteCaFileNames.crt);
  let keyPem: string;
  let crtPem: string;
  try {
    keyPem = await readFile(keyPath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return ok(null);
    throw err;
  }
  try {
    crtPem = await readFile(crtPath, 'utf8');
  } catch {
    return fail(
      appError(
        'site-ca-file',
        'ca-dir',
        `${keyPath} is there but ${crtPath} is not: put the root's certificate back beside its key, or move both away to make a new root (every hub must then be generated again).`,
      ),
    );
  }
  const refusal = pemKeyWorkRefusal(keyPem);
  if (refusal !== null) return fail(appError('site-ca-file', 'ca-dir', `${keyPath}: ${refusal}`));
  try {
    const keyObject = createPrivateKey({ key: keyPem, passphrase: password });
    const key = rsaKeyFromPem(keyObject.export({ type: 'pkcs8', format: 'pem' }) as string);
    const cert = forge.pki.certificateFromPem(crtPem);
    const certKey = cert.publicKey as forge.pki.rsa.PublicKey;
    if (!certKey.n.equals(key.publicKey.n))
      return fail(
        appError('site-ca-file', 'ca-dir', `${crtPath} does not belong to the key in ${keyPath}.`),
      );
    return ok({ cert, key, metadata: certificateMetadata(cert) });
  } catch {
    return fail(
      appError(
        'site-ca-file',
        'ca-dir',
        `${keyPath} cannot be opened with the password from --password-file (the root was kept with another password, or the file is damaged).`,
      ),
    );
  }
}

/**
 * Keeps a site root in `dir`: its key encrypted (PKCS#8, AES-256-CBC) with `password`, its
 * certificate. `replace`: the engineer chose to replace the root kept there (atomic overwrite).
 */
export async function saveSiteCaFiles(
  dir: string,
  ca: SiteCa,
  password: string,
  replace = false,
): Promise<Result<void>> {
  const keyPem = ca.key.keyObject.export({
    type: 'pkcs8',
    format: 'pem',
    cipher: 'aes-256-cbc',
    passphrase: password,
  }) as string;
  const wrote = await writeFileDurable(dir, siteCaFileNames.key, Buffer.from(keyPem), {
    mode: 0o600,
    overwrite: replace,
  });
  if (!wrote.ok) return wrote;
  const crt = await writeFileDurable(
    dir,
    siteCaFileNames.crt,
    Buffer.from(forge.pki.certificateToPem(ca.cert)),
    { overwrite: replace },
  );
  return crt.ok ? ok(undefined) : crt;
}
