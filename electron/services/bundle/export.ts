import { statfs } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { appError, AppErrorException } from '../../../core/errors';
import type { ExportProgress } from '../../../core/desktop/export-progress';
import type { BundleExportResult, BundleFileReport } from '../../../core/ipc/cert-channels';
import type { Site } from '../../../core/site';
import { nodeDurableFs, type DurableFs } from '../files/durable-fs';
import { errnoCode, fileErrorToAppError } from '../files/errors';
import {
  commitStaged,
  discardStaged,
  stageFile,
  writeFileDurable,
  type StagedFile,
} from '../files/write-durable';
import { sweepStaleNames } from '../files/stale-names';
import type { KeyVault } from '../vault/vault';
import { checkPlainFolder } from './plain-folder';
import { planFiles } from './plan';
import { fail, type BundleOptions, type PlannedFile } from './types';

export type { BundleOptions };

/** Effects the export needs; tests inject failing file systems and fixed clocks. */
interface BundleDeps {
  readonly now: () => Date;
  readonly fs?: DurableFs;
  /** Free bytes at a folder, or null when unknown (default: statfs). */
  readonly freeBytes?: (dir: string) => Promise<number | null>;
  /** Files written and read back, then switched in, per stage; ends at 'done' or 'failed'. */
  readonly onProgress?: (p: ExportProgress) => void;
}

/** What the export wrote; the channel adds what may be dragged out of it. */
type Written = Omit<BundleExportResult, 'dragItems'>;

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
): Promise<Written> {
  const fs = deps.fs ?? nodeDurableFs;
  if (o.includePemKey && o.pemKeyUnencrypted)
    fail(
      appError(
        'pem-key-unencrypted',
        'pemKeyUnencrypted',
        'An unencrypted private key is never written to a USB stick: export the PEM key encrypted with the PFX password, and decrypt it on the SteelHead side. Nothing was written.',
      ),
    );
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
  const dirs = [o.folder, ...folders];
  await sweep(fs, dirs);
  const total = files.length;
  const progress = (stage: ExportProgress['stage'], done: number) =>
    deps.onProgress?.({ stage, done, total });
  try {
    const staged = await stageAll(fs, files, o, (n) => progress('writing', n));
    await switchIn(fs, staged, existed, o.folder, warnings, (n) => progress('switching', n));
    const report: BundleFileReport[] = staged.map(({ file, staged: st }) => {
      if (st.report.modeWarning) warnings.push(st.report.modeWarning);
      return {
        path: st.finalPath,
        bytes: st.report.bytes,
        sha256: st.report.sha256,
        secret: file.secret,
      };
    });
    progress('done', total);
    return { folder: o.folder, files: report, bundles, warnings };
  } catch (err) {
    progress('failed', 0);
    throw err;
  } finally {
    await sweep(fs, dirs);
  }
}

/** Removes the writer's own temp and backup names (a killed export's leftovers may hold keys). */
async function sweep(fs: DurableFs, dirs: readonly string[]): Promise<void> {
  for (const d of dirs) await sweepStaleNames(d, fs);
}

interface StagedEntry {
  readonly file: PlannedFile;
  readonly staged: StagedFile;
}

/** Every file of the export under a temp name beside its final name, read back and verified. */
async function stageAll(
  fs: DurableFs,
  files: readonly PlannedFile[],
  o: BundleOptions,
  onFile: (done: number) => void,
) {
  const staged: StagedEntry[] = [];
  onFile(0);
  for (const f of files) {
    const r = await stageFile(join(o.folder, ...f.dir), f.name, f.data, {
      overwrite: o.overwrite,
      mode: f.secret ? 0o600 : undefined,
      verify: f.verify,
      fs,
    });
    if (!r.ok) {
      for (const s of staged) await discardStaged(s.staged, fs);
      return fail({
        ...r.error,
        message: `${withoutClaim(r.error.message)} Nothing on the stick was changed.`,
      });
    }
    staged.push({ file: f, staged: r.value });
    onFile(staged.length);
  }
  // Checksums go in last, so a stick left half-switched fails verification instead of passing it.
  return [...staged].sort((a, b) => Number(isSums(a.file)) - Number(isSums(b.file)));
}

const isSums = (f: PlannedFile) => f.name === 'SHA256SUMS';

/** A file error's message without its generic promise about other files (we say what happened). */
function withoutClaim(message: string): string {
  const claim = /[;.]\s*(existing files were left untouched|nothing was replaced)\.?$/iu;
  return message.replace(claim, '.').replace(/\.?$/u, '.');
}

/**
 * Switches the staged files in, each by one rename over its final name. If one fails, the files
 * already switched are put back (the old bytes, kept in memory) or removed, and the message says
 * exactly what the stick now holds.
 */
async function switchIn(
  fs: DurableFs,
  staged: readonly StagedEntry[],
  existed: ReadonlySet<string>,
  folder: string,
  warnings: string[],
  onFile: (done: number) => void,
): Promise<void> {
  const old = new Map<string, Buffer>();
  try {
    for (const p of existed) old.set(p, await fs.readFile(p));
  } catch (err) {
    for (const s of staged) await discardStaged(s.staged, fs);
    const base = fileErrorToAppError(err, folder);
    fail({
      ...base,
      message: `${base.message.replace(/\.?$/u, '.')} Nothing on the stick was changed.`,
    });
  }
  const done: StagedFile[] = [];
  for (const [i, s] of staged.entries()) {
    const r = await commitStaged(s.staged, { fs });
    if (r.ok) {
      done.push(s.staged);
      if (r.value.warning) warnings.push(r.value.warning);
      onFile(done.length);
      continue;
    }
    for (const rest of staged.slice(i + 1)) await discardStaged(rest.staged, fs);
    const stuck = await putBack(fs, done, old);
    const state =
      stuck.length === 0
        ? `Nothing on the stick was changed: the ${done.length} files already switched in were put back or removed.`
        : `The stick now mixes old and new files: ${stuck.join(', ')} hold the new content and could not be put back. Export again before using the stick.`;
    fail({ ...r.error, message: `${withoutClaim(r.error.message)} ${state}` });
  }
}

/** Puts the old bytes back under each switched-in name (or removes a new file); returns what stuck. */
async function putBack(
  fs: DurableFs,
  done: readonly StagedFile[],
  old: ReadonlyMap<string, Buffer>,
): Promise<string[]> {
  const stuck: string[] = [];
  for (const s of [...done].reverse()) {
    const previous = old.get(s.finalPath);
    if (previous === undefined) {
      await fs.unlink(s.finalPath).catch(() => stuck.push(s.finalPath));
      continue;
    }
    const r = await writeFileDurable(s.dir, basename(s.finalPath), previous, {
      overwrite: true,
      fs,
    });
    if (!r.ok) stuck.push(s.finalPath);
  }
  return stuck;
}
