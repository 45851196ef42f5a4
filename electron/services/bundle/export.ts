import { statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { appError, AppErrorException, type AppError } from '../../../core/errors';
import type { ExportProgress } from '../../../core/desktop/export-progress';
import type { BundleExportResult, BundleFileReport } from '../../../core/ipc/cert-channels';
import type { Site } from '../../../core/site';
import { nodeDurableFs, type DurableFs } from '../files/durable-fs';
import { fileErrorToAppError } from '../files/errors';
import { discardStaged, stageFile } from '../files/write-durable';
import { sweepStaleNames } from '../files/stale-names';
import type { KeyVault } from '../vault/vault';
import { checkPlainFolder, fileNameTaken, removeCreatedFolders } from './folders';
import { planFiles } from './plan';
import { isSums, switchIn, withoutClaim, type StagedEntry } from './switch-in';
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
 * on failure the files and empty folders this export created are removed again.
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
  const missing = new Set<string>();
  for (const dir of folders)
    if (!(await checkPlainFolder(fs, dir, o.folder, rootReal, false))) missing.add(dir);
  const existed = new Set<string>();
  for (const f of files) {
    const p = join(o.folder, ...f.dir, f.name);
    if (await fileNameTaken(fs, p)) existed.add(p);
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
  const dirs = [o.folder, ...folders];
  // Folders this export creates; a failed export removes them again (only those, only if empty).
  const created: string[] = [];
  let done = false;
  const total = files.length;
  const progress = (stage: ExportProgress['stage'], n: number) =>
    deps.onProgress?.({ stage, done: n, total });
  try {
    // One level at a time: a vanished stick is never re-created. Each is checked again once it exists.
    for (const dir of folders) {
      if (missing.has(dir)) {
        try {
          await fs.mkdir(dir);
        } catch (err) {
          fail(fileErrorToAppError(err, dir, 'folder', { writesBegan: created.length > 0 }));
        }
        created.push(dir);
      }
      await checkPlainFolder(fs, dir, o.folder, rootReal, true);
    }
    await sweep(fs, dirs);
    const staged = await stageAll(fs, files, o, created.length > 0, (n) => progress('writing', n));
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
    done = true;
    progress('done', total);
    return { folder: o.folder, files: report, bundles, warnings };
  } catch (err) {
    progress('failed', 0);
    throw err;
  } finally {
    await sweep(fs, dirs);
    if (!done) await removeCreatedFolders(fs, created);
  }
}

/** Removes the writer's own temp and backup names (a killed export's leftovers may hold keys). */
async function sweep(fs: DurableFs, dirs: readonly string[]): Promise<void> {
  for (const d of dirs) await sweepStaleNames(d, fs);
}

/** Files staged at once after the first: overlaps the drive's write and sync latency. */
const STAGE_CONCURRENCY = 4;

/** Every file of the export under a temp name beside its final name, read back and verified. */
async function stageAll(
  fs: DurableFs,
  files: readonly PlannedFile[],
  o: BundleOptions,
  foldersCreated: boolean,
  onFile: (done: number) => void,
) {
  const staged: (StagedEntry | undefined)[] = [];
  let failure: AppError | null = null;
  let count = 0;
  onFile(0);
  const stageOne = async (i: number) => {
    const f = files[i]!;
    const r = await stageFile(join(o.folder, ...f.dir), f.name, f.data, {
      overwrite: o.overwrite,
      mode: f.secret ? 0o600 : undefined,
      verify: f.verify,
      // The first file is staged alone, so it is the first write to the stick.
      writesBegan: foldersCreated || i > 0,
      fs,
    });
    if (r.ok) {
      staged[i] = { file: f, staged: r.value };
      count += 1;
      onFile(count);
    } else failure ??= r.error;
  };
  // The first file alone (it probes the medium), then the rest a few at a time: each is still
  // written, synced and read back on its own, and nothing is switched in before all are staged.
  await stageOne(0);
  let next = 1;
  const worker = async () => {
    while (failure === null && next < files.length) await stageOne(next++);
  };
  await Promise.all(Array.from({ length: STAGE_CONCURRENCY }, worker));
  const done = staged.filter((s): s is StagedEntry => s !== undefined);
  if (failure !== null) {
    for (const s of done) await discardStaged(s.staged, fs);
    const error: AppError = failure;
    return fail({
      ...error,
      message: `${withoutClaim(error.message)} Nothing on the stick was changed.`,
    });
  }
  // Checksums go in last, so a stick left half-switched fails verification instead of passing it.
  return done.sort((a, b) => Number(isSums(a.file)) - Number(isSums(b.file)));
}
