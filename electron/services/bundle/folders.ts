import { isAbsolute, relative } from 'node:path';
import { appError } from '../../../core/errors';
import type { DurableFs } from '../files/durable-fs';
import { errnoCode, fileErrorToAppError } from '../files/errors';
import { checkFinalName } from '../files/final-name';
import { fail } from './types';

/**
 * Refuses a bundle folder that is a link (symlink, junction) or not a folder, or whose real path
 * leaves the chosen export folder. A missing folder is fine before it is created; returns whether
 * the folder exists.
 */
export async function checkPlainFolder(
  fs: DurableFs,
  dir: string,
  folder: string,
  rootReal: string,
  mustExist: boolean,
): Promise<boolean> {
  let st;
  try {
    st = await fs.lstat(dir);
  } catch (err) {
    if (!mustExist && errnoCode(err) === 'ENOENT') return false;
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
  return true;
}

/** Whether a file of the bundle replaces a file at `path`; a folder or a non-file is refused. */
export async function fileNameTaken(fs: DurableFs, path: string): Promise<boolean> {
  const r = await checkFinalName(path, fs);
  if (!r.ok) fail(r.error);
  return r.ok && r.value === 'file';
}

/** Removes the folders an export created, deepest first, and only those still empty. */
export async function removeCreatedFolders(fs: DurableFs, created: readonly string[]) {
  for (const dir of [...created].reverse()) await fs.rmdir(dir).catch(() => {});
}
