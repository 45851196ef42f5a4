import { STORE_KEY } from './persisted-schema';

/** One copy of saved data the app kept instead of deleting it. */
export interface KeptCopy {
  readonly key: string;
  /** 'kept' when it could not be used; 'backup' for the copy taken before the first overwrite. */
  readonly kind: 'kept' | 'backup';
  /** When it was kept (from the key), or null for the backup. */
  readonly at: string | null;
  readonly bytes: number;
}

const keptPrefix = `${STORE_KEY}.kept.`;
const backupKey = `${STORE_KEY}.backup`;

/** The copies of saved data kept aside in this storage, newest first, then the backup. */
export function listKeptCopies(storage: Storage): KeptCopy[] {
  const out: KeptCopy[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key === null || (key !== backupKey && !key.startsWith(keptPrefix))) continue;
    const text = storage.getItem(key) ?? '';
    out.push(
      key === backupKey
        ? { key, kind: 'backup', at: null, bytes: new Blob([text]).size }
        : { key, kind: 'kept', at: key.slice(keptPrefix.length), bytes: new Blob([text]).size },
    );
  }
  return out.sort(
    (a, b) =>
      Number(a.kind === 'backup') - Number(b.kind === 'backup') ||
      (b.at ?? '').localeCompare(a.at ?? ''),
  );
}

/**
 * Puts a kept copy back as the saved data. The current saved data is first kept aside under a
 * new key (so a restore loses nothing either); returns that key, or null when there was none.
 * The page must reload to read it: hydration validates and migrates it like any saved data.
 */
export function restoreKeptCopy(storage: Storage, key: string, now: Date): string | null {
  const copy = storage.getItem(key);
  if (copy === null || (key !== backupKey && !key.startsWith(keptPrefix)))
    throw new Error(`No kept copy under ${key}`);
  const current = storage.getItem(STORE_KEY);
  let keptCurrent: string | null = null;
  if (current !== null && current !== copy) {
    keptCurrent = `${keptPrefix}${now.toISOString()}`;
    storage.setItem(keptCurrent, current);
  }
  storage.setItem(STORE_KEY, copy);
  return keptCurrent;
}

/** A file name for exporting a kept copy (no characters a Windows or FAT drive refuses). */
export function keptCopyFileName(copy: KeptCopy): string {
  const stamp = (copy.at ?? 'backup').replace(/[:.]/gu, '-');
  return `secure-smtp-runbook-saved-data-${stamp}.json`;
}
