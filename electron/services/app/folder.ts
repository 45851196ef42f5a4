import { constants } from 'node:fs';
import { access, readdir, stat, statfs } from 'node:fs/promises';
import type { FolderReport } from '../../../core/ipc/contract';

/** Reports on a folder the user chose: does it exist, can we write there, how much room is left. */
export async function inspectFolder(path: string): Promise<FolderReport> {
  const info = await stat(path).catch(() => null);
  if (!info || !info.isDirectory()) {
    return { path, exists: false, writable: false, freeBytes: null, entries: 0 };
  }
  const writable = await access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
  const fsInfo = await statfs(path).catch(() => null);
  const freeBytes = fsInfo ? Number(fsInfo.bavail) * Number(fsInfo.bsize) : null;
  const entries = await readdir(path).then(
    (names) => names.length,
    () => 0,
  );
  return { path, exists: true, writable, freeBytes, entries };
}
