import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppErrorException, appError } from '../../../core/errors';
import type { StateFileReport } from '../../../core/verification/stick';
import { writeFileDurable } from '../files/write-durable';

/** Where a kept state file lives: named by the SHA-256 the app's record of it holds. */
export function keptStatePath(dir: string, sha256: string): string {
  return join(dir, `${sha256}.xml`);
}

/**
 * Keeps a copy of every readable state file in the app's data folder (the evidence folder's
 * server-states/), named by its SHA-256, so the evidence outlives the stick. The bytes are read
 * again and must still have the SHA-256 they were checked with; a file that changed is refused.
 */
export async function keepStateCopies(
  folder: string,
  files: readonly StateFileReport[],
  dir: string,
): Promise<void> {
  const readable = files.filter((f) => f.observed !== null && f.sha256 !== '');
  if (readable.length === 0) return;
  await mkdir(dir, { recursive: true });
  for (const f of readable) {
    const bytes = await readFile(join(folder, ...f.relPath.split('/')));
    if (createHash('sha256').update(bytes).digest('hex') !== f.sha256)
      throw new AppErrorException(
        appError(
          'state-changed',
          'state',
          `${f.relPath} changed while it was read: read the stick again.`,
        ),
      );
    const r = await writeFileDurable(dir, `${f.sha256}.xml`, bytes, { overwrite: true });
    if (!r.ok) throw new AppErrorException(r.error);
  }
}
