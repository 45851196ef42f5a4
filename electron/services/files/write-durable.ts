import { createHash, randomBytes } from 'node:crypto';
import { isAbsolute, join, relative } from 'node:path';
import { appError, type AppError, type Result } from '../../../core/errors';
import { nodeDurableFs, type DurableFs } from './durable-fs';
import { errnoCode, fileErrorToAppError } from './errors';
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

/**
 * Writes `data` to `dir/name` durably: temp file in the same folder (exclusive create), write all,
 * fsync, close, rename (retrying transient Windows locks), fsync the folder, then read back and
 * compare SHA-256 and run `verify`. Never overwrites unless asked; never leaves a temp file behind.
 * When overwriting, the previous file is renamed aside (`.<name>.bak-<random>`) first and put
 * back if anything after that fails, so the final path holds the old or the complete new bytes.
 */
export function writeFileDurable(
  dir: string,
  name: string,
  data: Buffer,
  options: DurableWriteOptions = {},
): Promise<Result<DurableWriteReport>> {
  const finalPath = join(dir, name);
  return enqueue(finalPath, () => writeNow(dir, name, finalPath, data, options));
}

async function writeNow(
  dir: string,
  name: string,
  finalPath: string,
  data: Buffer,
  o: DurableWriteOptions,
): Promise<Result<DurableWriteReport>> {
  const fs = o.fs ?? nodeDurableFs;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const platform = o.platform ?? process.platform;
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
  let renamed = false;
  /** The previous file, moved aside while the new one is put in place and checked. */
  let backup: string | null = null;
  try {
    const st = await fs.stat(dir);
    if (!st.isDirectory()) return fail(fileErrorToAppError({ code: 'ENOTDIR' }, dir));
    if (!o.overwrite && (await exists(fs, finalPath))) {
      return fail(fileErrorToAppError({ code: 'EEXIST' }, finalPath, 'overwrite'));
    }
    const opened = await openTemp(fs, dir, name, o.mode ?? 0o644);
    tmp = opened.path;
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
    if (await exists(fs, finalPath)) {
      if (!o.overwrite)
        return fail(fileErrorToAppError({ code: 'EEXIST' }, finalPath, 'overwrite'));
      // Keep the old file until the new one has been read back: a failure later puts it back.
      const aside = join(dir, `.${name}.bak-${randomBytes(4).toString('hex')}`);
      await renameWithRetry(fs, finalPath, aside, sleep);
      backup = aside;
    }
    await renameWithRetry(fs, tmp, finalPath, sleep);
    renamed = true;
    if (platform !== 'win32') await syncDir(fs, dir);
    const back = await fs.readFile(finalPath);
    const actual = createHash('sha256').update(back).digest('hex');
    if (actual !== expected || back.length !== data.length) {
      throw Object.assign(new Error('read-back mismatch'), { code: 'EVERIFY' });
    }
    if (o.verify) await o.verify(back);
    if (backup) {
      await fs.unlink(backup).catch(() => {});
      backup = null;
    }
    return {
      ok: true,
      value: {
        path: finalPath,
        bytes: data.length,
        sha256: expected,
        modeWarning: await modeWarning(fs, finalPath, o.mode, platform),
      },
    };
  } catch (err) {
    const outcome = await undo(fs, finalPath, renamed, backup, sleep);
    if (outcome !== 'kept-aside') backup = null;
    const verifyFailed = errnoCode(err) === 'EVERIFY' || (renamed && errnoCode(err) === '');
    if (verifyFailed) {
      return fail(
        appError(
          'verify-failed',
          'name',
          `${finalPath} did not read back correctly. ${outcomeSentence(outcome, backup)} Re-insert the drive and export again; the stick may be failing.`,
        ),
      );
    }
    const base = fileErrorToAppError(err, finalPath);
    if (outcome === 'untouched') return fail(base);
    // The generic messages promise that nothing was replaced; say what really happened instead.
    const claim = /[;.]\s*(existing files were left untouched|nothing was replaced)\.?$/u;
    const message = base.message.replace(claim, '.').replace(/\.?$/u, '.');
    return fail({ ...base, message: `${message} ${outcomeSentence(outcome, backup)}` });
  } finally {
    if (tmp && !renamed) await fs.unlink(tmp).catch(() => {});
  }
}

/** What a failed write left at the final path. */
type Outcome = 'untouched' | 'restored' | 'removed' | 'kept-aside';

/**
 * Undoes a failed write: the previous file goes back to its name (rename over the new one), or,
 * when there was none, the new file is removed. Never deletes the previous file.
 */
async function undo(
  fs: DurableFs,
  finalPath: string,
  renamed: boolean,
  backup: string | null,
  sleep: (ms: number) => Promise<void>,
): Promise<Outcome> {
  if (backup) {
    try {
      await renameWithRetry(fs, backup, finalPath, sleep);
      return 'restored';
    } catch {
      return 'kept-aside';
    }
  }
  if (renamed) {
    await fs.unlink(finalPath).catch(() => {});
    return 'removed';
  }
  return 'untouched';
}

function outcomeSentence(outcome: Outcome, backup: string | null): string {
  switch (outcome) {
    case 'restored':
      return 'The previous file was put back unchanged.';
    case 'removed':
      return 'The new file was removed.';
    case 'kept-aside':
      return `The previous file could not be put back under its name; it is kept unchanged as ${backup ?? 'a .bak file'}.`;
    default:
      return 'Existing files were left untouched.';
  }
}

function fail(error: AppError): Result<DurableWriteReport> {
  return { ok: false, error };
}

async function exists(fs: DurableFs, p: string): Promise<boolean> {
  try {
    await fs.stat(p);
    return true;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return false;
    throw err;
  }
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
  mode: number | undefined,
  platform: NodeJS.Platform,
): Promise<string | null> {
  if (mode === undefined || platform === 'win32' || (mode & 0o077) !== 0) return null;
  const st = await fs.stat(p);
  return (st.mode & 0o077) !== 0
    ? `${p} is readable by other users on this drive (its file system keeps no permissions): keep the stick in your custody.`
    : null;
}
