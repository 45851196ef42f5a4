import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appError } from '../../../core/errors';
import type { StateFileReport } from '../../../core/verification/stick';
import { MAX_STATE_BYTES, readStateFile } from '../../../core/verification/collected';
import { fileErrorToAppError } from '../files/errors';

/** The collector's file names: state-<server>-<time>.xml. */
const STATE_NAME = /^state-[A-Za-z0-9-]{1,63}-[0-9TZ]{1,20}\.xml$/iu;
/** More state files than this in one folder are not read (a stick holds a few per hub). */
const MAX_FILES = 500;

/** Reads one state file: size checked before reading, parsed and judged unreadable by core. */
export async function readStateFileAt(path: string, relPath: string): Promise<StateFileReport> {
  const fileName = relPath.split('/').pop() ?? relPath;
  const base = { relPath, fileName, size: 0, sha256: '', observed: null, error: null };
  try {
    const info = await lstat(path);
    if (!info.isFile()) {
      return {
        ...base,
        error: appError('state-not-file', 'state', `${relPath} is not a plain file.`),
      };
    }
    if (info.size > MAX_STATE_BYTES) {
      return {
        ...base,
        size: info.size,
        error: appError(
          'state-unreadable',
          'state',
          `cannot read this: ${relPath} is ${info.size} bytes; a state file is far smaller (at most ${MAX_STATE_BYTES}).`,
        ),
      };
    }
    const bytes = await readFile(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const parsed = readStateFile(new Uint8Array(bytes));
    return parsed.ok
      ? { ...base, size: bytes.length, sha256, observed: parsed.value }
      : { ...base, size: bytes.length, sha256, error: parsed.error };
  } catch (e) {
    return { ...base, error: fileErrorToAppError(e, path, 'state') };
  }
}

/**
 * Every state-*.xml in a folder and its immediate sub-folders (the hub folders of the stick),
 * without following links, sorted by path.
 */
export async function readStickStates(root: string): Promise<StateFileReport[]> {
  const found: { path: string; rel: string }[] = [];
  const scan = async (dir: string, prefix: string, depth: number) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      if (found.length >= MAX_FILES) return;
      if (e.isFile() && STATE_NAME.test(e.name))
        found.push({ path: join(dir, e.name), rel: `${prefix}${e.name}` });
      else if (e.isDirectory() && depth === 0) await scan(join(dir, e.name), `${e.name}/`, 1);
    }
  };
  await scan(root, '', 0);
  found.sort((a, b) => a.rel.localeCompare(b.rel, 'en'));
  const out: StateFileReport[] = [];
  for (const f of found) out.push(await readStateFileAt(f.path, f.rel));
  return out;
}
