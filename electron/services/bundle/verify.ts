import { createHash } from 'node:crypto';
import { basename, join, normalize, sep } from 'node:path';
import type { BundleVerifyResult } from '../../../core/ipc/cert-channels';
import { nodeDurableFs, type DurableFs } from '../files/durable-fs';
import { AppErrorException, appError } from '../../../core/errors';
import { errnoCode, fileErrorToAppError } from '../files/errors';
import { isWriterTempName } from '../files/stale-names';
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
  let listing: Buffer;
  try {
    listing = await fs.readFile(join(folder, 'SHA256SUMS'));
  } catch (err) {
    throw new AppErrorException(
      errnoCode(err) === 'ENOENT'
        ? appError(
            'sums-missing',
            'folder',
            `${folder} has no SHA256SUMS: choose the folder the bundle was exported to (the one holding SHA256SUMS and a folder per hub).`,
          )
        : fileErrorToAppError(err, join(folder, 'SHA256SUMS')),
    );
  }
  const sums = parseSums(listing.toString('utf8'));
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
    // A link on the stick (the file or a folder above it) could point at an intact copy
    // elsewhere: only plain files in plain folders count.
    if (await throughLink(fs, folder, rel)) {
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
  const unlisted = await unlistedFiles(
    fs,
    folder,
    sums.map((s) => s.path),
  );
  return {
    folder,
    checked: sums.length,
    mismatched,
    missing,
    unlisted,
    ok: sums.length > 0 && mismatched.length === 0 && missing.length === 0 && unlisted.length === 0,
  };
}

/** Whether `rel` or any folder on the way to it inside `folder` is a link. */
async function throughLink(fs: DurableFs, folder: string, rel: string): Promise<boolean> {
  const parts = rel.split(sep);
  for (let i = 1; i <= parts.length; i += 1) {
    const entry = await fs.lstat(join(folder, ...parts.slice(0, i))).catch(() => null);
    if (entry?.isSymbolicLink()) return true;
  }
  return false;
}

/**
 * Every file under the folders SHA256SUMS lists files in (each hub's folder, with its private/
 * and public/) that the listing does not name: hidden temp files and backups included.
 */
async function unlistedFiles(
  fs: DurableFs,
  folder: string,
  listed: readonly string[],
): Promise<string[]> {
  const known = new Set(listed);
  const tops = new Set(
    listed.map((p) => p.split('/')[0] ?? '').filter((t) => t !== '' && !known.has(t)),
  );
  const out: string[] = [];
  for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
    if (name !== 'SHA256SUMS' && !known.has(name) && !tops.has(name) && isWriterTempName(name))
      out.push(name);
  }
  const walk = async (rel: string, depth: number): Promise<void> => {
    for (const name of await fs
      .readdir(join(folder, ...rel.split('/')))
      .catch(() => [] as string[])) {
      const child = `${rel}/${name}`;
      const st = await fs.lstat(join(folder, ...child.split('/'))).catch(() => null);
      if (st?.isDirectory() && !st.isSymbolicLink() && depth < 4) await walk(child, depth + 1);
      else if (!known.has(child)) out.push(child);
    }
  };
  for (const top of tops) {
    const st = await fs.lstat(join(folder, top)).catch(() => null);
    if (st?.isDirectory() && !st.isSymbolicLink()) await walk(top, 1);
  }
  return out.sort();
}
