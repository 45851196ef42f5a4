import { isAbsolute, relative } from 'node:path';
import { appError } from '../../../core/errors';
import type { DurableFs } from '../files/durable-fs';
import { errnoCode, fileErrorToAppError } from '../files/errors';
import { fail } from './types';

/**
 * Refuses a bundle folder that is a link (symlink, junction) or not a folder, or whose real path
 * leaves the chosen export folder. A missing folder is fine before it is created.
 */
export async function checkPlainFolder(
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
