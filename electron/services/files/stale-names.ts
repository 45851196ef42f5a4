import { join } from 'node:path';
import { nodeDurableFs, type DurableFs } from './durable-fs';

/** Temp names this writer makes (`.<name>.<pid>.<hex>.tmp`) and older backups (`.<name>.bak-<hex>`). */
const STALE_NAME = /^\..+\.(?:\d+\.[0-9a-f]{8}\.tmp|bak-[0-9a-f]{8})$/u;

/** Whether a file name is one of this writer's own temp or backup names. */
export function isWriterTempName(name: string): boolean {
  return STALE_NAME.test(name);
}

/**
 * Removes this writer's own temp and backup files left in `dir` by a process that was killed
 * mid-write (they may hold complete key files). Only plain files with exactly those names are
 * touched; returns the paths removed, and the ones that could not be removed.
 */
export async function sweepStaleNames(
  dir: string,
  fs: DurableFs = nodeDurableFs,
): Promise<{ removed: string[]; stuck: string[] }> {
  const removed: string[] = [];
  const stuck: string[] = [];
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const n of names) {
    if (!isWriterTempName(n)) continue;
    const p = join(dir, n);
    const st = await fs.lstat(p).catch(() => null);
    if (!st || st.isDirectory() || st.isSymbolicLink()) {
      if (st) stuck.push(p);
      continue;
    }
    await fs.unlink(p).then(
      () => removed.push(p),
      () => stuck.push(p),
    );
  }
  return { removed, stuck };
}
