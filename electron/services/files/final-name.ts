import { appError, type Result } from '../../../core/errors';
import { nodeDurableFs, type DurableFs } from './durable-fs';
import { errnoCode, fileErrorToAppError } from './errors';

/** What holds a file's final name: nothing, a file (or a link to one), or a link pointing nowhere. */
type FinalName = 'free' | 'file' | 'dangling-link';

/**
 * What is at the final name of a file about to be written. A folder, or another non-file (a
 * device, a pipe), is refused naming the path and the fix: it may hold the user's own files, and
 * the writer never moves it aside or hides it under another name.
 */
export async function checkFinalName(
  path: string,
  fs: DurableFs = nodeDurableFs,
): Promise<Result<FinalName>> {
  let kind: 'a folder' | 'not a plain file (a device or a pipe)' | null = null;
  try {
    const l = await fs.lstat(path);
    if (l.isDirectory()) kind = 'a folder';
    else if (!l.isFile() && !l.isSymbolicLink()) kind = 'not a plain file (a device or a pipe)';
    else if (l.isSymbolicLink()) {
      const target = await fs.stat(path).catch((err: unknown) => {
        if (errnoCode(err) === 'ENOENT') return null;
        throw err;
      });
      if (target === null) return { ok: true, value: 'dangling-link' };
      if (target.isDirectory()) kind = 'a folder';
    }
  } catch (err) {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR')
      return { ok: true, value: 'free' };
    return { ok: false, error: fileErrorToAppError(err, path) };
  }
  if (kind === null) return { ok: true, value: 'file' };
  return {
    ok: false,
    error: appError(
      'file-name-taken',
      'folder',
      `${path} is ${kind}, where a file is to be written. Move or rename it (it may hold files of your own), or choose another folder. Nothing was written.`,
    ),
  };
}
