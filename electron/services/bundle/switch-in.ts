import { basename } from 'node:path';
import type { DurableFs } from '../files/durable-fs';
import { fileErrorToAppError } from '../files/errors';
import {
  commitStaged,
  discardStaged,
  syncFolder,
  writeFileDurable,
  type StagedFile,
} from '../files/write-durable';
import { fail, type PlannedFile } from './types';

/** A planned file and its staged copy beside its final name. */
export interface StagedEntry {
  readonly file: PlannedFile;
  readonly staged: StagedFile;
}

/** A file error's message without its generic promise about other files (we say what happened). */
export function withoutClaim(message: string): string {
  const claim = /[;.]\s*(existing files were left untouched|nothing was replaced)\.?$/iu;
  return message.replace(claim, '.').replace(/\.?$/u, '.');
}

/**
 * Switches the staged files in, each by one rename over its final name. If one fails, the files
 * already switched are put back (the old bytes, kept in memory) or removed, and the message says
 * exactly what the stick now holds.
 */
export async function switchIn(
  fs: DurableFs,
  staged: readonly StagedEntry[],
  existed: ReadonlySet<string>,
  folder: string,
  warnings: string[],
  onFile: (done: number) => void = () => undefined,
): Promise<void> {
  const old = new Map<string, Buffer>();
  try {
    for (const p of existed) old.set(p, await fs.readFile(p));
  } catch (err) {
    for (const s of staged) await discardStaged(s.staged, fs);
    const base = fileErrorToAppError(err, folder, 'folder', { writesBegan: true });
    fail({
      ...base,
      message: `${base.message.replace(/\.?$/u, '.')} Nothing on the stick was changed.`,
    });
  }
  const done: StagedFile[] = [];
  // Each folder is synced once after its files' renames, and the checksum files are renamed in
  // only after every other file's name is on the drive (a stick cut off half-way fails verify).
  const firstSums = staged.findIndex((s) => isSums(s.file));
  for (const [i, s] of staged.entries()) {
    if (i === firstSums) await syncFolders(fs, done, warnings);
    const r = await commitStaged(s.staged, { fs, syncFolder: false });
    if (r.ok) {
      done.push(s.staged);
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
  await syncFolders(fs, firstSums < 0 ? done : done.slice(firstSums), warnings);
}

/** A bundle's checksum file (switched in last). */
export const isSums = (f: PlannedFile) => f.name === 'SHA256SUMS';

/** fsyncs each folder the files were renamed into once, deepest first. */
async function syncFolders(fs: DurableFs, files: readonly StagedFile[], warnings: string[]) {
  const dirs = [...new Set(files.map((f) => f.dir))].sort((a, b) => b.length - a.length);
  for (const dir of dirs) {
    const warning = await syncFolder(dir, `Every file in ${dir}`, { fs });
    if (warning) warnings.push(warning);
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
