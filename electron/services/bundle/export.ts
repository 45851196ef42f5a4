import { statfs } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { appError, AppErrorException } from '../../../core/errors';
import type { BundleExportResult, BundleFileReport } from '../../../core/ipc/cert-channels';
import type { Site } from '../../../core/site';
import { nodeDurableFs, type DurableFs } from '../files/durable-fs';
import { errnoCode, fileErrorToAppError } from '../files/errors';
import { writeFileDurable } from '../files/write-durable';
import type { KeyVault } from '../vault/vault';
import { planFiles } from './plan';
import { fail, type BundleOptions } from './types';

export type { BundleOptions };

/** Effects the export needs; tests inject failing file systems and fixed clocks. */
interface BundleDeps {
  readonly now: () => Date;
  readonly fs?: DurableFs;
  /** Free bytes at a folder, or null when unknown (default: statfs). */
  readonly freeBytes?: (dir: string) => Promise<number | null>;
}

async function defaultFreeBytes(dir: string): Promise<number | null> {
  try {
    const s = await statfs(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/**
 * Exports the USB bundle: per hub `private/` (PFX, optional PEM key) and `public/` (DER + PEM,
 * partner certificates, site CA), install script, README and SHA256SUMS; a root README and
 * SHA256SUMS. Checks space and collisions first; every file is written durably and read back;
 * on failure the files this export created are removed again.
 */
export async function exportBundle(
  site: Site,
  vault: KeyVault,
  o: BundleOptions,
  deps: BundleDeps,
): Promise<BundleExportResult> {
  const fs = deps.fs ?? nodeDurableFs;
  const { files, bundles, warnings } = planFiles(site, vault, o, deps.now());
  try {
    const st = await fs.stat(o.folder);
    if (!st.isDirectory()) fail(fileErrorToAppError({ code: 'ENOTDIR' }, o.folder));
  } catch (err) {
    if (err instanceof AppErrorException) throw err;
    fail(fileErrorToAppError(err, o.folder));
  }
  const payload = files.reduce((n, f) => n + f.data.length, 0);
  const free = await (deps.freeBytes ?? defaultFreeBytes)(o.folder);
  if (free !== null && free < 2 * payload) {
    fail(
      appError(
        'disk-full',
        'folder',
        `Not enough space in ${o.folder}: the bundle needs about ${Math.ceil((2 * payload) / 1024)} KiB free. Nothing was written.`,
      ),
    );
  }
  // Every bundle folder must be a plain folder inside the chosen one: a link on the stick would
  // send the files (keys included) somewhere else. Checked before anything is written.
  let rootReal: string;
  try {
    rootReal = await fs.realpath(o.folder);
  } catch (err) {
    return fail(fileErrorToAppError(err, o.folder));
  }
  const folders = [
    ...new Set(files.flatMap((f) => f.dir.map((_, i) => join(o.folder, ...f.dir.slice(0, i + 1))))),
  ].sort((a, b) => a.length - b.length);
  for (const dir of folders) await checkPlainFolder(fs, dir, o.folder, rootReal, false);
  const existed = new Set<string>();
  for (const f of files) {
    const p = join(o.folder, ...f.dir, f.name);
    try {
      await fs.stat(p);
      existed.add(p);
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT' && errnoCode(err) !== 'ENOTDIR')
        fail(fileErrorToAppError(err, p));
    }
  }
  if (existed.size > 0 && !o.overwrite) {
    const first = [...existed][0]!;
    fail(
      appError(
        'file-exists',
        'overwrite',
        `${first} ${existed.size > 1 ? `and ${existed.size - 1} more files already exist` : 'already exists'}. Confirm overwriting, or choose an empty folder. Nothing was written.`,
      ),
    );
  }
  // Create the folders (one level at a time: a vanished stick is never re-created) and check
  // each again now that it exists.
  for (const dir of folders) {
    try {
      await fs.mkdir(dir);
    } catch (err) {
      fail(fileErrorToAppError(err, dir));
    }
    await checkPlainFolder(fs, dir, o.folder, rootReal, true);
  }
  const created: string[] = [];
  const report: BundleFileReport[] = [];
  for (const f of files) {
    const dir = join(o.folder, ...f.dir);
    const r = await writeFileDurable(dir, f.name, f.data, {
      overwrite: o.overwrite,
      mode: f.secret ? 0o600 : undefined,
      verify: f.verify,
      fs,
    });
    if (!r.ok) {
      await rollback(fs, created);
      const replaced = report.filter((x) => existed.has(x.path)).length;
      fail({
        ...r.error,
        message: `${r.error.message} The new files this export had written were removed${replaced > 0 ? `; ${replaced} existing files it had already replaced hold the new content` : ''}.`,
      });
    } else {
      if (!existed.has(r.value.path)) created.push(r.value.path);
      if (r.value.modeWarning) warnings.push(r.value.modeWarning);
      report.push({
        path: r.value.path,
        bytes: r.value.bytes,
        sha256: r.value.sha256,
        secret: f.secret,
      });
    }
  }
  return { folder: o.folder, files: report, bundles, warnings };
}

/**
 * Refuses a bundle folder that is a link (symlink, junction) or not a folder, or whose real path
 * leaves the chosen export folder. A missing folder is fine before it is created.
 */
async function checkPlainFolder(
  fs: DurableFs,
  dir: string,
  folder: string,
  rootReal: string,
  mustExist: boolean,
): Promise<void> {
  let st;
  try {
    st = await fs.lstat(dir);
  } catch (err) {
    if (!mustExist && errnoCode(err) === 'ENOENT') return;
    return fail(fileErrorToAppError(err, dir));
  }
  if (st.isSymbolicLink() || !st.isDirectory())
    fail(
      appError(
        'folder-not-plain',
        'folder',
        `${dir} is ${st.isSymbolicLink() ? 'a link to another place' : 'not a folder'}: the bundle is only written into plain folders. Remove or rename it, or choose another export folder. Nothing was written.`,
      ),
    );
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (err) {
    return fail(fileErrorToAppError(err, dir));
  }
  const rel = relative(rootReal, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
    fail(
      appError(
        'folder-not-plain',
        'folder',
        `${dir} leads outside ${folder} (to ${real}): the bundle is only written inside the chosen folder. Choose another export folder. Nothing was written.`,
      ),
    );
}

async function rollback(fs: DurableFs, created: readonly string[]): Promise<void> {
  for (const p of [...created].reverse()) await fs.unlink(p).catch(() => {});
}
