import { createHash, randomBytes } from 'node:crypto';
import { isAbsolute, join, relative } from 'node:path';
import { appError, type AppError, type Result } from '../../../core/errors';
import { nodeDurableFs, type DurableFs } from './durable-fs';
import { errnoCode, fileErrorToAppError } from './errors';
import { checkFinalName } from './final-name';
import { isValidWindowsName } from './safe-name';

/** Options for one durable write. */
interface DurableWriteOptions {
  /** Replace an existing file; the caller must have asked the user first. Default false. */
  readonly overwrite?: boolean;
  /** POSIX mode for the file, e.g. 0o600 for key material. */
  readonly mode?: number;
  /** Extra check on the bytes read back, e.g. re-open a PFX with its password; throw to fail. */
  readonly verify?: (bytes: Buffer) => void | Promise<void>;
  readonly fs?: DurableFs;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly platform?: NodeJS.Platform;
  /** Set when earlier writes of the same operation already reached the drive (error wording). */
  readonly writesBegan?: boolean;
}

/** What was written and proved by reading it back. */
interface DurableWriteReport {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** Set when a private file ended up readable by others (FAT sticks, Windows): warn the user. */
  readonly modeWarning: string | null;
}

const RENAME_RETRY_MS = [50, 100, 200, 400, 800];
const queues = new Map<string, Promise<unknown>>();

/** Serialises writes to one path in this process (SECURITY.md W11). */
function enqueue<T>(key: string, job: () => Promise<T>): Promise<T> {
  const prev = queues.get(key) ?? Promise.resolve();
  const next = prev.then(job, job);
  queues.set(key, next);
  void next.finally(() => queues.get(key) === next && queues.delete(key)).catch(() => {});
  return next;
}

/** A file written, synced and checked under a temp name beside its final name, not yet in place. */
export interface StagedFile {
  readonly dir: string;
  readonly tmp: string;
  readonly finalPath: string;
  readonly report: DurableWriteReport;
}

/**
 * Writes `data` to `dir/name` durably: temp file in the same folder (exclusive create), write all,
 * fsync, close, read the temp file back (SHA-256 and `verify`), then rename it straight over the
 * final name (atomic replace, retrying transient Windows locks) and fsync the folder. The final
 * name always holds the old or the complete new bytes, and is never missing in between. Never
 * overwrites unless asked; never leaves a temp file behind.
 */
export function writeFileDurable(
  dir: string,
  name: string,
  data: Buffer,
  options: DurableWriteOptions = {},
): Promise<Result<DurableWriteReport>> {
  const finalPath = join(dir, name);
  return enqueue(finalPath, async () => {
    const staged = await stageFile(dir, name, data, options);
    if (!staged.ok) return staged;
    const committed = await commitStaged(staged.value, options);
    if (!committed.ok) return committed;
    const { report } = staged.value;
    const warning = [report.modeWarning, committed.value.warning].filter((w) => w !== null);
    return { ok: true, value: { ...report, modeWarning: warning.join(' ') || null } };
  });
}

/**
 * The first half of a durable write: the bytes under a temp name beside `dir/name`, synced, read
 * back and verified. Nothing at the final name changes. Commit with `commitStaged`, or throw it
 * away with `discardStaged`; a temp name left by a killed process is removed by `sweepStaleNames`.
 */
export async function stageFile(
  dir: string,
  name: string,
  data: Buffer,
  o: DurableWriteOptions = {},
): Promise<Result<StagedFile>> {
  const fs = o.fs ?? nodeDurableFs;
  const platform = o.platform ?? process.platform;
  const finalPath = join(dir, name);
  const rel = relative(dir, finalPath);
  if (!isValidWindowsName(name) || rel.startsWith('..') || isAbsolute(rel) || rel !== name) {
    return fail(
      appError(
        'file-name-invalid',
        'name',
        `"${name}" is not a safe file name for a Windows or FAT drive.`,
      ),
    );
  }
  const expected = createHash('sha256').update(data).digest('hex');
  let tmp: string | null = null;
  let writesBegan = o.writesBegan ?? false;
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) return fail(fileErrorToAppError({ code: 'ENOTDIR' }, dir));
    const taken = await checkFinalName(finalPath, fs);
    if (!taken.ok) return taken;
    if (!o.overwrite && taken.value !== 'free') {
      return fail(fileErrorToAppError({ code: 'EEXIST' }, finalPath, 'overwrite'));
    }
    const opened = await openTemp(fs, dir, name, o.mode ?? 0o644);
    tmp = opened.path;
    writesBegan = true;
    try {
      let off = 0;
      while (off < data.length) {
        const { bytesWritten } = await opened.handle.write(data, off, data.length - off);
        if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
        off += bytesWritten;
      }
      await opened.handle.sync();
    } finally {
      await opened.handle.close().catch(() => {});
    }
    if (o.mode !== undefined && platform !== 'win32') await fs.chmod(tmp, o.mode).catch(() => {});
    const back = await fs.readFile(tmp);
    const actual = createHash('sha256').update(back).digest('hex');
    if (actual !== expected || back.length !== data.length) {
      throw Object.assign(new Error('read-back mismatch'), { code: 'EVERIFY' });
    }
    if (o.verify) {
      try {
        await o.verify(back);
      } catch {
        throw Object.assign(new Error('verify failed'), { code: 'EVERIFY' });
      }
    }
    const report: DurableWriteReport = {
      path: finalPath,
      bytes: data.length,
      sha256: expected,
      modeWarning: await modeWarning(fs, tmp, finalPath, o.mode, platform),
    };
    const staged = { dir, tmp, finalPath, report };
    tmp = null;
    return { ok: true, value: staged };
  } catch (err) {
    if (errnoCode(err) === 'EVERIFY') {
      return fail(
        appError(
          'verify-failed',
          'name',
          `${finalPath} did not read back correctly. Existing files were left untouched. Re-insert the drive and export again; the stick may be failing.`,
        ),
      );
    }
    return fail(fileErrorToAppError(err, finalPath, 'folder', { writesBegan }));
  } finally {
    if (tmp) await fs.unlink(tmp).catch(() => {});
  }
}

/**
 * Puts a staged file in place: one rename over the final name (atomic on POSIX and with Windows'
 * MoveFileEx replace), then an fsync of the folder. On failure the temp file is removed and the
 * final name keeps whatever it held.
 */
export async function commitStaged(
  staged: StagedFile,
  o: Pick<DurableWriteOptions, 'fs' | 'sleep' | 'platform'> & {
    /** False when the caller syncs the folder once after several renames (`syncFolder`). */
    readonly syncFolder?: boolean;
  } = {},
): Promise<Result<{ readonly warning: string | null }>> {
  const fs = o.fs ?? nodeDurableFs;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  try {
    await renameWithRetry(fs, staged.tmp, staged.finalPath, sleep);
  } catch (err) {
    await fs.unlink(staged.tmp).catch(() => {});
    return fail(fileErrorToAppError(err, staged.finalPath, 'folder', { writesBegan: true }));
  }
  if (o.syncFolder === false) return { ok: true, value: { warning: null } };
  return { ok: true, value: { warning: await syncFolder(staged.dir, staged.finalPath, o) } };
}

/**
 * fsyncs a folder so the names renamed into it survive power loss: once per folder after all its
 * renames, instead of once per file. Returns a warning when the drive did not confirm it: the
 * files are complete and in place (read back before the rename), only their names may not have
 * reached the drive yet, which a safe eject settles.
 */
export async function syncFolder(
  dir: string,
  shown: string,
  o: Pick<DurableWriteOptions, 'fs' | 'platform'> = {},
): Promise<string | null> {
  if ((o.platform ?? process.platform) === 'win32') return null;
  try {
    await syncDir(o.fs ?? nodeDurableFs, dir);
    return null;
  } catch {
    return `${shown} is in place, but the drive did not confirm its folder: eject the stick safely before pulling it, then verify it.`;
  }
}

/** Removes a staged file that will not be committed. */
export async function discardStaged(staged: StagedFile, fs: DurableFs = nodeDurableFs) {
  await fs.unlink(staged.tmp).catch(() => {});
}

function fail(error: AppError): { ok: false; error: AppError } {
  return { ok: false, error };
}

async function openTemp(fs: DurableFs, dir: string, name: string, mode: number) {
  for (let attempt = 0; ; attempt += 1) {
    const path = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      return { path, handle: await fs.open(path, 'wx', mode) };
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST' || attempt >= 3) throw err;
    }
  }
}

async function renameWithRetry(
  fs: DurableFs,
  from: string,
  to: string,
  sleep: (ms: number) => Promise<void>,
) {
  for (let i = 0; ; i += 1) {
    try {
      return await fs.rename(from, to);
    } catch (err) {
      const transient = ['EPERM', 'EACCES', 'EBUSY'].includes(errnoCode(err));
      const wait = RENAME_RETRY_MS[i];
      if (!transient || wait === undefined) throw err;
      await sleep(wait);
    }
  }
}

/** fsync the folder so the new name survives power loss; best effort where unsupported. */
async function syncDir(fs: DurableFs, dir: string): Promise<void> {
  let h;
  try {
    h = await fs.open(dir, 'r');
    await h.sync();
  } catch (err) {
    if (!['EINVAL', 'EISDIR', 'EPERM', 'EBADF', 'ENOTSUP', 'EACCES'].includes(errnoCode(err)))
      throw err;
  } finally {
    await h?.close().catch(() => {});
  }
}

async function modeWarning(
  fs: DurableFs,
  p: string,
  shown: string,
  mode: number | undefined,
  platform: NodeJS.Platform,
): Promise<string | null> {
  if (mode === undefined || platform === 'win32' || (mode & 0o077) !== 0) return null;
  const st = await fs.stat(p);
  return (st.mode & 0o077) !== 0
    ? `${shown} is readable by other users on this drive (its file system keeps no permissions): keep the stick in your custody.`
    : null;
}
