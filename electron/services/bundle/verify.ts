import { createHash } from 'node:crypto';
import { basename, join, normalize, sep } from 'node:path';
import type { BundleVerifyResult } from '../../../core/ipc/cert-channels';
import { nodeDurableFs, type DurableFs } from '../files/durable-fs';
import { errnoCode } from '../files/errors';
import { openPfx } from '../pki/pfx-read';
import type { KeyVault } from '../vault/vault';

/** Parses `sha256sum` lines: `<64 hex>  <relative path>`. */
function parseSums(text: string): { sha256: string; path: string }[] {
  return text
    .split(/\r?\n/)
    .map((l) => /^([0-9a-f]{64}) [ *](.+)$/.exec(l))
    .flatMap((m) => (m ? [{ sha256: m[1]!, path: m[2]! }] : []));
}

/**
 * Re-hashes every file listed in the bundle's SHA256SUMS (after re-inserting the stick) and,
 * when the vault is given, re-opens each PFX with its password.
 */
export async function verifyBundle(
  folder: string,
  vault?: KeyVault,
  fs: DurableFs = nodeDurableFs,
): Promise<BundleVerifyResult> {
  const sums = parseSums((await fs.readFile(join(folder, 'SHA256SUMS'))).toString('utf8'));
  const mismatched: string[] = [];
  const missing: string[] = [];
  const passwords = new Map(
    (vault?.list() ?? []).map((l) => [
      l.metadata.sans[0] ?? '',
      vault?.get(l.hubId)?.password ?? '',
    ]),
  );
  for (const s of sums) {
    const rel = normalize(s.path.split('/').join(sep));
    if (rel.startsWith('..')) {
      mismatched.push(s.path);
      continue;
    }
    // A link on the stick could point at an intact copy elsewhere: only plain files count.
    const entry = await fs.lstat(join(folder, rel)).catch(() => null);
    if (entry?.isSymbolicLink()) {
      mismatched.push(s.path);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(join(folder, rel));
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') missing.push(s.path);
      else mismatched.push(s.path);
      continue;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== s.sha256) {
      mismatched.push(s.path);
      continue;
    }
    const pw = s.path.endsWith('.pfx') ? passwords.get(basename(s.path, '.pfx')) : undefined;
    if (pw) {
      try {
        openPfx(bytes, pw);
      } catch {
        mismatched.push(s.path);
      }
    }
  }
  return {
    folder,
    checked: sums.length,
    mismatched,
    missing,
    ok: sums.length > 0 && mismatched.length === 0 && missing.length === 0,
  };
}
